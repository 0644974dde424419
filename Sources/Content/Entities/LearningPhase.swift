import Markdown

/// One of the three phases of learning together, with its subcategories.
public struct LearningPhase: Sendable {
    public struct Part: Sendable {
        public var id: String
        public var title: String
        public var explanation: String
        public var related: [Reference]
        public var location: SourceLocation
    }

    public var number: Int
    public var parts: [Part]

    static func read(_ r: inout FrontMatterReader, relations: inout [TypedReference]) -> LearningPhase {
        let number = r.int("nummer", required: true, in: 1...99) ?? 0
        let parts = r.records("onderdelen", subject: "onderdeel") { p -> Part? in
            let id = p.string("id", required: true)
            let title = p.string("titel", required: true)
            let explanation = p.string("uitleg", required: true) ?? ""
            let related = p.references("verwant")
            guard let id, let title else { return nil }
            if !Slug.isValid(id) {
                p.error(p.location, "onderdeel id '\(id)' is not a slug", hint: "use e.g. '\(Slug.make(id))'")
            }
            return Part(id: id, title: title, explanation: explanation, related: related, location: p.location)
        }
        relations += parts.flatMap { $0.related }.map { TypedReference(.related, $0) }
        relations += r.references("werkkaarten").map { TypedReference(.workCard, $0) }
        relations += r.references("spanningsvelden").map { TypedReference(.tensionField, $0) }
        return LearningPhase(number: number, parts: parts)
    }
}
