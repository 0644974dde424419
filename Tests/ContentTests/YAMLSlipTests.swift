import Testing
@testable import Content

/// Slips that leave the YAML valid but change what a file says are warned about, with file, line,
/// column and what to do: one test per slip, each with the exact text.
@Suite struct YAMLSlipTests {
    /// The warnings about the work card whose front matter lines are `lines` (from line 2), and the card.
    private func load(_ lines: [String]) async -> (warnings: [Diagnostic], card: WorkCard?, site: ContentFolder) {
        let site = minimalSite().write("werkkaarten/tijdlijn.md", (["---"] + lines + ["---", "Tekst.", ""]).joined(separator: "\n"))
        let loaded = await site.load()
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.map(\.formatted))")
        let card: WorkCard? = if case .workCard(let card)? = loaded.graph.entity("tijdlijn")?.kind { card } else { nil }
        return (loaded.diagnostics.filter { $0.file.hasSuffix("werkkaarten/tijdlijn.md") }, card, site)
    }

    private let card = ["type: werkkaart", "titel: Een tijdlijn maken", "nummer: 3", "doel: Samen zien wat er gebeurde.", "bronnen: [nji]"]

    @Test func aListItemIndentedIntoTheTextOfTheOneAbove() async {
        let (warnings, card, site) = await load(card + ["stappen:", "  - Iedereen schrijft vijf minuten.", "    - De anderen luisteren."])
        // YAML reads one step; the warning says why.
        #expect(card?.steps == ["Iedereen schrijft vijf minuten. - De anderen luisteren."])
        #expect(warnings.count == 1, "\(warnings.map(\.formatted))")
        let d = warnings.first
        #expect(d?.severity == .warning)
        #expect(d?.code == "item-indented-into-text")
        #expect(d?.file == site.display("werkkaarten/tijdlijn.md"))
        #expect(d?.line == 9)
        #expect(d?.column == 5)
        #expect(d?.message == "deze regel begint met '- ' maar springt 4 spaties in, verder dan het item op regel 8: hij hoort nu bij de tekst van dat item in 'stappen'")
        #expect(d?.hint == "is het een nieuw item, laat de regel dan 2 spaties inspringen: '  - De anderen luisteren.'")
    }

    @Test func aDashLineInsideAText() async {
        let (warnings, _, _) = await load(["type: werkkaart", "titel: Een tijdlijn maken", "nummer: 3", "doel: Samen zien wat er gebeurde",
                                           "  - en waarom.", "bronnen: [nji]"])
        #expect(warnings.count == 1, "\(warnings.map(\.formatted))")
        let d = warnings.first
        #expect(d?.code == "dash-in-text")
        #expect(d?.line == 6)
        #expect(d?.column == 3)
        #expect(d?.message == "deze regel begint met '- ' maar springt verder in dan 'doel:' op regel 5, en hoort daardoor bij de tekst van 'doel'")
        #expect(d?.hint == "wil je een lijst, zet dan niets achter 'doel:' en elk item op een eigen regel die begint met '- '; hoort het streepje bij de tekst, zet de hele tekst dan tussen aanhalingstekens")
    }

    @Test func aKeyIndentedIntoAText() async {
        let (warnings, _, _) = await load(["type: werkkaart", "titel: Een tijdlijn maken", "nummer: 3", "doel: >",
                                           "  Samen zien wat er gebeurde.", "  samenvatting: Terugkijken.", "bronnen: [nji]"])
        #expect(warnings.count == 1, "\(warnings.map(\.formatted))")
        let d = warnings.first
        #expect(d?.code == "key-inside-text")
        #expect(d?.line == 7)
        #expect(d?.column == 3)
        #expect(d?.message == "'samenvatting:' springt 2 spaties in en staat daardoor in de tekst van 'doel', niet als eigen sleutel")
        #expect(d?.hint == "is 'samenvatting' een eigen sleutel, zet 'samenvatting:' dan vooraan op de regel, zonder spaties ervoor")
    }

    @Test func aTextThatOpensWithAQuoteAndRunsOn() async {
        let (warnings, _, _) = await load(["type: werkkaart", "titel: Een tijdlijn maken", "samenvatting: 'Samen terugkijken",
                                           "  en vooruitkijken'", "nummer: 3", "doel: Zien.", "bronnen: [nji]"])
        #expect(warnings.count == 1, "\(warnings.map(\.formatted))")
        let d = warnings.first
        #expect(d?.code == "quote-not-closed-on-line")
        #expect(d?.line == 4)
        #expect(d?.column == 15)
        #expect(d?.message == "deze tekst begint met ' maar de regel eindigt er niet mee: de tekst loopt door tot regel 5")
        #expect(d?.hint == "sluit de tekst op dezelfde regel af met ', of laat het eerste ' weg")
    }

    @Test func aTextCutShortByAHash() async {
        let (warnings, _, _) = await load(["type: werkkaart", "titel: Een tijdlijn maken", "nummer: 3", "doel: Zien wat stap #1 oplevert.", "bronnen: [nji]"])
        #expect(warnings.count == 1, "\(warnings.map(\.formatted))")
        let d = warnings.first
        #expect(d?.code == "text-cut-by-hash")
        #expect(d?.line == 5)
        #expect(d?.column == 21)
        #expect(d?.message == "voor YAML begint bij ' #' een opmerking, dus de rest van de regel valt weg: 'doel' is nu 'Zien wat stap'")
        #expect(d?.hint == "zet de tekst tussen aanhalingstekens: 'doel: \"Zien wat stap #1 oplevert.\"'")
    }

    @Test func anItemAtTheStartOfTheLineWithAnotherIndentedIntoIt() async {
        let (warnings, _, _) = await load(card + ["stappen:", "- Een.", "  - Twee."])
        #expect(warnings.first?.hint == "is het een nieuw item, zet het streepje dan vooraan op de regel: '- Twee.'")
        #expect(warnings.first?.message.hasSuffix("in 'stappen'") == true)
    }

    /// A list in a `|` text is the text's own, as are a quoted text on one line and a colon in a sentence.
    @Test func textsThatMeanWhatTheySay() async {
        let (warnings, card, _) = await load(card + ["wanneer: |", "  Gebruik hem:", "  - bij een vastgelopen casus", "    - ook later",
                                                     "  Let op: niet te lang.", "vervolg: 'Bespreek het, zo''n kwartier.'",
                                                     "stappen:", "  - Een.", "  - Twee."])
        #expect(warnings.isEmpty, "\(warnings.map(\.formatted))")
        #expect(card?.steps == ["Een.", "Twee."])
    }
}
