import Foundation
import Pipeline
import Testing
@testable import Content
@testable import Site

/// An item of another page shown in a body (`Reuse`): the link `[…](home.md#item "invoegen")`.
@Suite struct ReuseTests {
    /// The fixture's content with `extra` files written over it, built.
    private func build(_ extra: [(String, String)]) async throws -> (BuildReport, URL) {
        let scratch = SiteFixture.scratch()
        let content = scratch.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: SiteFixture.content, toPath: content.path)
        for (path, text) in extra {
            try text.write(to: content.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
        let out = scratch.appendingPathComponent("site")
        return (await BuildPipeline(options: SiteFixture.options(content: content.path, output: out.path)).run(), out)
    }

    static let page = ("tempo.md", """
        ---
        type: pagina
        titel: Tempo maken
        ---
        Een vraag om mee te beginnen:

        [Vraag uit de tijdlijn](werkkaarten/tijdlijn.md#tijdlijn-1 "invoegen")

        [De stappen](werkkaarten/tijdlijn.md#stappen "invoegen")

        [De polen](spanningsvelden/doorgaan.md#polen "invoegen")

        """)

    @Test func theCurrentTextStandsOnThePageWithALinkHome() async throws {
        let (report, out) = try await build([Self.page])
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let html = SiteFixture.text("tempo.html", in: out)
        #expect(html.contains("<figure class=\"reused reused-question\"><blockquote><p>Wat zien we?</p></blockquote>"
            + "<figcaption>Vraag uit <a href=\"werkkaarten/tijdlijn.html#tijdlijn-1\">Een tijdlijn maken</a> (voor professionals)</figcaption></figure>"))
        #expect(html.contains("<ol><li>Teken een lijn.</li><li>Zet gebeurtenissen erop.</li></ol><figcaption>Stappen uit <a href=\"werkkaarten/tijdlijn.html\">"))
        #expect(html.contains("<dt>doorgaan</dt><dd>harder werken en doorverwijzen</dd>"))
        // The editor's link and its paragraph give way to the item.
        #expect(!html.contains("Vraag uit de tijdlijn"))
        #expect(!html.contains("<p><figure"))
    }

    @Test func theGraphRecordsItAndTheHomeListsItAsABacklink() async throws {
        let (report, out) = try await build([Self.page])
        #expect(report.succeeded)
        let data = try Data(contentsOf: out.appendingPathComponent("graph.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entities = try #require(json["entities"] as? [[String: Any]])
        let tempo = try #require(entities.first { $0["id"] as? String == "tempo" })
        #expect(Set(tempo["links"] as? [String] ?? []) == ["tijdlijn-1", "tijdlijn", "doorgaan"])
        let graph = try #require(report.graph)
        #expect(Set(graph.outgoing(from: "tempo").filter { $0.kind == .reuse }.map(\.to)) == ["tijdlijn-1", "tijdlijn", "doorgaan"])
        let home = SiteFixture.text("werkkaarten/tijdlijn.html", in: out)
        let backlinks = try #require(home.range(of: "Verwijzingen naar deze pagina"))
        #expect(home[backlinks.upperBound...].contains("href=\"../tempo.html\""))
    }

    @Test func worksheetsShowReusedQuestions() async throws {
        let sheet = ("werkbladen/tempo-blad.md", """
            ---
            type: werkblad
            titel: Tempo op papier
            doel: Oefenen met tempo.
            blokken:
              - vragen: [doorgaan-1]
            ---
            Begin met deze vraag:

            [vraag](../werkkaarten/tijdlijn.md#tijdlijn-1 "invoegen")

            """)
        let card = ("werkkaarten/tijdlijn.md", try String(contentsOfFile: SiteFixture.content + "/werkkaarten/tijdlijn.md", encoding: .utf8)
            + "\n[wachtlijsten](../spanningsvelden/doorgaan.md#doorgaan-2 \"invoegen\")\n")
        let (report, out) = try await build([sheet, card])
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        // A composed sheet's introduction is its body, with the item in it.
        let composed = SiteFixture.text("werkbladen/tempo-blad.html", in: out)
        #expect(composed.contains("<blockquote><p>Wat zien we?</p></blockquote>"))
        // A card's sheet asks the questions its page shows, its own and those it reuses.
        let cardSheet = SiteFixture.text("werkbladen/werkblad-tijdlijn.html", in: out)
        #expect(cardSheet.contains("Wat zien we?"))
        #expect(cardSheet.contains("Wat doe je als wachtlijsten groeien?"))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let body: String
        let line: Int
        let column: Int
        let code: String
        let message: String
        let hint: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "an item that is not there", body: "[x](werkkaarten/tijdlijn.md#tijdlijn-2 \"invoegen\")", line: 5, column: 5,
             code: "unknown-reuse-item", message: "'tijdlijn' heeft niets dat '#tijdlijn-2' heet om in te voegen", hint: "bedoel je '#tijdlijn-1'?"),
        Case(name: "no item named", body: "[x](werkkaarten/tijdlijn.md \"invoegen\")", line: 5, column: 5,
             code: "reuse-without-item", message: "zegt niet wat Spiegel van 'tijdlijn' moet invoegen",
             hint: "zet achter de bestandsnaam # en een van: stappen, voorbereiding, tijdlijn-1"),
        Case(name: "a file that is not there", body: "Eerst.\n\n[x](werkkaarten/tijdlijm.md#stappen \"invoegen\")", line: 7, column: 5,
             code: "broken-link", message: "kapotte link: er is geen bestand 'werkkaarten/tijdlijm.md'", hint: "bedoel je 'werkkaarten/tijdlijn.md'?"),
        Case(name: "not alone in its paragraph", body: "Zie [x](werkkaarten/tijdlijn.md#stappen \"invoegen\") hier.", line: 5, column: 9,
             code: "reuse-not-alone", message: "staat niet alleen in zijn alinea", hint: nil),
        Case(name: "the page itself", body: "[x](zelf.md#zelf-1 \"invoegen\")", line: 5, column: 5,
             code: "reuse-of-itself", message: "een pagina kan niets van zichzelf invoegen", hint: nil),
    ]

    @Test(arguments: cases)
    func aWrongReuseIsAnErrorAtTheLink(_ example: Case) async throws {
        let text = "---\ntype: pagina\ntitel: Zelf\n---\n" + example.body + "\n"
        let withQuestion = text.replacingOccurrences(of: "titel: Zelf\n", with: "titel: Zelf\nvragen:\n  - {id: zelf-1, tekst: Hoe?, doelgroep: iedereen, herkomst: eigen}\n")
        let source = example.name == "the page itself" ? withQuestion : text
        let line = example.name == "the page itself" ? example.line + 2 : example.line
        let (report, _) = try await build([("zelf.md", source)])
        let found = report.diagnostics.filter { $0.severity == .error }
        #expect(found.count == 1, "\(found.map(\.formatted))")
        let d = try #require(found.first)
        #expect(d.file.hasSuffix("content/zelf.md") && d.line == line && d.column == example.column, "\(d.formatted)")
        #expect(d.code == example.code)
        #expect(d.message.contains(example.message), "\(d.message)")
        if let hint = example.hint { #expect(d.hint == hint, "\(d.hint ?? "")") }
    }
}
