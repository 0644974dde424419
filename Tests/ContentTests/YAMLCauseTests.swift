import Testing
@testable import Content
import Yams

/// A YAML error names its likely cause in plain Dutch, shows the lines involved and says what to
/// type: one test per cause, each with the exact text an editor reads.
@Suite struct YAMLCauseTests {
    /// The one error of a work card whose front matter lines are `lines` (from line 2 of the file).
    private func error(_ lines: [String]) async -> Diagnostic? {
        let site = minimalSite().write("werkkaarten/tijdlijn.md", (["---"] + lines + ["---", "Tekst.", ""]).joined(separator: "\n"))
        let errors = await site.errors()
        #expect(errors.count == 1, "\(errors.map(\.formatted))")
        #expect(errors.first?.file == site.display("werkkaarten/tijdlijn.md"))
        return errors.first
    }

    private let card = ["type: werkkaart", "titel: Een tijdlijn maken", "nummer: 3", "doel: Samen zien wat er gebeurde.", "bronnen: [nji]"]

    @Test func aTab() async {
        let d = await error(card + ["stappen:", "\t- Teken een lijn."])
        #expect(d?.code == "yaml-tab")
        #expect(d?.line == 8)
        #expect(d?.message == "regel 8 springt in met een tab, en YAML kent alleen spaties")
        #expect(d?.hint == "vervang de tab door spaties: '  - Teken een lijn.'")
    }

    @Test func anItemIndentedLessThanTheOneAbove() async {
        let d = await error(card + ["stappen:", "  - Teken een lijn.", " - Zet de jaren erop."])
        #expect(d?.code == "yaml-item-indentation")
        #expect(d?.line == 9)
        #expect(d?.message == "dit item springt anders in dan het item erboven: regel 8 '  - Teken een lijn.', regel 9 ' - Zet de jaren erop.'")
        #expect(d?.hint == "laat regel 9 2 spaties inspringen, net als regel 8: '  - Zet de jaren erop.'")
    }

    @Test func aKeyIndentedUnderAKeyWithText() async {
        let d = await error(["type: werkkaart", "titel: Een tijdlijn maken", "  nummer: 3", "doel: Samen zien wat er gebeurde."])
        #expect(d?.code == "yaml-key-indentation")
        #expect(d?.line == 4)
        #expect(d?.column == 3)
        #expect(d?.message == "deze sleutel springt anders in dan de sleutel erboven: regel 3 'titel: Een tijdlijn maken', regel 4 '  nummer: 3'")
        #expect(d?.hint == "zet regel 4 vooraan, zonder spaties, net als regel 3: 'nummer: 3'")
    }

    @Test func aColonInsideAText() async {
        let d = await error(["type: werkkaart", "titel: Tijdlijn: samen terugkijken", "nummer: 3"])
        #expect(d?.code == "yaml-colon-in-text")
        #expect(d?.line == 3)
        #expect(d?.message == "de tekst van 'titel' op regel 3 bevat ': ', en YAML leest dat als een nieuwe sleutel")
        #expect(d?.hint == "zet de tekst tussen aanhalingstekens: 'titel: \"Tijdlijn: samen terugkijken\"'")
    }

    @Test func aColonInsideAListItemsText() async {
        let d = await error(card + ["vragen:", "  - id: tijdlijn-1", "    tekst: Let op: wat zien we?", "    doelgroep: professional"])
        #expect(d?.code == "yaml-colon-in-text")
        #expect(d?.line == 9)
        #expect(d?.hint == "zet de tekst tussen aanhalingstekens: '    tekst: \"Let op: wat zien we?\"'")
    }

    @Test func noSpaceAfterTheDash() async {
        let d = await error(card + ["stappen:", "  - Teken een lijn.", "  -Zet de jaren erop."])
        #expect(d?.code == "yaml-missing-space-after-dash")
        #expect(d?.line == 9)
        #expect(d?.message == "op regel 9 ontbreekt de spatie na het streepje")
        #expect(d?.hint == "schrijf '- Zet de jaren erop.'")
    }

