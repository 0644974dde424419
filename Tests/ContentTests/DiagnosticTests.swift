import Foundation
import Testing
@testable import Content

/// One test per kind of content error: each names the file, the line and column, and says what is wrong.
@Suite struct DiagnosticTests {
    private func only(_ site: ContentFolder) async -> Diagnostic? {
        let errors = await site.errors()
        #expect(errors.count == 1, "expected one error, got \(errors.map(\.formatted))")
        return errors.first
    }

    @Test func brokenInternalLink() async {
        let site = minimalSite().write("index.md", "---\ntype: pagina\ntitel: Start\n---\nZie [x](werkkaarten/tijdlijm.md) en [d](spanningsvelden/doorgaan.md).\n")
        let d = await only(site)
        #expect(d?.file == site.display("index.md"))
        #expect(d?.line == 5)
        #expect(d?.column == 9)
        #expect(d?.message.contains("broken link") == true)
        #expect(d?.hint?.contains("werkkaarten/tijdlijn.md") == true)
    }

    @Test func brokenAnchor() async {
        let site = minimalSite().write("index.md", "---\ntype: pagina\ntitel: Start\n---\nZie [d](spanningsvelden/doorgaan.md#pollen).\n")
        let d = await only(site)
        #expect(d?.line == 5)
        #expect(d?.message.contains("#pollen") == true)
        #expect(d?.hint == "did you mean 'polen'?")
    }

    /// A page with one question whose origin lines are `origin` (none: no origin at all).
    private func pageWithQuestion(_ origin: String) -> ContentFolder {
        minimalSite()
            .write("over.md", "---\ntype: pagina\ntitel: Over\nvragen:\n  - id: over-1\n    tekst: Waarom?\n    doelgroep: iedereen\n\(origin)---\n")
            .write("index.md", "---\ntype: pagina\ntitel: Start\n---\n[d](spanningsvelden/doorgaan.md) [o](over.md)\n")
    }

    @Test func questionWithoutOrigin() async {
        let site = pageWithQuestion("")
        let d = await only(site)
        #expect(d?.file == site.display("over.md"))
        #expect(d?.line == 5)
        #expect(d?.column == 5)
        #expect(d?.message == "question 'over-1' has no 'herkomst'")
        #expect(d?.hint == "write 'herkomst: eigen' for a question written for this site, or 'herkomst: <bron-id>' for one taken from a source")
    }

    @Test func questionFromAnUnknownSource() async {
        let site = pageWithQuestion("    herkomst: njj\n")
        let d = await only(site)
        #expect(d?.file == site.display("over.md"))
        #expect(d?.line == 8)
        #expect(d?.column == 15)
        #expect(d?.message == "'herkomst' names 'njj', but no entity has that id")
        #expect(d?.hint == "did you mean 'nji'?")
    }

    @Test func questionFromSomethingThatIsNoSource() async {
        let site = pageWithQuestion("    herkomst: tijdlijn\n")
        let d = await only(site)
        #expect(d?.line == 8)
        #expect(d?.message == "'tijdlijn' is a werkkaart, but 'herkomst' takes bron ids")
    }

