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
        #expect(d?.message.hasPrefix("kapotte link") == true)
        #expect(d?.hint?.contains("werkkaarten/tijdlijn.md") == true)
    }

    @Test func brokenAnchor() async {
        let site = minimalSite().write("index.md", "---\ntype: pagina\ntitel: Start\n---\nZie [d](spanningsvelden/doorgaan.md#pollen).\n")
        let d = await only(site)
        #expect(d?.line == 5)
        #expect(d?.message.contains("#pollen") == true)
        #expect(d?.hint == "bedoel je 'polen'?")
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
        #expect(d?.message == "vraag 'over-1' heeft geen 'herkomst'")
        #expect(d?.hint == "schrijf 'herkomst: eigen' voor een vraag die voor deze site geschreven is, of 'herkomst: <id van de bron>' voor een vraag uit een bron")
    }

    @Test func questionFromAnUnknownSource() async {
        let site = pageWithQuestion("    herkomst: njj\n")
        let d = await only(site)
        #expect(d?.file == site.display("over.md"))
        #expect(d?.line == 8)
        #expect(d?.column == 15)
        #expect(d?.message == "'herkomst' noemt 'njj', maar niets in de kennisbank heeft die id")
        #expect(d?.hint == "bedoel je 'nji'?")
    }

    @Test func questionFromSomethingThatIsNoSource() async {
        let site = pageWithQuestion("    herkomst: tijdlijn\n")
        let d = await only(site)
        #expect(d?.line == 8)
        #expect(d?.message == "'tijdlijn' is een werkkaart, maar onder 'herkomst' horen alleen ids van een bron")
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
        #expect(d?.message == "onbekend type 'werkaart'")
        #expect(d?.hint == "bedoel je 'werkkaart'?")
    }

    @Test func unknownKey() async {
        let site = minimalSite().write("bronnen/nji.md", "---\ntype: bron\ntitel: T\nauteur: A\njaartal: 2020\n---\nTekst.\n")
        let d = await only(site)
        #expect(d?.line == 5)
        #expect(d?.column == 1)
        #expect(d?.message == "onbekende sleutel 'jaartal' in deze bron")
        #expect(d?.hint == "bedoel je 'jaar'?")
    }

    @Test func wronglyTypedKey() async {
        let site = minimalSite().write("bronnen/nji.md", "---\ntype: bron\ntitel: T\nauteur: A\njaar: twintig\n---\nTekst.\n")
        let d = await only(site)
        #expect(d?.line == 5)
        #expect(d?.column == 7)
        #expect(d?.message == "'jaar' moet een heel getal zijn, niet 'twintig'")
    }

    @Test func missingRequiredField() async {
        let site = minimalSite().write("bronnen/nji.md", "---\ntype: bron\ntitel: T\n---\nTekst.\n")
        let d = await only(site)
        #expect(d?.line == 2)
        #expect(d?.message == "de sleutel 'auteur' ontbreekt in deze bron")
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
        #expect(d?.message == "een spanningsveld heeft precies twee polen, hier staat er 1")
    }

    @Test func duplicateID() async {
        let site = minimalSite().write("werkkaarten/tijdlijn-kopie.md", "---\ntype: werkkaart\nid: tijdlijn\ntitel: Kopie\nnummer: 9\ndoel: Iets.\n---\n")
        let d = await only(site)
        #expect(d?.file == site.display("werkkaarten/tijdlijn.md"))
        #expect(d?.line == 2)
        #expect(d?.message.hasPrefix("de id 'tijdlijn' komt twee keer voor") == true)
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
        #expect(d?.message == "'werkkaarten' noemt 'tijdlijnn', maar niets in de kennisbank heeft die id")
        #expect(d?.hint == "bedoel je 'tijdlijn'?")
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
        #expect(d?.message == "'nji' is een bron, maar onder 'werkkaarten' horen alleen ids van een werkkaart")
    }

    @Test func invalidUTF8() async {
        let site = minimalSite()
        site.write("kapot.md", Data("---\ntype: pagina\ntitel: Caf".utf8) + Data([0xE9]) + Data("\n---\n".utf8))
        let d = await only(site)
        #expect(d?.file == site.display("kapot.md"))
        #expect(d?.line == 3)
        #expect(d?.column == 11)
        #expect(d?.message == "het bestand is niet opgeslagen als UTF-8")
    }

    /// A file over the limit is refused from its size, before it is read; one just under the
    /// limit, and a file read whole in one go, load as usual.
    @Test func fileOverTheSizeLimit() async {
        let site = minimalSite()
        let page = "---\ntype: pagina\ntitel: Groot\n---\n"
        site.write("groot.md", page + String(repeating: "a", count: ContentFile.sizeLimit))
        site.write("net.md", page.replacingOccurrences(of: "Groot", with: "Net") + String(repeating: "b", count: ContentFile.sizeLimit - page.utf8.count))
        let d = await only(site)
        #expect(d?.file == site.display("groot.md"))
        #expect(d?.line == 1)
        #expect(d?.column == 1)
        let tooLarge = Problem.fileTooLarge(bytes: page.utf8.count + ContentFile.sizeLimit, limit: ContentFile.sizeLimit)
        #expect(d?.message == Diagnostic(file: "", line: 1, column: 1, tooLarge).message)
        #expect(await site.load().graph.entities.contains { $0.title == "Net" && ($0.body?.html.utf8.count ?? 0) > ContentFile.sizeLimit / 2 })
    }

    @Test func unreadableYAML() async {
        let site = minimalSite().write("kapot.md", "---\ntype: pagina\ntitel: [niet dicht\n---\n")
        let d = await only(site)
        #expect(d?.file == site.display("kapot.md"))
        #expect(d?.line == 3)
        #expect(d?.column == 8)
        #expect(d?.code == "yaml-unclosed-bracket")
        #expect(d?.message == "de lijst op regel 3 begint met '[' maar sluit niet af met ']'")
    }

    @Test func missingFrontMatter() async {
        let site = minimalSite().write("los.md", "Alleen tekst.\n")
        #expect(await site.errors().isEmpty)
        let d = await site.load().diagnostics.first { $0.file == site.display("los.md") }
        #expect(d?.line == 1)
        #expect(d?.severity == .warning)
        #expect(d?.message == "het bestand heeft geen kop, dus Spiegel maakt er geen pagina van")
    }

    @Test func unsafeID() async {
        let site = minimalSite().write("x.md", "---\ntype: pagina\nid: ../../etc\ntitel: X\n---\n")
        let d = await only(site)
        #expect(d?.line == 3)
        #expect(d?.message == "'../../etc' kan geen id zijn")
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
        #expect(d.first?.message.contains("buiten de map content") == true)
        #expect(result.graph.entity("geheim") == nil)
    }

    @Test func quadrantMustNameRealDimensionValues() async {
        let site = minimalSite()
            .write("dimensies/vraag.md", "---\ntype: dimensie\ntitel: Type zorgvraag\nnummer: 1\nasvraag: Welke vraag?\nwaarden:\n  - {id: standaard, label: Standaard}\n  - {id: complex, label: Complex}\n---\n")
            .write("kwadranten/k1.md", "---\ntype: kwadrant\ntitel: I\nnummer: 1\nwaarden:\n  vraag: standart\nsamenwerking-tussen-gemeenten: nee\nsamenwerking-faciliteren: nee\nconclusie: Niets.\n---\n[v](../dimensies/vraag.md)\n")
        let d = await site.errors()
        #expect(d.count == 1)
        #expect(d.first?.line == 6)
        #expect(d.first?.message == "dimensie 'vraag' heeft geen waarde 'standart'")
        #expect(d.first?.hint == "bedoel je 'standaard'?")
    }

    @Test func collectsEveryProblemInOneRun() async {
        let site = minimalSite()
            .write("a.md", "---\ntype: onbekend\ntitel: A\n---\n")
            .write("b.md", "---\ntype: pagina\ntitel: B\n---\n[x](nergens.md)\n")
            .write("c.md", "---\ntype: pagina\ntitel: [C\n---\n")
        #expect(await site.errors().count == 3)
    }

    @Test func warnsAboutOrphansAndQuestionsWithoutAudience() async {
        let site = minimalSite()
            .write("wees.md", "---\ntype: pagina\ntitel: Wees\nvragen:\n  - id: wees-1\n    tekst: Waarom?\n    herkomst: eigen\n---\n")
        let warnings = await site.load().diagnostics.filter { $0.severity == .warning }
        #expect(warnings.contains { $0.message == "geen enkele pagina linkt naar 'wees'" })
        #expect(warnings.contains { $0.message == "deze vraag heeft geen 'doelgroep'" && $0.line == 5 })
    }
}

@Suite struct UnreadableFileTests {
    /// Broken YAML in one file must not turn every link to it into an error of its own.
    @Test func aFileWithBrokenFrontMatterIsTheOnlyError() async {
        let site = minimalSite().write("werkkaarten/tijdlijn.md", "---\ntype: werkkaart\ntitel: T\nnummer: [drie\n---\nTekst.\n")
        let errors = await site.errors()
        #expect(errors.count == 1, "\(errors.map(\.formatted))")
        #expect(errors.first?.file == site.display("werkkaarten/tijdlijn.md"))
        #expect(errors.first?.code == "yaml-unclosed-bracket")
    }
}
