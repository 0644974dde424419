import Foundation
import Testing
@testable import Content

@Suite struct GraphTests {
    @Test func buildsTypedEntitiesAndRelations() async throws {
        let site = minimalSite()
        let result = await site.load()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.formatted))")
        let graph = result.graph

        let card = try #require(graph.entity("tijdlijn"))
        guard case .workCard(let workCard) = card.kind else { Issue.record("not a work card"); return }
        #expect(workCard.number == 3)
        #expect(card.url == "werkkaarten/tijdlijn.html")

        let field = try #require(graph.entity("doorgaan"))
        guard case .tensionField(let tension) = field.kind else { Issue.record("not a tension field"); return }
        #expect(tension.poles.map(\.name) == ["doorgaan", "vertragen"])

        let question = try #require(graph.entity("tijdlijn-1"))
        #expect(question.parent == "tijdlijn")
        #expect(question.url == "werkkaarten/tijdlijn.html#tijdlijn-1")
        #expect(graph.questions(of: "tijdlijn").map(\.id) == ["tijdlijn-1"])

        #expect(graph.outgoing(from: "doorgaan").contains { $0.to == "tijdlijn" && $0.kind == .workCard })
        #expect(graph.outgoing(from: "doorgaan").contains { $0.to == "tijdlijn" && $0.kind == .link })
        // The question's `herkomst` is a relation to its source, so the source's page lists it.
        #expect(Set(graph.incoming(to: "nji").map(\.from)) == ["tijdlijn", "doorgaan", "tijdlijn-1"])
        #expect(graph.outgoing(from: "tijdlijn-1").contains { $0.to == "nji" && $0.kind == .origin })
        guard case .question(let q) = question.kind else { Issue.record("not a question"); return }
        #expect(q.origin == .source(id: "nji", place: nil))
        guard case .map(let fields) = question.fields else { Issue.record("no fields"); return }
        #expect(fields.contains { $0.key == "herkomst" && $0.value == .string("nji") })
        #expect(Set(graph.incoming(to: "doorgaan").map(\.from)) == ["tijdlijn", "index"])
    }

    @Test func rewritesRelativeMarkdownLinksToPageURLs() async throws {
        let graph = await minimalSite().load().graph
        let card = try #require(graph.entity("tijdlijn")?.body?.html)
        #expect(card.contains("href=\"../spanningsvelden/doorgaan.html#polen\""))
        let home = try #require(graph.entity("index")?.body?.html)
        #expect(home.contains("href=\"spanningsvelden/doorgaan.html\""))
    }

    @Test func idDefaultsToTheFileName() async {
        let graph = await minimalSite().load().graph
        #expect(graph.entity("nji")?.title == "Samen lerend doen wat werkt")
    }

    /// Blanks around a value are dropped, also the no-break space a word processor leaves
    /// (quoted, as YAML keeps it); blanks inside stay.
    @Test func trimsBlanksAroundValues() async throws {
        let site = minimalSite().write("paginas/ruimte.md", "---\ntype: pagina\ntitel: \"\u{00A0}Ruimte  om te leren \"\nsamenvatting: \"\\tKort\"\n---\nTekst.\n")
        let page = try #require(await site.load().graph.entity("ruimte"))
        #expect(page.title == "Ruimte  om te leren")
        #expect(page.summary == "Kort")
    }

    @Test func handlesByteOrderMarksAndWindowsLineEndings() async {
        let site = ContentFolder()
        site.write("a.md", Data([0xEF, 0xBB, 0xBF]) + Data("---\r\ntype: pagina\r\ntitel: A\r\n---\r\nTekst [b](b.md).\r\n".utf8))
        site.write("b.md", "---\ntype: pagina\ntitel: B\n---\nTekst [a](a.md).\n")
        let result = await site.load()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.formatted))")
        #expect(result.graph.entity("a")?.body?.html.contains("href=\"b.html\"") == true)
    }
}