    @Test func questionsOfOurOwnAndFromASource() async {
        let site = pageWithQuestion("    herkomst: eigen\n")
        #expect(await site.errors().isEmpty)
        let withPlace = pageWithQuestion("    herkomst: nji\n    plaats: bijlage 1\n")
        let result = await withPlace.load()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.formatted))")
        guard case .question(let q)? = result.graph.entity("over-1")?.kind else { Issue.record("no question"); return }
        #expect(q.origin == .source(id: "nji", place: "bijlage 1"))
    }

    @Test func unknownType() async {
        let site = minimalSite().write("x.md", "---\ntype: werkaart\ntitel: X\n---\n")
        let d = await only(site)
        #expect(d?.file == site.display("x.md"))
        #expect(d?.line == 2)
        #expect(d?.column == 7)
        #expect(d?.message == "unknown type 'werkaart'")
        #expect(d?.hint == "did you mean 'werkkaart'?")
    }

    @Test func unknownKey() async {
        let site = minimalSite().write("bronnen/nji.md", "---\ntype: bron\ntitel: T\nauteur: A\njaartal: 2020\n---\nTekst.\n")
        let d = await only(site)
        #expect(d?.line == 5)
        #expect(d?.column == 1)
        #expect(d?.message == "unknown key 'jaartal' for bron")
        #expect(d?.hint == "did you mean 'jaar'?")
    }

    @Test func wronglyTypedKey() async {
        let site = minimalSite().write("bronnen/nji.md", "---\ntype: bron\ntitel: T\nauteur: A\njaar: twintig\n---\nTekst.\n")
        let d = await only(site)
        #expect(d?.line == 5)
        #expect(d?.column == 7)
        #expect(d?.message.contains("'jaar' must be a whole number") == true)
    }

    @Test func missingRequiredField() async {
        let site = minimalSite().write("bronnen/nji.md", "---\ntype: bron\ntitel: T\n---\nTekst.\n")
        let d = await only(site)
        #expect(d?.line == 2)
        #expect(d?.message == "missing required key 'auteur' for bron")
    }

    @Test func tensionFieldNeedsExactlyTwoPoles() async {
        let site = minimalSite().write("spanningsvelden/doorgaan.md", """
        ---
        type: spanningsveld
        titel: T
        nummer: 4
        polen:
          - naam: alleen
        werkkaarten: [tijdlijn]
        ---
        ## Polen
        """)
        let d = await only(site)
        #expect(d?.line == 6)
        #expect(d?.message == "a spanningsveld has exactly two poles, found 1")
    }

    @Test func duplicateID() async {
        let site = minimalSite().write("werkkaarten/tijdlijn-kopie.md", "---\ntype: werkkaart\nid: tijdlijn\ntitel: Kopie\nnummer: 9\ndoel: Iets.\n---\n")
        let d = await only(site)
        #expect(d?.file == site.display("werkkaarten/tijdlijn.md"))
        #expect(d?.line == 2)
        #expect(d?.message.hasPrefix("duplicate id 'tijdlijn'") == true)
        #expect(d?.message.contains("werkkaarten/tijdlijn-kopie.md:2") == true)
    }

    @Test func referenceToUnknownID() async {
        let site = minimalSite().write("spanningsvelden/doorgaan.md", """
        ---
        type: spanningsveld
        titel: T
        nummer: 4
        polen: [{naam: a}, {naam: b}]
        werkkaarten: [tijdlijnn]
        ---
        ## Polen
        """)
        let d = await only(site)
        #expect(d?.line == 6)
        #expect(d?.column == 15)
        #expect(d?.message == "'werkkaarten' names 'tijdlijnn', but no entity has that id")
        #expect(d?.hint == "did you mean 'tijdlijn'?")
    }

    @Test func referenceToWrongType() async {
        let site = minimalSite().write("spanningsvelden/doorgaan.md", """
        ---
        type: spanningsveld
        titel: T
        nummer: 4
        polen: [{naam: a}, {naam: b}]
        werkkaarten: [nji]
        ---
        ## Polen
        """)
        let d = await only(site)
        #expect(d?.message == "'nji' is a bron, but 'werkkaarten' takes werkkaart ids")
    }

    @Test func invalidUTF8() async {
        let site = minimalSite()
        site.write("kapot.md", Data("---\ntype: pagina\ntitel: Caf".utf8) + Data([0xE9]) + Data("\n---\n".utf8))
        let d = await only(site)
        #expect(d?.file == site.display("kapot.md"))
        #expect(d?.line == 3)
        #expect(d?.column == 11)
        #expect(d?.message == "the file is not valid UTF-8")
    }

    @Test func unreadableYAML() async {
        let site = minimalSite().write("kapot.md", "---\ntype: pagina\ntitel: [niet dicht\n---\n")
        let d = await only(site)
        #expect(d?.file == site.display("kapot.md"))
        #expect(d?.line == 4)
        #expect(d?.message.hasPrefix("the front matter is not valid YAML") == true)
    }

    @Test func missingFrontMatter() async {
        let d = await only(minimalSite().write("los.md", "Alleen tekst.\n"))
        #expect(d?.line == 1)
        #expect(d?.message == "the file has no front matter")
    }

    @Test func unsafeID() async {
        let site = minimalSite().write("x.md", "---\ntype: pagina\nid: ../../etc\ntitel: X\n---\n")
        let d = await only(site)
        #expect(d?.line == 3)
        #expect(d?.message == "'../../etc' is not a valid id")
    }

    @Test func symlinkOutOfTheContentFolder() async throws {
        let site = minimalSite()
        let outside = NSTemporaryDirectory() + "spiegel-outside-\(UUID().uuidString).md"
        try "---\ntype: pagina\ntitel: Geheim\n---\n".write(toFile: outside, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try FileManager.default.createSymbolicLink(atPath: site.root + "/geheim.md", withDestinationPath: outside)
        let result = await site.load()
        let d = result.diagnostics.filter { $0.severity == .error }
        #expect(d.count == 1)
        #expect(d.first?.file == site.display("geheim.md"))
        #expect(d.first?.message.contains("points outside the content folder") == true)
        #expect(result.graph.entity("geheim") == nil)
    }

    @Test func quadrantMustNameRealDimensionValues() async {
        let site = minimalSite()
            .write("dimensies/vraag.md", "---\ntype: dimensie\ntitel: Type zorgvraag\nnummer: 1\nasvraag: Welke vraag?\nwaarden:\n  - {id: standaard, label: Standaard}\n  - {id: complex, label: Complex}\n---\n")
            .write("kwadranten/k1.md", "---\ntype: kwadrant\ntitel: I\nnummer: 1\nwaarden:\n  vraag: standart\nsamenwerking-tussen-gemeenten: nee\nsamenwerking-faciliteren: nee\nconclusie: Niets.\n---\n[v](../dimensies/vraag.md)\n")
        let d = await site.errors()
        #expect(d.count == 1)
        #expect(d.first?.line == 6)
        #expect(d.first?.message == "dimension 'vraag' has no value 'standart'")
        #expect(d.first?.hint == "did you mean 'standaard'?")
    }

    @Test func collectsEveryProblemInOneRun() async {
        let site = minimalSite()
            .write("a.md", "---\ntype: onbekend\ntitel: A\n---\n")
            .write("b.md", "---\ntype: pagina\ntitel: B\n---\n[x](nergens.md)\n")
            .write("c.md", "geen front matter\n")
        #expect(await site.errors().count == 3)
    }

    @Test func warnsAboutOrphansAndQuestionsWithoutAudience() async {
        let site = minimalSite()
            .write("wees.md", "---\ntype: pagina\ntitel: Wees\nvragen:\n  - id: wees-1\n    tekst: Waarom?\n    herkomst: eigen\n---\n")
        let warnings = await site.load().diagnostics.filter { $0.severity == .warning }
        #expect(warnings.contains { $0.message == "no page links to 'wees'" })
        #expect(warnings.contains { $0.message == "question has no 'doelgroep'" && $0.line == 5 })
    }
}

@Suite struct UnreadableFileTests {
    /// Broken YAML in one file must not turn every link to it into an error of its own.
    @Test func aFileWithBrokenFrontMatterIsTheOnlyError() async {
        let site = minimalSite().write("werkkaarten/tijdlijn.md", "---\ntype: werkkaart\ntitel: T\nnummer: [drie\n---\nTekst.\n")
        let errors = await site.errors()
        #expect(errors.count == 1, "\(errors.map(\.formatted))")
        #expect(errors.first?.file == site.display("werkkaarten/tijdlijn.md"))
        #expect(errors.first?.message.contains("not valid YAML") == true)
    }
}
