import Markdown

/// An example or practice case a page tells, and where it comes from. Examples live in bodies,
/// so a page names each under `voorbeelden:` by the heading it stands under, or without a heading
/// when the whole page tells the case (Zaffier, the Van Dalen family). Readers and trainers quote
/// these stories; the origin says whether a source tells them or we made them up.
public struct Example: Sendable, Equatable {
    /// The heading in the body under which the example stands, as written; nil for the whole page.
    public var heading: String?
    /// Where the example comes from; nil only when the entry's `herkomst` is missing or wrong (an
    /// error), so the entry still covers its heading and the editor hears of one mistake once.
    public var origin: QuestionOrigin?
    /// The entry in `voorbeelden:`, for messages.
    public var location: SourceLocation

    /// The keys of one entry in a `voorbeelden:` list.
    enum Fields {
        static let heading = FieldSchema("kop", .text,
                                         "De tussenkop in de tekst waaronder het voorbeeld staat, zoals hij er staat. Zonder kop geldt de hele pagina als voorbeeld of casus.",
                                         placeholder: "Een voorbeeld")
        static let origin = FieldSchema("herkomst", .origin, required: true,
                                        "Waar het voorbeeld vandaan komt: 'eigen' voor een voorbeeld dat voor deze site is bedacht, of de id van de bron die het vertelt, bijvoorbeeld 'herkomst: rijnconsult-2024'.")
        static let place = FieldSchema("plaats", .text,
                                       "Waar in de bron het voorbeeld staat, bijvoorbeeld \"p. 20\" of \"hoofdstuk 3\". Alleen bij een voorbeeld uit een bron.")
        static let all = [heading, origin, place]
    }

    /// The `voorbeelden:` list.
    static let list = FieldSchema(
        "voorbeelden", .records(subject: "voorbeeld", fields: Fields.all),
        "De voorbeelden en praktijkcasussen op deze pagina, elk met zijn herkomst ('eigen' of de id van een bron) en de tussenkop waaronder het staat; laat 'kop' weg als de hele pagina één casus is. Een tussenkop met 'voorbeeld' of 'casus' erin moet hier staan.")

    /// The words of a heading an editor writes above an example or case: it must have an entry.
    /// Whole words, so "voorbeeldweergave" (the preview) is no example.
    static let exampleWords: Set<Substring> = ["voorbeeld", "voorbeelden", "praktijkvoorbeeld", "praktijkvoorbeelden", "casus", "casussen"]

    static func looksLikeExample(_ heading: String) -> Bool {
        // Most headings hold neither word: a search of the bytes says so without splitting every
        // heading of every page into words (Unicode letter checks, a tenth of a page's build).
        let lower = heading.lowercased()
        let bytes = Array(lower.utf8)
        guard ByteSearch.find(Self.voorbeeld, in: bytes, from: 0) != nil || ByteSearch.find(Self.casus, in: bytes, from: 0) != nil else {
            return false
        }
        return lower.split { !$0.isLetter }.contains(where: exampleWords.contains)
    }

    private static let voorbeeld = Array("voorbeeld".utf8), casus = Array("casus".utf8)

    /// Reads `voorbeelden:`; an origin naming a source also becomes a relation, which the graph checks.
    static func readAll(_ r: inout FrontMatterReader, relations: inout [TypedReference]) -> [Example] {
        var index = 0
        return r.records(list) { e -> Example? in
            index += 1
            let heading = e.string(Fields.heading)
            let originNode = e.node(Fields.origin, missing: .exampleWithoutOrigin(heading: heading, index: index))
            let value = originNode == nil ? nil : e.string(Fields.origin)
            let place = e.string(Fields.place)
            guard let value, let originNode else { return Example(heading: heading, origin: nil, location: e.location) }
            let at = e.location(of: originNode)
            if value == QuestionOrigin.ownWord {
                if place != nil, let placeNode = e.node(Fields.place) {
                    e.report(e.location(of: placeNode), .placeOnOwnExample)
                }
                return Example(heading: heading, origin: .own, location: e.location)
            }
            guard Slug.isValid(value) else {
                e.report(at, .originNeitherOwnNorSource(value: value))
                return Example(heading: heading, origin: nil, location: e.location)
            }
            relations.append(TypedReference(.origin, Reference(id: value, location: at)))
            return Example(heading: heading, origin: .source(id: value, place: place), location: e.location)
        }
    }

    /// What the body must agree with: each `kop` names one of its headings, and each heading that
    /// reads as an example has an entry (unless the whole page is one).
    static func check(_ examples: [Example], against headings: [MarkdownHeading], file: String, bodyFirstLine: Int) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let texts = headings.map(\.text)
        var allNamed = true
        for example in examples {
            guard let heading = example.heading, !texts.contains(heading) else { continue }
            allNamed = false
            diagnostics.append(example.location.diagnostic(
                .exampleHeadingNotFound(heading: heading, nearest: Suggestion.closest(to: heading, in: texts), headings: texts)))
        }
        // A misspelt `kop` is one mistake: its heading is not reported a second time.
        guard allNamed, !examples.contains(where: { $0.heading == nil }) else { return diagnostics }
        let named = Set(examples.compactMap(\.heading))
        for heading in headings where looksLikeExample(heading.text) && !named.contains(heading.text) {
            diagnostics.append(Diagnostic(file: file, line: heading.line + bodyFirstLine - 1, column: 1,
                                          .exampleHeadingWithoutOrigin(heading: heading.text)))
        }
        return diagnostics
    }
}
