import Content
import Foundation
import Pipeline
import Testing
@testable import Site

/// Folders whose pages list many links get every link made once (`LinkCards.row`); their pages
/// must read exactly as when each page makes its own links.
@Suite struct LinkCardsTests {
    /// Pages that each link to all the others, so that their folder (the root, where pages of
    /// type `pagina` go) lists far more links than there are entities.
    static func denselyLinked() async -> LoadedContent {
        var sources: [(path: String, bytes: [UInt8])] = [
            ("index.md", Array("---\ntype: pagina\ntitel: Start\n---\nZie [een](deel/p0.md).\n".utf8)),
        ]
        for i in 0..<8 {
            let links = (0..<8).filter { $0 != i }.map { "[pagina \($0)](p\($0).md)" }.joined(separator: ", ")
            sources.append(("deel/p\(i).md", Array("---\ntype: pagina\ntitel: Pagina \(i)\n---\nNaar \(links) en [start](../index.md).\n".utf8)))
        }
        return await loadContent(sources: sources)
    }

    @Test func aDenselyLinkedFolderGetsItsLinksMadeOnce() async {
        let graph = await Self.denselyLinked().graph
        let cards = await LinkCards(graph: graph, strings: .dutch)
        let row = cards.row(for: "p3.html")
        #expect(row?.count == graph.entities.count)
        // Each link as a page of the folder shows it: title and URL relative to the folder.
        for (index, entity) in graph.entities.enumerated() {
            guard case .object(let fields)? = row?[index] else { Issue.record("no link for \(entity.id)"); continue }
            #expect(fields["url"] == .text(entity.url))
            #expect(fields["title"] == .text(entity.title))
        }
        // A folder with no pages gets no row: its pages (none) would make no links.
        #expect(cards.row(for: "werkkaarten/tijdlijn.html") == nil)
    }

    @Test func pagesReadTheSameWithLinksMadeOnceAndPerPage() async throws {
        let loaded = await Self.denselyLinked()
        #expect(!loaded.diagnostics.hasErrors)
        let templates = try #require(TemplateSet.load(from: SiteFixture.templates).0)
        let renderer = SiteRenderer(graph: loaded.graph, templates: templates, config: SiteConfig())
        // A whole build makes link rows; rendering chosen pages (as the preview does) makes each link per page.
        let whole = await renderer.render()
        let pages = whole.filter { $0.path.hasPrefix("p") && $0.path.hasSuffix(".html") }
        #expect(pages.count == 8)
        let perPage = Dictionary(uniqueKeysWithValues: await renderer.render(only: Set(pages.map(\.path))).map { ($0.path, $0.data) })
        for page in pages {
            #expect(perPage[page.path] == page.data, "\(page.path)")
            #expect(String(decoding: page.data, as: UTF8.self).contains("href=\"p1.html\"") || page.path == "p1.html")
        }
    }
}
