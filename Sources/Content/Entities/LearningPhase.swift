import Markdown

/// One of the three phases of learning together, with its subcategories.
public struct LearningPhase: Sendable {
    public struct Part: Sendable {
        public var id: String
        public var title: String
        public var explanation: String
        public var related: [Reference]
        public var location: SourceLocation

        /// The keys of one entry under `onderdelen:`.
        enum Fields {
            static let id = FieldSchema("id", .id, required: true, "Uniek in de hele kennisbank, zodat links naar het onderdeel kunnen wijzen.")
            static let title = FieldSchema("titel", .text, required: true, "De naam van het onderdeel.")
            static let explanation = FieldSchema("uitleg", .text, required: true, "Wat er in dit onderdeel gebeurt.")
            static let related = FieldSchema(relation: .related, "Spanningsvelden of werkkaarten die hierbij helpen, als lijst van ids.")
            static let all = [id, title, explanation, related]
        }
    }

    public var number: Int
    public var parts: [Part]

    /// The keys of a fase, after the common ones.
    enum Fields {
        static let number = FieldSchema("nummer", .number(1...99), required: true, "De volgorde van de fasen.")
        static let parts = FieldSchema("onderdelen", .records(subject: "onderdeel", fields: Part.Fields.all),
                                       "De onderdelen van deze fase, elk met id, titel en uitleg.")
        static let workCards = FieldSchema(relation: .workCard, "Werkkaarten die in deze fase helpen, als lijst van ids.")
        static let tensionFields = FieldSchema(relation: .tensionField, "Spanningsvelden die in deze fase spelen, als lijst van ids.")
        static let all = [number, parts, workCards, tensionFields]
    }

    static let schema = EntitySchema(type: .phase, explanation: "Een van de fasen van samen leren, met haar onderdelen.", fields: Fields.all)

    static func read(_ r: inout FrontMatterReader, relations: inout [TypedReference]) -> LearningPhase {
        let number = r.int(Fields.number) ?? 0
        var partRelations: [TypedReference] = []
        let parts = r.records(Fields.parts) { p -> Part? in
            let id = p.string(Part.Fields.id)
            let title = p.string(Part.Fields.title)
            let explanation = p.string(Part.Fields.explanation) ?? ""
            let related = p.relations(Part.Fields.related)
            guard let id, let title else { return nil }
            if !Slug.isValid(id) {
                p.report(p.location, .invalidID(id: id, example: Slug.make(id), fileNameFallback: false))
            }
            // A part's relations are its phase's: the part has no page of its own.
            partRelations += related
            return Part(id: id, title: title, explanation: explanation, related: related.map(\.target), location: p.location)
        }
        relations += partRelations
        relations += r.relations(Fields.workCards)
        relations += r.relations(Fields.tensionFields)
        return LearningPhase(number: number, parts: parts)
    }
}
