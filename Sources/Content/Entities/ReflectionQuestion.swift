/// A reflection or helping question. It lives in its parent's file (a tension field, a work card
/// or a page) and has an id of its own so worksheets and links can name it.
public struct ReflectionQuestion: Sendable {
    public var text: String
    public var audience: Audience?
    public var group: String?

    /// The keys of one question in a `vragen:` list.
    enum Fields {
        static let id = FieldSchema("id", .id, required: true, "Uniek in de hele kennisbank; gewoonte: de id van de pagina, een streepje en een volgnummer.")
        static let text = FieldSchema("tekst", .text, required: true, "De vraag zelf.", placeholder: "Schrijf hier de vraag.")
        static let audience = FieldSchema("doelgroep", .audience,
                                          "Voor wie de vraag is: professional, bestuurder of iedereen. Zonder doelgroep volgt een waarschuwing.")
        static let group = FieldSchema("groep", .text, "Een tussenkop waaronder de vraag staat, bijvoorbeeld Reflectievragen.")
        static let all = [id, text, audience, group]
    }
}

/// Whom a question addresses.
public enum Audience: String, Sendable, CaseIterable, Codable {
    case professional
    case director = "bestuurder"
    case everyone = "iedereen"
}
