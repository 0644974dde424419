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

    /// Seven cards (two work cards, five chosen questions): two sheets, each a page of fronts and
    /// a page of backs, on A4.
    @Test func theDeckHoldsEveryCardAndEveryChosenQuestionFourToASheet() async throws {
        let deck = await pdf("casus-met-tijdlijn-kaarten")
        let graph = await WorksheetTests.realGraph()
        guard case .meeting(let meeting)? = graph.entity("casus-met-tijdlijn")?.kind else { Issue.record("no meeting"); return }
        let cards = CardDeck(meeting: meeting, graph: graph, strings: .dutch).cards
        let questions = meeting.parts.flatMap(\.questions)
        #expect(cards.count == 2 + questions.count)
        let info = try PDFTools.info(deck)
        #expect(info.isA4Portrait)
        #expect(info.pages == 2 * ((cards.count + 3) / 4))
        let text = PDFTools.letters(try PDFTools.text(deck))
        for question in questions.compactMap({ graph.entity($0.id) }) {
            guard case .question(let q) = question.kind else { continue }
            #expect(text.contains(PDFTools.letters(q.text)), "\(question.id) is on no card")
        }
        for title in ["Een tijdlijn maken", "Een reflectief gesprek voeren"] { #expect(text.contains(PDFTools.letters(title))) }
    }

    /// Printed on both sides and turned over the long edge, a point (x, y) of a front lands on
    /// (width - x, y) of the back: each card's number stands there on the page after it.
    @Test func everyBackLinesUpWithItsFrontUnderALongEdgeFlip() async throws {
        let words = try PDFWords(await pdf("casus-met-tijdlijn-kaarten"))
        #expect(words.pages.count % 2 == 0)
        var checked = 0
        for sheet in stride(from: 0, to: words.pages.count, by: 2) {
            let width = words.pages[sheet].width
            for number in 1...7 {
                let label = "kaart \(number) van 7"
                let fronts = words.centres(of: label, on: sheet), backs = words.centres(of: label, on: sheet + 1)
                #expect(fronts.count == backs.count && fronts.count <= 1, "\(label): \(fronts.count) fronts, \(backs.count) backs")
                guard let front = fronts.first, let back = backs.first else { continue }
                #expect(abs(front.x - (width - back.x)) < 1.5, "\(label): front at x \(front.x), back at \(back.x)")
                #expect(abs(front.y - back.y) < 1.5, "\(label): front at y \(front.y), back at \(back.y)")
                // Left and right are swapped: a card never backs itself on the same column.
                #expect((front.x < width / 2) != (back.x < width / 2))
                checked += 1
            }
        }
        #expect(checked == 7)
    }

    /// The pack: a contents page naming every part with the page it starts on, and each part
    /// found there (its own first words), every part on a right-hand page.
    @Test func theParticipantsHandoutIsPrintedWithTheChosenQuestions() async throws {
        let handout = await pdf("casus-met-tijdlijn-deelnemers")
        #expect(try PDFTools.info(handout).isA4Portrait)
        let text = PDFTools.letters(try PDFTools.text(handout))
        for question in ["Wat zien we als we samen naar de tijdlijn kijken?", "Wat doet dat met ons?"] {
            #expect(text.contains(PDFTools.letters(question)))
        }
        #expect(!text.contains(PDFTools.letters("Trek over een of meer flip-overvellen een lijn")), "a facilitator's step")
    }

    /// Each part of a handout starts on a right-hand page and takes at most that page and its
    /// back: one sheet of paper per part.
    @Test(arguments: ["casus-met-tijdlijn", "bestuurders-organisatie-en-netwerk", "eerste-bijeenkomst-leergroep"])
    func everyPartOfAHandoutFitsOneSheetPrintedOnBothSides(_ id: String) async throws {
        let graph = await WorksheetTests.realGraph()
        guard case .meeting(let meeting)? = graph.entity(id)?.kind else { Issue.record("no meeting \(id)"); return }
        let parts = ParticipantHandout(meeting: meeting, graph: graph, strings: .dutch, meetingID: id).sheets.count
        let pages = try PDFTools.info(await pdf("\(id)-deelnemers")).pages
        #expect(parts > 0)
        #expect(pages <= 2 * parts, "\(id): \(pages) pages for \(parts) parts")
    }

    @Test func thePacksContentsPageListsEveryPartWhereItStarts() async throws {
        let pack = await pdf("casus-met-tijdlijn-pakket")
        let info = try PDFTools.info(pack)
        #expect(info.isA4Portrait)
        #expect(info.pages % 2 == 0)
        let contents = try PDFTools.text(pack, pages: 1...1)
        // Each part, and the words its first page starts with.
        let parts = [("Agenda", "Agenda"), ("Draaiboek voor de facilitator", "Voorbereiden en klaarleggen"),
                     ("Casus en privacy", "Sjabloon voor de casusinbrenger"), ("Kaarten", "kaart 1 van 7"),
                     ("Werkbladen voor de deelnemers", "Onderdeel 1 · 13:30–13:40 Opening van een leerbijeenkomst")]
        var previous = 1
        for (title, firstWords) in parts {
            let pattern = NSRegularExpression.escapedPattern(for: title) + #"[\s.]*?(\d+)\s*$"#
            let expression = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
            let match = try #require(expression.firstMatch(in: contents, range: NSRange(contents.startIndex..., in: contents)),
                                     "\(title) is not in the contents")
            let page = try #require(Int(contents[Range(match.range(at: 1), in: contents)!]))
            #expect(page > previous && page % 2 == 1, "\(title) starts on page \(page)")
            previous = page
            let text = PDFTools.letters(try PDFTools.text(pack, pages: page...page))
            #expect(text.contains(PDFTools.letters(firstWords)), "page \(page) does not start \(title)")
        }
    }

    /// A meeting in which a case holder brings in a case carries the template for the case
    /// (initials and ages only), the rules for anonymising, the agreement for the opening and what
    /// happens to flip-overs and notes; a meeting without a case does not.
    @Test func aCaseMeetingsPackHoldsTheCaseTemplateAndThePrivacyAgreements() async throws {
        let strings = UIStrings.dutch
        let text = PDFTools.letters(try PDFTools.text(await pdf("casus-met-tijdlijn-pakket")))
        for key in ["caseTemplate", "caseInitials", "caseAges", "caseCourse", "caseQuestion", "privacyAgreementText"]
            + MeetingPrivacy.anonymisingRules + MeetingPrivacy.afterwards {
            #expect(text.contains(PDFTools.letters(strings[key])), "\(key) is not in the pack")
        }
        let site = (await WorksheetPDFTests.build()).site
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("bijeenkomsten/bestuurders-organisatie-en-netwerk-casus.pdf").path))
        let other = PDFTools.letters(try PDFTools.text(await pdf("bestuurders-organisatie-en-netwerk-pakket")))
        #expect(!other.contains(PDFTools.letters(strings["caseTemplate"])))
    }
}
