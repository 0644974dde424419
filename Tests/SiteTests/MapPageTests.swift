import Content
import Foundation
import Pipeline
import Testing
@testable import Site

/// The map of the whole knowledge base stays readable: above a few hundred entities it leaves the
/// free pages out, keeps the rest, and says so above the map.
struct MapPageTests {
    private func render(pages: Int, withSource: Bool = true) async throws -> String {
        var sources: [(path: String, bytes: [UInt8])] = withSource ? [
            ("bronnen/nji.md", Array("---\ntype: bron\ntitel: Samen leren\nauteur: NJi\njaar: 2022\n---\nTekst.\n".utf8)),
        ] : []
        for i in 0..<pages {
            let cites = withSource ? "bronnen: [nji]\n" : ""
            sources.append(("deel/p\(i).md", Array("---\ntype: pagina\ntitel: Pagina \(i)\n\(cites)---\nTekst \(i).\n".utf8)))
        }
        let loaded = await loadContent(sources: sources)
        #expect(!loaded.diagnostics.hasErrors)
        let templates = try #require(TemplateSet.load(from: SiteFixture.templates).0)
        let files = await SiteRenderer(graph: loaded.graph, templates: templates, config: SiteConfig()).render(only: [MapPage.url])
        return String(decoding: try #require(files.first { $0.path == MapPage.url }).data, as: UTF8.self)
    }

    @Test func aSmallKnowledgeBaseIsDrawnWhole() async throws {
        let html = try await render(pages: 20)
        #expect(html.components(separatedBy: "class=\"node type-pagina\"").count - 1 == 20)
        #expect(!html.contains("te groot"))
    }

    @Test func aLargeOneLeavesOutTheFreePagesAndSaysHowMany() async throws {
        let html = try await render(pages: GraphMap.limit + 50)
        #expect(!html.contains("class=\"node type-pagina\""))
        #expect(html.contains("class=\"node type-bron\""))
        #expect(html.contains("laat daarom \(GraphMap.limit + 50) pagina&#39;s weg"))
    }

    @Test func withOnlyFreePagesThereIsNoEmptyFigureButTheReasonAboveIt() async throws {
        let html = try await render(pages: GraphMap.limit + 1, withSource: false)
        #expect(!html.contains("<svg"))
        let summary = try #require(html.range(of: "<p class=\"summary\">")).upperBound
        #expect(html[summary...].prefix(while: { $0 != "<" }).contains("laat daarom \(GraphMap.limit + 1) pagina&#39;s weg"))
    }
}
