import Foundation
import Pipeline
import Testing
@testable import Site

/// Where each example and case comes from shows where the reader meets it: under the example's
/// heading, under the title of a case page, beneath worksheet questions about a case, and in
/// graph.json. The audience pages mark questions of our own as their pages do.
struct ExampleOriginSiteTests {
    /// The fixture, plus a case page from the fixture's source with one question, an own example
    /// under a heading, and a worksheet that asks the case's question.
    private func build() async throws -> URL {
        let content = SiteFixture.scratch().appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: SiteFixture.content, toPath: content.path)
        try """
            ---
            type: pagina
            titel: Het gezin Jansen
            voorbeelden:
              - herkomst: nji
                plaats: "hoofdstuk 2"
              - kop: Een voorbeeld van ons
                herkomst: eigen
            vragen:
              - id: jansen-1
                tekst: Wie draagt hier de zorg?
                doelgroep: iedereen
                herkomst: eigen
            ---
            Een gezin met vier kinderen.

            ## Een voorbeeld van ons

            Een buurvrouw helpt.
            """.write(to: content.appendingPathComponent("jansen.md"), atomically: true, encoding: .utf8)
        try "---\ntype: werkblad\ntitel: Over Jansen\ndoel: Praten over het gezin.\nblokken:\n  - vragen: [jansen]\n---\nTekst.\n"
            .write(to: content.appendingPathComponent("werkbladen/jansen-sessie.md"), atomically: true, encoding: .utf8)
        try "---\ntype: pagina\ntitel: Start\n---\n[d](spanningsvelden/doorgaan.md) [j](jansen.md)\n"
            .write(to: content.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
        let out = SiteFixture.scratch().appendingPathComponent("site")
        let report = await BuildPipeline(options: SiteFixture.options(content: content.path, output: out.path)).run()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        return out
    }

    @Test func theCasePageSaysWhoseStoryItIs() async throws {
        let site = try await build()
        let page = SiteFixture.text("jansen.html", in: site)
        #expect(page.contains("<p class=\"origin case-origin\">Praktijkvoorbeeld uit <a href=\"bronnen/nji.html\">Samen lerend doen wat werkt</a>, hoofdstuk 2</p>"))
        #expect(page.contains("<h2 id=\"een-voorbeeld-van-ons\">Een voorbeeld van ons</h2>\n<p class=\"origin example-origin\">Door ons bedacht, niet uit een bron.</p>"))
        // The source's page lists the case among the pages that use it.
        #expect(SiteFixture.text("bronnen/nji.html", in: site).contains("<a href=\"../jansen.html\">Het gezin Jansen</a>"))
    }

    @Test func aWorksheetNamesTheCaseItsQuestionsBelongTo() async throws {
        let site = try await build()
        let sheet = SiteFixture.text("werkbladen/jansen-sessie.html", in: site)
        #expect(sheet.contains("Bij de casus: Het gezin Jansen, uit Samen lerend doen wat werkt (hoofdstuk 2)"))
        // A sheet with no case's questions has no such line.
        #expect(!SiteFixture.text("werkbladen/sessie.html", in: site).contains("Bij de casus"))
    }

    @Test func graphJSONCarriesTheExamplesAndTheirSource() async throws {
        let site = try await build()
        let data = try Data(contentsOf: site.appendingPathComponent("graph.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entities = try #require(json["entities"] as? [[String: Any]])
        let jansen = try #require(entities.first { $0["id"] as? String == "jansen" })
        let examples = try #require((jansen["fields"] as? [String: Any])?["voorbeelden"] as? [[String: Any]])
        #expect(examples.map { $0["herkomst"] as? String } == ["nji", "eigen"])
        #expect(examples.first?["plaats"] as? String == "hoofdstuk 2")
        #expect((jansen["links"] as? [String])?.contains("nji") == true)
    }

    @Test func audiencePagesMarkQuestionsOfOurOwn() async throws {
        let site = try await build()
        let page = SiteFixture.text("doelgroepen/bestuurders.html", in: site)
        #expect(page.contains("Wat doe je als wachtlijsten groeien?</a> <span class=\"origin\">eigen vraag</span>"))
    }
}
