/// A publication the knowledge base draws on.
public struct Source: Sendable {
    public var author: String
    public var year: Int?
    public var publisher: String?
    public var url: String?
    public var note: String?

    /// The keys of a bron, after the common ones.
    enum Fields {
        static let author = FieldSchema("auteur", .text, required: true, "De auteur of auteurs, of de organisatie die de publicatie uitgaf.",
                                        placeholder: "Schrijf hier de auteur.")
        static let year = FieldSchema("jaar", .number(1000...2999), "Het jaar van verschijnen.")
        static let publisher = FieldSchema("uitgever", .text, "De uitgever.")
        static let url = FieldSchema("url", .text, "Waar de publicatie te vinden is (een volledig webadres).")
        static let note = FieldSchema("toelichting", .text, "Waarom deze bron ertoe doet, in een of twee zinnen.")
        static let all = [author, year, publisher, url, note]
    }

    static let schema = EntitySchema(
        type: .source, explanation: "Een publicatie waarop de kennisbank steunt; de titel is de titel van de publicatie.",
        fields: Fields.all)

    static func read(_ r: inout FrontMatterReader) -> Source {
        Source(
            author: r.string(Fields.author) ?? "",
            year: r.int(Fields.year),
            publisher: r.string(Fields.publisher),
            url: r.string(Fields.url),
            note: r.string(Fields.note))
    }
}