    @Test func noSpaceAfterTheColon() async {
        let d = await error(["type: werkkaart", "titel:Een tijdlijn maken", "nummer: 3"])
        #expect(d?.code == "yaml-missing-space-after-colon")
        #expect(d?.line == 3)
        #expect(d?.message == "op regel 3 ontbreekt de spatie na 'titel:'")
        #expect(d?.hint == "schrijf 'titel: Een tijdlijn maken'")
    }

    @Test func aListLineWithoutItsDash() async {
        let d = await error(card + ["stappen:", "  - Teken een lijn.", "  Zet de jaren erop."])
        #expect(d?.code == "yaml-missing-dash")
        #expect(d?.line == 9)
        #expect(d?.message == "regel 9 staat in een lijst maar begint niet met '- '")
        #expect(d?.hint == "schrijf '  - Zet de jaren erop.'")
    }

    @Test func aTextStartingWithACharacterYAMLReadsItself() async {
        let d = await error(["type: werkkaart", "titel: *Let op* de tijd", "nummer: 3"])
        #expect(d?.code == "yaml-special-first-character")
        #expect(d?.line == 3)
        #expect(d?.message == "de tekst van 'titel' op regel 3 begint met '*', en dat teken betekent in YAML iets anders")
        #expect(d?.hint == "zet de tekst tussen aanhalingstekens: 'titel: \"*Let op* de tijd\"'")
    }

    @Test func aQuoteInsideQuotes() async {
        let d = await error(["type: werkkaart", "titel: \"Zeg \"ja\" tegen de tijd\"", "nummer: 3"])
        #expect(d?.code == "yaml-quote-inside-quotes")
        #expect(d?.line == 3)
        #expect(d?.message == "de tekst op regel 3 staat tussen \" en bevat zelf ook een \", zodat hij te vroeg ophoudt")
        #expect(d?.hint == "zet de tekst tussen de andere soort aanhalingstekens: 'titel: 'Zeg \"ja\" tegen de tijd''")
    }

    @Test func textAfterTheClosingQuote() async {
        let d = await error(["type: werkkaart", "titel: \"Tijd\" voor elkaar", "nummer: 3"])
        #expect(d?.code == "yaml-quote-inside-quotes")
        #expect(d?.line == 3)
        #expect(d?.hint == "zet de tekst tussen de andere soort aanhalingstekens: 'titel: '\"Tijd\" voor elkaar''")
    }

    @Test func anUnclosedQuote() async {
        let d = await error(["type: werkkaart", "titel: \"Een tijdlijn maken", "nummer: 3"])
        #expect(d?.code == "yaml-unclosed-quote")
        #expect(d?.line == 3)
        #expect(d?.column == 8)
        #expect(d?.message == "de tekst op regel 3 begint met \" maar wordt niet afgesloten")
        #expect(d?.hint == "zet aan het eind van de tekst ook een \"")
    }

    @Test func anUnclosedBracket() async {
        let d = await error(["type: werkkaart", "titel: Een tijdlijn maken", "bronnen: [nji", "nummer: 3"])
        #expect(d?.code == "yaml-unclosed-bracket")
        #expect(d?.line == 4)
        #expect(d?.message == "de lijst op regel 4 begint met '[' maar sluit niet af met ']'")
    }

    /// The site configuration is read the same way.
    @Test func theConfigurationToo() {
        let yaml = "naam: Spiegel\norganisatie: Gemeente: Utrecht\n"
        do {
            _ = try Yams.compose(yaml: yaml)
            Issue.record("the YAML was read")
        } catch {
            let d = YAMLProblem.diagnostic(error, yaml: yaml, file: "spiegel.yml", subject: .configuration)
            #expect(d.line == 2)
            #expect(d.message == "de tekst van 'organisatie' op regel 2 bevat ': ', en YAML leest dat als een nieuwe sleutel")
        }
    }
}
