import Foundation
import Pipeline
import Testing
@testable import Site

/// Where each question comes from (`herkomst`) shows on its page, on its worksheet, on the page
/// of its source and in graph.json.
struct QuestionOriginTests {
    private func build(content: String = SiteFixture.content) async throws -> URL {
        let out = SiteFixture.scratch().appendingPathComponent("site")
        let report = await BuildPipeline(options: SiteFixture.options(content: content, output: out.path)).run()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        return out
    }

    private func page(_ site: URL, _ path: String) throws -> String {
        try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func pagesMarkQuestionsOfOurOwnAndFromASource() async throws {
        let site = try await build()
        let field = try page(site, "spanningsvelden/doorgaan.html")
        #expect(field.contains("<span class=\"origin\">bron: <a href=\"../bronnen/nji.html\">Samen lerend doen wat werkt</a></span></li>"))
        #expect(field.contains("<span class=\"origin\">eigen vraag</span></li>"))
        // The place in the source follows its title.
        let card = try page(site, "werkkaarten/tijdlijn.html")
        #expect(card.contains("<a href=\"../bronnen/nji.html\">Samen lerend doen wat werkt</a>, werkkaart 3</span>"))
    }

    @Test func worksheetsMarkQuestionsOfOurOwnAndNameTheSourcesOnce() async throws {
        let site = try await build()
        let sheet = try page(site, "werkbladen/werkblad-doorgaan.html")
        #expect(sheet.contains("<span class=\"question-origin\">(eigen vraag)</span>"))
        #expect(sheet.components(separatedBy: "Bron van deze vragen: Samen lerend doen wat werkt").count == 2)
        let card = try page(site, "werkbladen/werkblad-tijdlijn.html")
        #expect(card.contains("Bron van deze vragen: Samen lerend doen wat werkt (werkkaart 3)"))
    }

    @Test func graphJSONCarriesTheOriginAndTheRelation() async throws {
        let site = try await build()
        let data = try Data(contentsOf: site.appendingPathComponent("graph.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entities = try #require(json["entities"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: entities.map { ($0["id"] as! String, $0) })
        let fromSource = try #require(byID["tijdlijn-1"])
        #expect((fromSource["fields"] as? [String: Any])?["herkomst"] as? String == "nji")
        #expect((fromSource["fields"] as? [String: Any])?["plaats"] as? String == "werkkaart 3")
        #expect(fromSource["links"] as? [String] == ["nji"])
        let own = try #require(byID["doorgaan-2"])
        #expect((own["fields"] as? [String: Any])?["herkomst"] as? String == "eigen")
        #expect(own["links"] as? [String] == [])
    }

    /// A page that does not cite the source itself is listed on the source's page through its question.
    @Test func theSourcePageListsThePageOfAQuestionTakenFromIt() async throws {
        let content = SiteFixture.scratch().appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: SiteFixture.content, toPath: content.path)
        try "---\ntype: pagina\ntitel: Over\nvragen:\n  - id: over-1\n    tekst: Waarom?\n    doelgroep: iedereen\n    herkomst: nji\n---\nTekst.\n"
            .write(to: content.appendingPathComponent("over.md"), atomically: true, encoding: .utf8)
        let site = try await build(content: content.path)
        let source = try page(site, "bronnen/nji.html")
        #expect(source.contains("<a href=\"../over.html\">Over</a>"))
        #expect(!source.contains("over.html#over-1"))
    }
}
