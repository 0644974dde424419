import Foundation
import Pipeline
import Testing
@testable import Content
@testable import Site

/// Worksheets as a trainer meets them: one per tension field and work card carrying all their
/// questions with room to write, the model sheets, composed sheets, and the links to them.
@Suite struct WorksheetTests {
    /// The knowledge base built once, without PDFs.
    static func realSite() async -> URL {
        await Shared.shared.value("WorksheetTests.realSite") {
            let out = SiteFixture.scratch().appendingPathComponent("site")
            let report = await BuildPipeline(options: SiteFixture.realOptions(output: out.path)).run()
            precondition(report.succeeded, "\(report.diagnostics.map(\.formatted))")
            return out
        }
    }
    static func realGraph() async -> ContentGraph {
        await Shared.shared.value("realGraph") { await loadContent(SiteFixture.realContent).graph }
    }

    private func sheet(_ id: String) async -> String { SiteFixture.text("werkbladen/\(id).html", in: await Self.realSite()) }

    /// The question's text followed by its own writing space, named after the question.
    private func carries(_ html: String, question: Entity) -> Bool {
        guard case .question(let q) = question.kind, let text = html.range(of: SiteFixture.escaped(q.text)) else { return false }
        let rest = html[text.upperBound...]
        guard let area = rest.range(of: "<textarea") else { return false }
        let tag = rest[area.lowerBound...].prefix { $0 != ">" }
        return tag.contains("name=\"\(GeneratedWorksheetIDs.sheet(for: question.parent ?? ""))__\(question.id)\"")
            || tag.contains("__\(question.id)\"")
    }

