/// A reflection or helping question. It lives in its parent's file (a tension field, a work card
/// or a page) and has an id of its own so worksheets and links can name it.
public struct ReflectionQuestion: Sendable {
    public var text: String
    public var audience: Audience?
    public var group: String?
    /// Where the question comes from; nil only when the file leaves it out (an error).
    public var origin: QuestionOrigin?
    /// A follow-up question (`doorvraag: ja`): the facilitator asks it aloud to dig deeper, nobody
    /// writes an answer to it. A meeting's deck makes it a follow-up card; participants' sheets leave it out.
    public var askedAloud: Bool = false

    /// The keys of one question in a `vragen:` list.
    enum Fields {
        static let id = FieldSchema("id", .id, required: true, "Uniek in de hele kennisbank; gewoonte: de id van de pagina, een streepje en een volgnummer.")
        static let text = FieldSchema("tekst", .text, required: true, "De vraag zelf.", placeholder: "Schrijf hier de vraag.")
        static let audience = FieldSchema("doelgroep", .audience,
                                          "Voor wie de vraag is: professional, bestuurder of iedereen. Zonder doelgroep volgt een waarschuwing.")
        static let group = FieldSchema("groep", .text, "Een tussenkop waaronder de vraag staat, bijvoorbeeld Reflectievragen.")
        static let origin = FieldSchema("herkomst", .origin, required: true,
                                        "Waar de vraag vandaan komt: 'eigen' voor een vraag die voor deze site is geschreven, of de id van de bron waaruit de vraag komt, bijvoorbeeld 'herkomst: nji-samen-lerend-doen'.")
        static let place = FieldSchema("plaats", .text,
                                       "Waar in de bron de vraag staat, bijvoorbeeld \"bijlage 1\" of \"p. 12\". Alleen bij een vraag uit een bron.")
        static let followUp = FieldSchema("doorvraag", .yesNo,
                                          "Ja voor een doorvraag: een vraag die de facilitator hardop stelt om door te vragen, niet om een antwoord op te schrijven. In de kaarten van een bijeenkomst wordt zo'n vraag een doorvraagkaart, en op de werkbladen voor de deelnemers van een bijeenkomst staat hij niet. Zonder doorvraag geldt nee.")
        static let all = [id, text, audience, group, origin, place, followUp]
    }
}

/// Where a question comes from: written for this site, or taken from a source.
public enum QuestionOrigin: Sendable, Equatable {
    /// Written for this site (`herkomst: eigen`).
    case own
    /// Taken from the `bron` with this id, at `place` in it where the editor says.
    case source(id: String, place: String?)

    /// The word that marks a question as written for this site.
    public static let ownWord = "eigen"

    /// The value of `herkomst:` as written.
    public var key: String {
        switch self {
        case .own: Self.ownWord
        case .source(let id, _): id
        }
    }
}

/// Whom a question addresses.
public enum Audience: String, Sendable, CaseIterable, Codable {
    case professional
    case director = "bestuurder"
    case everyone = "iedereen"
}
