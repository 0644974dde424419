import Foundation
import Testing
@testable import Content

/// Every example and case says where it comes from (`voorbeelden:` with `herkomst`), and the
/// body agrees with the list: an editor who adds "## Een voorbeeld" without saying whose it is,
/// or names a heading that is not there, hears it at the line to fix.
@Suite struct ExampleOriginTests {
    /// A page whose front matter ends with `front` and whose body is `body`, linked from the start page.
    private func page(_ front: String, _ body: String) -> ContentFolder {
        minimalSite()
            .write("over.md", "---\ntype: pagina\ntitel: Over\n\(front)---\nEen inleiding.\n\n\(body)")
            .write("index.md", "---\ntype: pagina\ntitel: Start\n---\n[d](spanningsvelden/doorgaan.md) [o](over.md)\n")
    }

    private func only(_ site: ContentFolder) async -> Diagnostic? {
        let errors = await site.errors()
        #expect(errors.count == 1, "expected one error, got \(errors.map(\.formatted))")
        return errors.first
    }

    @Test func anExampleHeadingWithoutAnOriginIsAnError() async {
        let site = page("", "## Een voorbeeld\n\nEen gemeente.\n")
        let d = await only(site)
        #expect(d?.file == site.display("over.md"))
        #expect(d?.line == 7)
        #expect(d?.column == 1)
        #expect(d?.message == "de tussenkop 'Een voorbeeld' leidt een voorbeeld of casus in, maar 'voorbeelden:' zegt niet waar het vandaan komt")
        #expect(d?.hint?.contains("'- kop: Een voorbeeld' en 'herkomst: eigen'") == true)
    }

    @Test func anEntryWithoutHerkomstIsAnError() async {
        let site = page("voorbeelden:\n  - kop: Een voorbeeld\n", "## Een voorbeeld\n\nEen gemeente.\n")
        let d = await only(site)
        #expect(d?.line == 5)
        #expect(d?.column == 5)
        #expect(d?.message == "voorbeeld 'Een voorbeeld' heeft geen 'herkomst'")
    }

    @Test func aKopThatNamesNoHeadingIsAnError() async {
        let site = page("voorbeelden:\n  - kop: Een voorbeld\n    herkomst: eigen\n", "## Een voorbeeld\n\nEen gemeente.\n")
        let d = await only(site)
        #expect(d?.line == 5)
        #expect(d?.message == "'kop' noemt 'Een voorbeld', maar de tekst heeft geen tussenkop met die woorden")
        #expect(d?.hint == "bedoel je 'Een voorbeeld'?")
    }

    @Test func anUnknownSourceIsAnError() async {
        let site = page("voorbeelden:\n  - herkomst: njj\n", "")
        let d = await only(site)
        #expect(d?.line == 5)
        #expect(d?.column == 15)
        #expect(d?.message == "'herkomst' noemt 'njj', maar niets in de kennisbank heeft die id")
        #expect(d?.hint == "bedoel je 'nji'?")
    }

    /// A case told by the whole page needs no heading; its source becomes a relation, so the
    /// source's page lists the case and graph.json links them.
    @Test func aWholePageCaseFromASourceAndAnExampleOfOurOwn() async throws {
        let site = page("voorbeelden:\n  - herkomst: nji\n    plaats: p. 12\n  - kop: Zo ziet het eruit\n    herkomst: eigen\n",
                        "## Zo ziet het eruit\n\nEen gemeente.\n\n## Een casus uit de praktijk\n\nNog een.\n")
        let result = await site.load()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.formatted))")
        let over = try #require(result.graph.entity("over"))
        #expect(over.examples.map(\.origin) == [.source(id: "nji", place: "p. 12"), .own])
        #expect(over.examples.map(\.heading) == [nil, "Zo ziet het eruit"])
        #expect(result.graph.outgoing(from: "over").contains { $0.to == "nji" && $0.kind == .origin })
    }

    /// Whole words only: the handbook's "voorbeeldweergave" is the preview, not an example.
    @Test func onlyHeadingsThatNameAnExampleOrCaseNeedAnOrigin() async {
        #expect(await page("", "## De voorbeeldweergave\n\nTekst.\n").errors().isEmpty)
        #expect(Example.looksLikeExample("Voorbeelden ter inspiratie"))
        #expect(Example.looksLikeExample("De casus van Amalia"))
        #expect(!Example.looksLikeExample("Zo ziet het eruit"))
    }
}
