/// A publication the knowledge base draws on.
public struct Source: Sendable {
    public var author: String
    public var year: Int?
    public var publisher: String?
    public var url: String?
    public var note: String?

    static func read(_ r: inout FrontMatterReader) -> Source {
        Source(
            author: r.string("auteur", required: true) ?? "",
            year: r.int("jaar", in: 1000...2999),
            publisher: r.string("uitgever"),
            url: r.string("url"),
            note: r.string("toelichting"))
    }
}