    @Test func everyTensionFieldSheetCarriesEveryOneOfItsQuestionsWithRoomToWrite() async {
        let fields = (await Self.realGraph()).entities(of: .tensionField)
        #expect(fields.count == 6)
        for field in fields {
            let html = await sheet(GeneratedWorksheetIDs.sheet(for: field.id))
            #expect(html.contains("<svg class=\"pole-line\""), "\(field.id): no pole line")
            guard case .tensionField(let tension) = field.kind else { continue }
            for pole in tension.poles { #expect(html.contains(SiteFixture.escaped(pole.name)), "\(field.id): pole \(pole.name) missing") }
            let questions = (await Self.realGraph()).questions(of: field.id)
            #expect(!questions.isEmpty)
            for question in questions {
                #expect(carries(html, question: question), "\(field.id): question \(question.id) missing or without writing space")
            }
            // The closing question names this field's own poles, so no two sheets end alike.
            #expect(html.contains(SiteFixture.escaped("Wat zou mij helpen om tussen ‘\(tension.poles[0].name)’ en ‘\(tension.poles[1].name)’ op te schuiven")))
            #expect(html.components(separatedBy: "<textarea").count - 1 == questions.count + 1)
        }
    }

    @Test func questionsAreGroupedByAudience() async {
        let html = await sheet("werkblad-doorgaan-en-vertragen")
        let everyone = html.range(of: "<h2>Voor iedereen</h2>"), directors = html.range(of: "<h2>Voor bestuurders en beleidsmakers</h2>")
        #expect(everyone != nil && directors != nil)
        // Question 11 is for directors, so it follows their heading.
        if let directors, let eleven = html.range(of: "doorgaan-en-vertragen-11-vraag") {
            #expect(directors.lowerBound < eleven.lowerBound)
        }
    }

    @Test func everyWorkCardSheetHasPurposeChecklistQuestionsAndNotes() async {
        for card in (await Self.realGraph()).entities(of: .workCard) {
            guard case .workCard(let workCard) = card.kind else { continue }
            let html = await sheet(GeneratedWorksheetIDs.sheet(for: card.id))
            #expect(html.contains(SiteFixture.escaped(workCard.purpose)), "\(card.id): purpose missing")
            for item in workCard.preparation {
                #expect(html.contains("<input type=\"checkbox\""), "\(card.id): no checklist")
                #expect(html.contains(SiteFixture.escaped(item)), "\(card.id): preparation item missing")
            }
            for question in (await Self.realGraph()).questions(of: card.id) {
                #expect(carries(html, question: question), "\(card.id): question \(question.id) missing")
            }
            #expect(html.contains("Aantekeningen bij de sessie"))
        }
    }

    @Test func thePlateauSheetIsAGridOfAreasAndPlateausThatSaysHigherIsNotBetter() async {
        let html = await sheet("werkblad-plateaus")
        #expect(html.contains("Hoger is niet beter"))
        let areas = (await Self.realGraph()).entities(of: .organisationArea), plateaus = (await Self.realGraph()).entities(of: .plateau)
        #expect(areas.count == 5 && plateaus.count == 5)
        for area in areas {
            #expect(html.contains("<th scope=\"row\">\(SiteFixture.escaped(area.title))</th>"))
            #expect(html.components(separatedBy: "name=\"werkblad-plateaus__b2-\(area.id)-nu\"").count - 1 == 5)
            #expect(html.components(separatedBy: "name=\"werkblad-plateaus__b2-\(area.id)-ambitie\"").count - 1 == 5)
        }
        for plateau in plateaus { #expect(html.contains(SiteFixture.escaped(plateau.title))) }
    }

    @Test func theQuadrantSheetAsksTheTwoQuestionsAndShowsWhatFollows() async {
        let html = await sheet("werkblad-kwadranten")
        for dimension in (await Self.realGraph()).entities(of: .dimension) {
            guard case .dimension(let d) = dimension.kind else { continue }
            #expect(html.contains(SiteFixture.escaped(d.axisQuestion)))
        }
        #expect(html.contains("<svg class=\"quadrant-grid\""))
        for quadrant in (await Self.realGraph()).entities(of: .quadrant) {
            guard case .quadrant(let q) = quadrant.kind else { continue }
            #expect(html.contains(">\(q.roman)</text>"), "quadrant \(q.roman) not in the diagram")
            #expect(html.contains(SiteFixture.escaped(q.conclusion)))
        }
    }

    @Test func thePhasesSheetListsEverySubcategoryToTick() async {
        let html = await sheet("werkblad-fasen")
        for phase in (await Self.realGraph()).entities(of: .phase) {
            guard case .phase(let p) = phase.kind else { continue }
            for part in p.parts {
                #expect(html.contains("name=\"werkblad-fasen__b1-\(part.id)\""), "\(part.id) cannot be ticked")
                #expect(html.contains(SiteFixture.escaped(part.title)))
            }
        }
    }

    @Test func everyEntityPageLinksToItsWorksheet() async {
        for field in (await Self.realGraph()).entities(of: .tensionField) + (await Self.realGraph()).entities(of: .workCard) {
            let page = SiteFixture.text(field.url, in: await Self.realSite())
            #expect(page.contains("<a href=\"../werkbladen/\(GeneratedWorksheetIDs.sheet(for: field.id)).html\">Werkblad afdrukken</a>"), "\(field.id)")
        }
        for (url, sheet) in [("plateaus/doelgericht.html", "werkblad-plateaus"), ("kwadranten/kwadrant-2.html", "werkblad-kwadranten"),
                             ("fasen/urgentie.html", "werkblad-fasen"), ("fasen/index.html", "werkblad-fasen")] {
            #expect(SiteFixture.text(url, in: await Self.realSite()).contains("href=\"../werkbladen/\(sheet).html\">Werkblad afdrukken</a>"), "\(url)")
        }
        // A composed sheet is offered on the pages whose content it carries.
        #expect(SiteFixture.text("werkkaarten/tijdlijn.html", in: await Self.realSite())
            .contains("href=\"../werkbladen/vertragen-met-een-tijdlijn.html\">Werkblad: Samen vertragen met een tijdlijn</a>"))
        // A sheet with a case's questions says whose case it is.
        #expect(SiteFixture.text("werkbladen/gezin-van-dalen-bespreken.html", in: await Self.realSite())
            .contains("Bij de casus: Het gezin Van Dalen, uit "))
        // The case's source is named once, in that line, not again as the questions' source.
        #expect(!SiteFixture.text("werkbladen/gezin-van-dalen-bespreken.html", in: await Self.realSite()).contains("Bron van deze vragen"))
    }

    @Test func theOverviewSaysWhatEachSheetIsForAndWhomItAddresses() async {
        let overview = SiteFixture.text("werkbladen/index.html", in: await Self.realSite())
        let catalog = WorksheetCatalog(graph: await Self.realGraph(), strings: .dutch)
        // Tension fields, work cards, models, composed sheets, and the three templates to draw on.
        let sheetCount: Int = 6 + 8 + 3 + 4 + 3
        #expect(catalog.sheets.count == sheetCount)
        for sheet in catalog.sheets {
            #expect(overview.contains("<a href=\"\(sheet.id).html\">\(SiteFixture.escaped(sheet.title))</a>"), "\(sheet.id) not listed")
            #expect(overview.contains(SiteFixture.escaped(sheet.purpose)))
        }
        // Whom each sheet is for, as a sentence rather than a list of tags.
        #expect(overview.contains("Voor iedereen, met eigen vragen voor"))
        #expect(!overview.contains("Voor: "))
        #expect(overview.contains("href=\"werkboek.html\""))
        #expect(!overview.contains(".pdf\""), "no PDFs were built, so none may be linked")
        #expect(SiteFixture.text("index.html", in: await Self.realSite()).contains("href=\"werkbladen/index.html\">Werkbladen</a>"))
    }

