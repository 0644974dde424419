import Foundation
import Pipeline
import Testing
@testable import Content
@testable import Site

/// What a trainer prints for a learning meeting: the agenda and the facilitator's script as PDFs
/// of their own. Built with the worksheets' PDFs (`WorksheetPDFTests.build`), so skipped where
/// WeasyPrint or poppler-utils is missing.
@Suite(.enabled("WeasyPrint or poppler-utils (pdfinfo, pdftotext) is not installed; run 'make pdf-deps'") { await PDFTools.available() })
struct MeetingPDFTests {
    private func pdf(_ name: String) async -> URL {
        (await WorksheetPDFTests.build()).site.appendingPathComponent("bijeenkomsten/\(name).pdf")
    }

    @Test func theAgendaIsOneA4PageWithEveryClockTime() async throws {
        let agenda = await pdf("casus-met-tijdlijn-agenda")
        let info = try PDFTools.info(agenda)
        #expect(info.isA4Portrait)
        #expect(info.pages == 1)
        let text = try PDFTools.text(agenda)
        for time in ["13:30–13:40", "13:40–14:15", "14:15–14:20", "14:20–14:50", "14:50–15:00"] {
            #expect(text.contains(time), "\(time) missing")
        }
    }

    @Test func theScriptStartsWithTheChecklistAndRunsThroughThePartsInOrder() async throws {
        let script = await pdf("casus-met-tijdlijn-draaiboek")
        #expect(try PDFTools.info(script).isA4Portrait)
        let text = PDFTools.letters(try PDFTools.text(script))
        let graph = await WorksheetTests.realGraph()
        guard case .workCard(let card)? = graph.entity("tijdlijn")?.kind else { Issue.record("no card tijdlijn"); return }
        let checklist = try #require(text.range(of: PDFTools.letters("Voorbereiden en klaarleggen")))
        let firstPart = try #require(text.range(of: PDFTools.letters("13:30–13:40 Opening")))
        #expect(checklist.lowerBound < firstPart.lowerBound)
        for item in card.preparation {
            let found = try #require(text.range(of: PDFTools.letters(item)), "\(item) missing")
            #expect(found.lowerBound < firstPart.lowerBound, "\(item) is not in the checklist at the top")
        }
        var rest = Substring(text)
        for part in ["Opening", "Een tijdlijn maken", "Pauze", "Een reflectief gesprek voeren", "Afsluiting"] {
            let found = try #require(rest.range(of: PDFTools.letters(part)), "\(part) missing or out of order")
            rest = rest[found.upperBound...]
        }
        #expect(text.contains(PDFTools.letters("Om 14:12 afronden: nog 3 min.")))
    }
}
