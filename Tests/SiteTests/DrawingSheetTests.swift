import Foundation
import Testing
@testable import Content
@testable import Site

/// The templates to draw on: the timeline in its two layouts and the geno-sociogram, printed on
/// A3 landscape with what a group needs to start drawing.
@Suite(.enabled("WeasyPrint or poppler-utils (pdfinfo, pdftotext) is not installed; run 'make pdf-deps'") { await PDFTools.available() })
struct DrawingSheetTests {
    static let timelines = [GeneratedWorksheetIDs.timelineCase, GeneratedWorksheetIDs.timelineCooperation]

    private func pdf(_ id: String) async -> URL {
        await WorksheetPDFTests.build().site.appendingPathComponent("werkbladen/\(id).pdf")
    }

    @Test func bothTimelinesPrintOnOneA3LandscapePageWithTheirTwoSides() async throws {
        let strings = UIStrings.dutch
        for (id, layout) in zip(Self.timelines, ["Case", "Cooperation"]) {
            let file = await pdf(id)
            #expect(FileManager.default.fileExists(atPath: file.path), "\(id).pdf missing")
            let info = try PDFTools.info(file)
            #expect(info.isA3Landscape, "\(id) is not A3 landscape: \(info.pageSize)")
            #expect(info.pages == 1, "\(id) takes \(info.pages) pages")
            let text = PDFTools.letters(try PDFTools.text(file))
            for key in ["timeline\(layout)Above", "timeline\(layout)Below", "timelineStart", "timelineEnd"] {
                #expect(text.contains(PDFTools.letters(strings[key])), "\(id) lacks ‘\(strings[key])’")
            }
        }
    }

    @Test func theGenoSociogramCarriesEveryWordOfItsLegend() async throws {
        let file = await pdf(GeneratedWorksheetIDs.genoSociogram)
        let info = try PDFTools.info(file)
        #expect(info.isA3Landscape, "geno-sociogram is not A3 landscape: \(info.pageSize)")
        let text = PDFTools.letters(try PDFTools.text(file))
        for symbol in SheetDiagrams.Symbol.allCases {
            let meaning = UIStrings.dutch[symbol.stringKey]
            #expect(text.contains(PDFTools.letters(meaning)), "the legend lacks ‘\(meaning)’")
        }
    }

    @Test func theOtherSheetsStayA4InTheBooklet() async throws {
        let booklet = await pdf("werkboek")
        let sizes = try PDFTools.run("pdfinfo", ["-f", "1", "-l", "9999", booklet.path])
            .split(separator: "\n").filter { $0.contains("size:") }
        #expect(sizes.contains { $0.contains("1190.5") }, "the booklet has no A3 page")
        #expect(sizes.contains { $0.contains("595.2") }, "the booklet has no A4 page")
    }

    /// A drawing template is drawn by the group about a case: it has a date but no field that
    /// invites a name (a family's), while an ordinary sheet keeps its name field.
    @Test func drawingTemplatesAskForNoName() async throws {
        let site = await WorksheetPDFTests.build().site
        let html = { (id: String) in try String(contentsOf: site.appendingPathComponent("werkbladen/\(id).html"), encoding: .utf8) }
        for id in ["werkblad-tijdlijn-casus", "werkblad-tijdlijn-samenwerking", "werkblad-geno-sociogram-tekenvel"] {
            let page = try html(id)
            #expect(!page.contains(">Naam</label>"), "\(id) asks for a name")
            #expect(page.contains(">Datum</label>"), "\(id) has no date field")
        }
        #expect(try html("werkblad-tijdlijn").contains(">Naam</label>"))
    }

    @Test func theTimelineCardPageLinksToBothLayouts() async throws {
        let page = try String(contentsOf: await WorksheetPDFTests.build().site.appendingPathComponent("werkkaarten/tijdlijn.html"), encoding: .utf8)
        for id in Self.timelines { #expect(page.contains("\(id).html"), "the card does not link to \(id)") }
    }
}