    @Test func answersStayOnTheDevice() async {
        let html = await sheet("werkblad-tijdlijn")
        #expect(html.contains("data-action=\"clear\" hidden>Wis mijn antwoorden</button>"))
        #expect(html.contains("localStorage"))
        let script = String(html[html.range(of: "<script>")!.lowerBound...])
        for sender in ["fetch(", "XMLHttpRequest", "sendBeacon", "WebSocket", "http:", "https:", "<form"] {
            #expect(!script.contains(sender), "the answers script must not send anything (\(sender))")
        }
        // Every field can be kept: it has a name and is marked as an answer.
        let markup = String(html[..<html.range(of: "<script>")!.lowerBound])
        let fields = markup.components(separatedBy: "<textarea").count - 1 + markup.components(separatedBy: "<input").count - 1
        #expect(markup.components(separatedBy: "data-answer").count - 1 == fields)
    }

    @Test func printCSSIsA4WithoutNavigationAndWithAFooter() async {
        let css = SiteFixture.text("werkblad.css", in: await Self.realSite())
        #expect(css.contains("size: A4 portrait"))
        #expect(css.contains(".sheet-bar { display: none; }"))
        let html = await sheet("werkblad-doorgaan-en-vertragen")
        #expect(html.contains("@page { @bottom-left { content: \"Tussen doorgaan en vertragen\\A Bron: "))
        // No basis-url in the repository's spiegel.yml: the footer names the site, not a file path.
        #expect(html.contains("\\A Uit: Spiegel\"; } }"))
    }

    @Test func theBookletHoldsEverySheetAfterACoverAndContents() async {
        let booklet = SiteFixture.text("werkbladen/werkboek.html", in: await Self.realSite())
        #expect(booklet.contains("<h1>Werkboek</h1>"))
        for sheet in WorksheetCatalog(graph: await Self.realGraph(), strings: .dutch).sheets {
            #expect(booklet.contains("<li><a href=\"#\(sheet.id)\">"))
            #expect(booklet.contains("<article class=\"sheet\" id=\"\(sheet.id)\" style=\"page: sheet-\(sheet.id)\">"))
            // A template to draw on turns its own pages to A3 landscape, and only those.
            let size = sheet.paper == .a3Landscape ? "size: A3 landscape; " : ""
            #expect(booklet.contains("@page sheet-\(sheet.id) { \(size)@bottom-left"))
        }
    }

    @Test func aComposedSheetCarriesItsBlocksInOrder() async throws {
        let out = SiteFixture.scratch().appendingPathComponent("site")
        #expect(await BuildPipeline(options: SiteFixture.options(output: out.path)).run().succeeded)
        let html = SiteFixture.text("werkbladen/sessie.html", in: out)
        let order = ["Lees eerst de casus.", "<svg class=\"pole-line\"", "<h2>Stappen · Een tijdlijn maken</h2>", "Teken een lijn.",
                     "<h2>Twee vragen</h2>", "Wat doe je als wachtlijsten groeien?", "Wat zien we?", "<h2>Afspraken</h2>"]
        var position = html.startIndex
        for piece in order {
            let found = try #require(html.range(of: piece, range: position..<html.endIndex), "\(piece) missing or out of order")
            position = found.upperBound
        }
        #expect(html.contains("style=\"height: 16mm\""))  // schrijfruimte: 2
    }

