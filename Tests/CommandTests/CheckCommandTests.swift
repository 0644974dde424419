import Foundation
import Testing

/// `spiegel check` as editors and CI use it: the JSON for each kind of problem, the exit codes.
@Suite struct CheckCommandTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let files: [(String, String)]
        let file: String
        let line: Int
        let column: Int
        let severity: String
        let message: String
        /// The kind of problem, for scripts: it stays when the wording changes.
        let code: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "broken link",
             files: [("content/index.md", "---\ntype: pagina\ntitel: Start\n---\nZie [x](werkkaarten/tijdlijm.md) en [d](spanningsvelden/doorgaan.md).\n")],
             file: "content/index.md", line: 5, column: 9, severity: "error", message: "kapotte link: er is geen bestand 'werkkaarten/tijdlijm.md'", code: "broken-link"),
        Case(name: "broken anchor",
             files: [("content/index.md", "---\ntype: pagina\ntitel: Start\n---\nZie [d](spanningsvelden/doorgaan.md#pollen).\n")],
             file: "content/index.md", line: 5, column: 9, severity: "error", message: "op 'doorgaan' staat geen kopje of vraag '#pollen'", code: "missing-anchor"),
        Case(name: "unknown type",
             files: [("content/x.md", "---\ntype: werkaart\ntitel: X\n---\n")],
             file: "content/x.md", line: 2, column: 7, severity: "error", message: "onbekend type 'werkaart'", code: "unknown-type"),
        Case(name: "unknown key",
             files: [("content/bronnen/nji.md", "---\ntype: bron\ntitel: T\nauteur: A\njaartal: 2020\n---\nTekst.\n")],
             file: "content/bronnen/nji.md", line: 5, column: 1, severity: "error", message: "onbekende sleutel 'jaartal' in deze bron", code: "unknown-key"),
        Case(name: "wrongly typed value",
             files: [("content/bronnen/nji.md", "---\ntype: bron\ntitel: T\nauteur: A\njaar: twintig\n---\nTekst.\n")],
             file: "content/bronnen/nji.md", line: 5, column: 7, severity: "error", message: "'jaar' moet een heel getal zijn", code: "not-whole-number"),
        Case(name: "missing required key",
             files: [("content/bronnen/nji.md", "---\ntype: bron\ntitel: T\n---\nTekst.\n")],
             file: "content/bronnen/nji.md", line: 2, column: 1, severity: "error", message: "de sleutel 'auteur' ontbreekt in deze bron", code: "missing-key"),
        Case(name: "duplicate id",
             files: [("content/bronnen/kopie.md", "---\ntype: bron\nid: nji\ntitel: Kopie\nauteur: A\n---\n")],
             file: "content/bronnen/nji.md", line: 2, column: 1, severity: "error", message: "de id 'nji' komt twee keer voor: content/bronnen/kopie.md:2 heeft hem ook", code: "duplicate-id"),
        Case(name: "reference to an unknown id",
             files: [("content/spanningsvelden/doorgaan.md", "---\ntype: spanningsveld\ntitel: T\nnummer: 4\npolen:\n  - naam: a\n  - naam: b\nwerkkaarten: [tijdlijm]\n---\n[t](../werkkaarten/tijdlijn.md)\n\n## Polen\n")],
             file: "content/spanningsvelden/doorgaan.md", line: 8, column: 15, severity: "error", message: "'werkkaarten' noemt 'tijdlijm', maar niets in de kennisbank heeft die id", code: "unknown-reference"),
        Case(name: "reference to the wrong type",
             files: [("content/index.md", "---\ntype: pagina\ntitel: Start\nbronnen: [tijdlijn]\n---\n[d](spanningsvelden/doorgaan.md)\n")],
             file: "content/index.md", line: 4, column: 11, severity: "error", message: "'tijdlijn' is een werkkaart, maar onder 'bronnen' horen alleen ids van een bron", code: "wrong-reference-type"),
        Case(name: "invalid UTF-8",
             files: [("content/latin.md", "---\ntype: pagina\ntitel: Caf\u{FFFD}\n---\n")],
             file: "content/latin.md", line: 3, column: 11, severity: "error", message: "het bestand is niet opgeslagen als UTF-8", code: "file-not-utf8"),
        Case(name: "invalid YAML",
             files: [("content/yaml.md", "---\ntype: pagina\ntitel: [open\n---\n")],
             file: "content/yaml.md", line: 3, column: 8, severity: "error", message: "de lijst op regel 3 begint met '[' maar sluit niet af met ']'", code: "yaml-unclosed-bracket"),
        Case(name: "no front matter",
             files: [("content/kaal.md", "Alleen tekst.\n")],
             file: "content/kaal.md", line: 1, column: 1, severity: "warning", message: "het bestand heeft geen kop, dus Spiegel maakt er geen pagina van", code: "front-matter-missing"),
        Case(name: "missing picture",
             files: [("content/werkkaarten/tijdlijn-muur.png", "png"),
                     ("content/index.md", "---\ntype: pagina\ntitel: Start\n---\n[d](spanningsvelden/doorgaan.md)\n\n![Tijdlijn](werkkaarten/tijdlijn-mur.png)\n")],
             file: "content/index.md", line: 7, column: 13, severity: "error",
             message: "kapotte link: er is geen bestand 'werkkaarten/tijdlijn-mur.png'", code: "broken-link"),
        Case(name: "picture without description",
             files: [("content/foto.jpg", "jpg"),
                     ("content/index.md", "---\ntype: pagina\ntitel: Start\n---\n[d](spanningsvelden/doorgaan.md) ![](foto.jpg)\n")],
             file: "content/index.md", line: 5, column: 38, severity: "error",
             message: "de afbeelding 'foto.jpg' heeft geen beschrijving (alt-tekst)", code: "image-without-alt"),
        Case(name: "attachment of a kind not allowed",
             files: [("content/setup.exe", "MZ"),
                     ("content/index.md", "---\ntype: pagina\ntitel: Start\n---\n[d](spanningsvelden/doorgaan.md) [installeer](setup.exe)\n")],
             file: "content/index.md", line: 5, column: 47, severity: "error",
             message: "de link 'setup.exe' wijst naar een .exe-bestand", code: "attachment-kind-not-allowed"),
        Case(name: "markdown under another name",
             files: [("content/werkkaarten/Geno.MD", "---\ntype: pagina\ntitel: Geno\n---\n")],
             file: "content/werkkaarten/Geno.MD", line: 1, column: 1, severity: "warning",
             message: "'Geno.MD' lijkt een pagina, maar Spiegel leest het niet", code: "not-read-as-markdown"),
        Case(name: "unsafe id",
             files: [("content/q.md", "---\ntype: pagina\nid: Mijn Pagina\ntitel: Q\n---\n"),
                     ("content/index.md", "---\ntype: pagina\ntitel: Start\nverwant: [Mijn Pagina]\n---\n[d](spanningsvelden/doorgaan.md)\n")],
             file: "content/q.md", line: 3, column: 5, severity: "error", message: "'Mijn Pagina' kan geen id zijn", code: "invalid-id"),
        Case(name: "a tension field without two poles",
             files: [("content/spanningsvelden/doorgaan.md", "---\ntype: spanningsveld\ntitel: T\nnummer: 4\npolen:\n  - naam: alleen\nwerkkaarten: [tijdlijn]\n---\n## Polen\n")],
             file: "content/spanningsvelden/doorgaan.md", line: 6, column: 3, severity: "error", message: "een spanningsveld heeft precies twee polen, hier staat er 1", code: "pole-count"),
        Case(name: "unknown audience",
             files: [("content/over.md", "---\ntype: pagina\ntitel: Over\nvragen:\n  - id: over-1\n    tekst: Waarom?\n    doelgroep: leerling\n    herkomst: eigen\n---\n"),
                     ("content/index.md", "---\ntype: pagina\ntitel: Start\n---\n[d](spanningsvelden/doorgaan.md) [o](over.md)\n")],
             file: "content/over.md", line: 7, column: 16, severity: "error", message: "onbekende doelgroep 'leerling'", code: "unknown-audience"),
        Case(name: "a quadrant naming a value its dimension lacks",
             files: [("content/dimensies/vraag.md", "---\ntype: dimensie\ntitel: Vraag\nnummer: 1\nasvraag: Wat?\nwaarden:\n  - id: enkelvoudig\n    label: Enkelvoudig\n---\n[k](../kwadranten/een.md)\n"),
                     ("content/kwadranten/een.md", "---\ntype: kwadrant\ntitel: Een\nnummer: 1\nwaarden:\n  vraag: meervoudig\nsamenwerking-tussen-gemeenten: nee\nsamenwerking-faciliteren: nee\nconclusie: Niets.\n---\n[d](../dimensies/vraag.md)\n")],
             file: "content/kwadranten/een.md", line: 6, column: 10, severity: "error", message: "dimensie 'vraag' heeft geen waarde 'meervoudig'", code: "unknown-dimension-value"),
        Case(name: "a broken template",
             files: [("templates/pagina.mustache", "<article>\n{{#page.title}}\n</article>\n")],
             file: "templates/pagina.mustache", line: 2, column: 1, severity: "error", message: "de sectie 'page.title' wordt nergens gesloten", code: "template-section-never-closed"),
        Case(name: "an unknown setting",
             files: [("spiegel.yml", "naam: Test\nnaaam: Fout\n")],
             file: "spiegel.yml", line: 2, column: 1, severity: "error", message: "onbekende instelling 'naaam'", code: "unknown-setting"),
        Case(name: "a page nothing links to",
             files: [("content/wees.md", "---\ntype: pagina\ntitel: Wees\n---\nNiemand wijst hierheen.\n")],
             file: "content/wees.md", line: 2, column: 1, severity: "warning", message: "geen enkele pagina linkt naar 'wees'", code: "orphan-page"),
        Case(name: "a question without audience",
             files: [("content/over.md", "---\ntype: pagina\ntitel: Over\nvragen:\n  - id: over-1\n    tekst: Waarom?\n    herkomst: eigen\n---\n"),
                     ("content/index.md", "---\ntype: pagina\ntitel: Start\n---\n[d](spanningsvelden/doorgaan.md) [o](over.md)\n")],
             file: "content/over.md", line: 5, column: 5, severity: "warning", message: "deze vraag heeft geen 'doelgroep'", code: "question-without-audience"),
        Case(name: "a source cited nowhere",
             files: [("content/bronnen/los.md", "---\ntype: bron\ntitel: Los\nauteur: Iemand\n---\n")],
             file: "content/bronnen/los.md", line: 2, column: 1, severity: "warning", message: "bron 'los' wordt nergens genoemd", code: "source-not-cited"),
        Case(name: "a link to a draft",
             files: [("content/kladje.md", "---\ntype: pagina\ntitel: Kladje\nconcept: ja\n---\nNog niet af.\n"),
                     ("content/index.md", "---\ntype: pagina\ntitel: Start\n---\n[d](spanningsvelden/doorgaan.md) en [k](kladje.md)\n")],
             file: "content/index.md", line: 5, column: 41, severity: "error",
             message: "dit verwijst naar 'kladje', en dat is nog een concept ('concept: ja' in content/kladje.md)", code: "link-to-draft"),
        Case(name: "a very long paragraph",
             files: [("content/index.md", "---\ntype: pagina\ntitel: Start\n---\n[d](spanningsvelden/doorgaan.md) " + String(repeating: "Een zin die maar doorgaat. ", count: 80) + "\n")],
             file: "content/index.md", line: 5, column: 1, severity: "warning", message: "een alinea is", code: "long-paragraph"),
    ]

    @Test(arguments: cases)
    func reportsEachKindOfProblemAsJSON(_ example: Case) throws {
        let site = ScratchSite()
        for (path, text) in example.files {
            // The UTF-8 case needs a Latin-1 byte where the replacement character stands.
            if example.name == "invalid UTF-8" {
                site.write(path, Data(text.utf8).replacing(Data("\u{FFFD}".utf8), with: Data([0xE9])))
            } else {
                site.write(path, text)
            }
        }
        let result = try site.spiegel("check", "--format", "json")
        #expect(result.status == (example.severity == "error" ? 1 : 0), "\(result.stdout)\(result.stderr)")
        let diagnostics = try Self.decode(result.stdout)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        let d = try #require(diagnostics.first)
        #expect(d["file"] as? String == example.file)
        #expect(d["line"] as? Int == example.line)
        #expect(d["column"] as? Int == example.column)
        #expect(d["severity"] as? String == example.severity)
        #expect((d["message"] as? String)?.contains(example.message) == true, "\(d["message"] ?? "")")
        #expect(d["code"] as? String == example.code)
        #expect(Set(d.keys) == ["file", "line", "column", "severity", "code", "message", "hint"])
        if example.severity == "warning" {
            #expect(try site.spiegel("check", "--strict").status == 1)
        }
    }

    @Test func cleanContentExitsZeroAndPrintsAnEmptyList() throws {
        let site = ScratchSite()
        let json = try site.spiegel("check", "--format", "json")
        #expect(json.status == 0)
        #expect(try Self.decode(json.stdout).isEmpty)
        // Off a terminal a clean check is silent, so hooks and CI logs stay short.
        let text = try site.spiegel("check")
        #expect(text.status == 0)
        #expect(text.stdout.isEmpty && text.stderr.isEmpty)
    }

    @Test func textOutputNamesPathLineAndColumnWithAHint() throws {
        let site = ScratchSite()
            .write("content/index.md", "---\ntype: pagina\ntitel: Start\n---\nZie [x](werkkaarten/tijdlijm.md) en [d](spanningsvelden/doorgaan.md).\n")
        let result = try site.spiegel("check")
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/index.md:5:9: fout: kapotte link: er is geen bestand 'werkkaarten/tijdlijm.md' in de map content\n    tip: bedoel je 'werkkaarten/tijdlijn.md'?"))
        #expect(result.stderr.contains("1 fout, 0 waarschuwingen"))
    }

    @Test func jsonHintIsNullWhenThereIsNone() throws {
        let site = ScratchSite().write("content/bronnen/nji.md", "---\ntype: bron\ntitel: T\n---\nTekst.\n")
        let result = try site.spiegel("check", "--format", "json")
        #expect(result.stdout.contains("\"hint\" : \"voeg een regel 'auteur: …' toe\""))
        let site2 = ScratchSite().write("content/index.md", "---\ntype: pagina\ntitel: Start\nsamenvatting: [a, b]\n---\n[d](spanningsvelden/doorgaan.md)\n")
        let entries = try Self.decode(try site2.spiegel("check", "--format", "json").stdout)
        #expect(entries.first?["hint"] is NSNull)
    }

    @Test func wrongUseExitsTwo() throws {
        let site = ScratchSite()
        #expect(try site.spiegel("check", "--format", "xml").status == 2)
        let unknown = try site.spiegel("check", "--no-such-flag")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("fout: zo werkt dit commando niet: de optie '--no-such-flag' bestaat niet\ngebruik: spiegel check ["))
        #expect(unknown.stderr.hasSuffix("meer uitleg: spiegel check --help\n"))
        let format = try site.spiegel("check", "--format", "xml")
        #expect(format.stderr.hasPrefix("fout: zo werkt dit commando niet: 'xml' kan niet bij '--format <format>'\n"))
        #expect(format.stderr.contains("uitleg: --format <format>  text (bestand:regel:kolom: fout: melding; de standaard) of json."))
        #expect(try site.spiegel("check", "--help").stdout.contains("Controleer de inhoud zoals het bouwen dat doet"))
    }

    @Test func checkWritesNothing() throws {
        let site = ScratchSite()
        let before = try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted()
        _ = try site.spiegel("check")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted() == before)
    }

    static func decode(_ stdout: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any]
        return try #require(object?["diagnostics"] as? [[String: Any]], "not the expected JSON: \(stdout)")
    }
}
