import Content
import TemplateEngine

/// The typed relations an entity's page lists, each under a Dutch heading: what the entity's own
/// relation keys name (a tension field's `werkkaarten`) and, the other way round, what names the
/// entity under such a key (on a work card: the tension fields and phases it helps with). Both
/// directions make one section per other type, so a card that a phase names and that names the
/// phase is listed once. `bronnen` and `verwant` are the footer's ("Bronnen", "Zie ook",
/// "Verwijzingen naar deze pagina"); a phase part's `verwant` is listed with the part.
enum RelationSections {
    /// The relation kinds listed here: those with a target type that have no section elsewhere.
    static func lists(_ kind: RelationKind) -> Bool {
        switch kind {
        case .workCard, .phase, .tensionField, .organisationArea, .parts: true
        default: false
        }
    }

    /// The `UIStrings` key of the heading on a page of `type` over entities of `other`; a pair
    /// without a text is not shown.
    static func headingKey(on type: EntityType, of other: EntityType) -> String {
        "relation-\(type.rawValue)-\(other.rawValue)"
    }

    /// `[{heading, links}]` for the template, in the order of the types in the menu.
    static func sections(for entity: Entity, in graph: ContentGraph, strings: UIStrings,
                         link: (Entity) -> TemplateValue) -> [[String: Any]] {
        var idsByType: [EntityType: [String]] = [:]
        // By id, not by relation: a page asks this for every entity, and most have none of these kinds.
        for id in graph.targets(from: entity.id, lists) + graph.sources(of: entity.id, lists) {
            if let other = graph.entity(id) { idsByType[other.type, default: []].append(other.id) }
        }
        return idsByType.keys.sorted().compactMap { type -> [String: Any]? in
            guard let heading = strings.texts[headingKey(on: entity.type, of: type)] else { return nil }
            let entities = idsByType[type]!.withoutRepeats().filter { $0 != entity.id }.compactMap(graph.entity)
            guard !entities.isEmpty else { return nil }
            return ["heading": heading, "links": entities.map(link)]
        }
    }
}