    @Test func graphJSONListsWorksheetsWithWhatTheyCarry() async throws {
        let data = try Data(contentsOf: (await Self.realSite()).appendingPathComponent("graph.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let sheets = (json["entities"] as? [[String: Any]] ?? []).filter { $0["type"] as? String == "werkblad" }
        #expect(sheets.count == 24)
        let byID = Dictionary(uniqueKeysWithValues: sheets.map { ($0["id"] as! String, $0) })
        let field = try #require(byID["werkblad-doorgaan-en-vertragen"])
        #expect(field["url"] as? String == "werkbladen/werkblad-doorgaan-en-vertragen.html")
        #expect((field["links"] as? [String])?.first == "doorgaan-en-vertragen")
        #expect((field["links"] as? [String])?.contains("doorgaan-en-vertragen-11") == true)
        #expect(field["pdf"] == nil)
        let composed = try #require(byID["vertragen-met-een-tijdlijn"])
        #expect(Set(composed["links"] as? [String] ?? []) == ["doorgaan-en-vertragen", "tijdlijn", "tijdlijn-1", "tijdlijn-2",
                                                              "doorgaan-en-vertragen-5", "doorgaan-en-vertragen-6", "doorgaan-en-vertragen-10"])
    }

    @Test func aComposedSheetWithAnUnknownIdFailsTheBuildWithFileAndLine() async throws {
        let scratch = SiteFixture.scratch()
        let content = scratch.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: SiteFixture.content, toPath: content.path)
        try "---\ntype: werkblad\ntitel: Kapot\ndoel: Iets.\nblokken:\n  - vragen: [doorgaan-1, doorgaan-7]\n---\nTekst.\n"
            .write(to: content.appendingPathComponent("werkbladen/kapot.md"), atomically: true, encoding: .utf8)
        let report = await BuildPipeline(options: SiteFixture.options(content: content.path, output: scratch.appendingPathComponent("site").path)).run()
        #expect(!report.succeeded)
        let d = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(d.file.hasSuffix("werkbladen/kapot.md"))
        #expect(d.line == 6)
        #expect(d.formatted.hasPrefix("\(d.file):6:26: fout: 'vragen' noemt 'doorgaan-7'"))
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("site").path))
    }

    @Test func withoutWeasyPrintPDFFailsWithAnInstallHintAndStillBuildsTheHTML() async throws {
        let scratch = SiteFixture.scratch()
        let out = scratch.appendingPathComponent("site")
        var options = SiteFixture.options(output: out.path)
        options.pdf = true
        options.printEngineSearchPath = scratch.path  // an empty folder: no weasyprint, no python3
        let report = await BuildPipeline(options: options).run()
        #expect(!report.succeeded)
        #expect(report.siteWritten)
        let d = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(d.message.hasPrefix("voor --pdf is WeasyPrint nodig"))
        #expect(d.hint?.contains("pip install weasyprint") == true)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("werkbladen/werkblad-doorgaan.html").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("werkbladen/werkblad-doorgaan.pdf").path))
        #expect(!SiteFixture.text("werkbladen/index.html", in: out).contains(".pdf"))
    }

    /// On paper the footer names the sheet's web address only when the site says where it is
    /// published (never a file path), and the date of the newest content the sheet is made of.
    @Test func thePrintedFooterNamesTheWebAddressAndTheContentDate() async throws {
        let graph = await Self.realGraph()
        let catalog = WorksheetCatalog(graph: graph, strings: .dutch)
        let sheet = try #require(catalog.sheet("werkblad-tijdlijn"))
        let published = SiteConfig(baseURL: "https://leren.voorbeeld.nl/")
        #expect(PrintFooter.text(for: sheet, config: published, strings: .dutch).contains("Uit: Spiegel, https://leren.voorbeeld.nl/werkbladen/werkblad-tijdlijn.html"))
        #expect(!PrintFooter.text(for: sheet, config: SiteConfig(), strings: .dutch).contains(".html"))

        // The card's file changed on 3 March 2025, another card's later: only the sheet's own count.
        let march = Date(timeIntervalSince1970: 1_740_960_000), june = Date(timeIntervalSince1970: 1_750_000_000)
        let card = try #require(graph.entity("tijdlijn")), other = try #require(graph.entity("kunst"))
        func context(_ dates: [String: Date]) -> WorksheetContext {
            WorksheetContext(graph: graph, config: SiteConfig(), strings: .dutch, withPDFs: true, history: GitHistory(lastChange: dates))
        }
        let date = try #require(context([card.sourcePath: march, other.sourcePath: june]).contentDate(of: sheet))
        #expect(date == march)
        // A composed sheet is as new as the newest of its own file and what it carries.
        let composed = try #require(catalog.sheet("vertragen-met-een-tijdlijn"))
        let own = try #require(graph.entity("vertragen-met-een-tijdlijn"))
        #expect(context([own.sourcePath: march, card.sourcePath: june]).contentDate(of: composed) == june)
        #expect(PrintFooter.text(for: sheet, config: SiteConfig(), strings: .dutch, contentDate: date).contains("inhoud van 3 maart 2025"))
    }
}
