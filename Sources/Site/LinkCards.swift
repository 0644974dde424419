import Content
import Parallel
import TemplateEngine

/// Every entity's link as lists of links show it (title, type, summary, number), less its URL,
/// which depends on the page that shows it. A page lists a dozen others, and each is listed on
/// many pages: made once per build, by position in the graph's `entities`.
struct LinkCards: Sendable {
    private let cards: [TemplateFields]
    /// Every entity's whole link (card and URL) as the pages of one folder show it, for folders
    /// whose pages list more links than there are entities: made once per folder rather than once
    /// per page that lists it. Keyed by the folder part of a page's URL (`werkkaarten/`, `` at the root).
    private let rows: [Substring: [TemplateValue]]

    init(graph: ContentGraph, strings: UIStrings) async {
        let cards = await graph.entities.parallelMap { Self.card(for: $0, strings: strings) }
        self.cards = cards
        // A page lists the entities it points at and those pointing at it.
        let linksPerPage = 2 * graph.relationCount / max(graph.entities.count, 1)
        var pagesByFolder: [Substring: Int] = [:]
        for entity in graph.entities { pagesByFolder[SiteURL.folder(of: entity.url), default: 0] += 1 }
        var rows: [Substring: [TemplateValue]] = [:]
        for (folder, pages) in pagesByFolder where pages * linksPerPage > cards.count {
            let page = String(folder) + "index.html"
            rows[folder] = await [Int](cards.indices).parallelMap { i in
                var link = TemplateObject(TemplateFields(extending: cards[i]))
                link.set(PageContext.Keys.url, SiteURL.relative(graph.entities[i].url, from: page))
                return link.value
            }
        }
        self.rows = rows
    }

    subscript(index: Int) -> TemplateFields { cards[index] }

    /// The links made once for the folder of `page`, by position in the graph, if it has them.
    func row(for page: String) -> [TemplateValue]? { rows.isEmpty ? nil : rows[SiteURL.folder(of: page)] }

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
