import Content
import TemplateEngine

/// Every entity's link as lists of links show it (title, type, summary, number), less its URL,
/// which depends on the page that shows it. A page lists a dozen others, and each is listed on
/// many pages: made once per build, by position in the graph's `entities`.
struct LinkCards: Sendable {
    private let cards: [TemplateFields]

    init(graph: ContentGraph, strings: UIStrings) {
        cards = graph.entities.concurrentMap { Self.card(for: $0, strings: strings) }
    }

    subscript(index: Int) -> TemplateFields { cards[index] }

    static func card(for entity: Entity, strings: UIStrings) -> TemplateFields {
        var card = TemplateObject(capacity: 12)
        card.set("title", entity.title)
        card.set("type", strings.singular(entity.type))
        card.set("summary", entity.summary)
        if let number = entity.number, entity.type != .page { card.set("number", number) }
        if case .quadrant(let q) = entity.kind { card.set("number", q.roman) }
        return card.fields
    }
}
