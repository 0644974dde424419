import Foundation
import Pipeline
import Testing
@testable import Content
@testable import Site

/// A participant's handout carries the questions for the meeting's audience and nothing that is
/// the facilitator's: not the steps, not the preparation, not the notes, not a name to fill in.
@Suite struct ParticipantHandoutTests {
    private func handout(_ id: String) async -> String {
        SiteFixture.text("bijeenkomsten/\(id)-deelnemers.html", in: await WorksheetTests.realSite())
    }

    @Test(arguments: ["casus-met-tijdlijn", "bestuurders-organisatie-en-netwerk", "eerste-bijeenkomst-leergroep"])
    func noQuestionForAnotherAudienceAndNothingForTheFacilitator(_ id: String) async throws {
        let graph = await WorksheetTests.realGraph()
        guard case .meeting(let meeting)? = graph.entity(id)?.kind else { Issue.record("no meeting \(id)"); return }
        let html = await handout(id)
        let allowed: Set<Audience> = [.everyone, meeting.audience ?? .everyone]
        var shown = 0
        for question in graph.entities(of: .question) {
            guard case .question(let q) = question.kind, html.contains(">" + SiteFixture.escaped(q.text) + "<") else { continue }
            shown += 1
            #expect(allowed.contains(q.audience ?? .everyone), "\(id): \(question.id) is for \(q.audience?.rawValue ?? "-")")
        }
        #expect(shown > 0 || !meeting.parts.contains { !$0.questions.isEmpty }, "\(id): no question at all")
        for part in meeting.parts {
            if let notes = part.notes { #expect(!html.contains(SiteFixture.escaped(notes)), "\(id): the notes are the facilitator's") }
            guard case .workCard(let reference) = part.source, case .workCard(let card)? = graph.entity(reference.id)?.kind else { continue }
            for line in card.steps + card.preparation {
                #expect(!html.contains(SiteFixture.escaped(line)), "\(id): '\(line)' belongs in the script")
            }
        }
        #expect(!html.contains("__naam\""), "\(id): the handout asks for a name")
    }

    /// A meeting for directors built on a card whose questions are for both audiences gets only
    /// the directors' and everyone's, and a part that chose none gets all of those.
    @Test func aDirectorsMeetingLeavesOutTheProfessionalsQuestions() async throws {
        let files = [
            ("werkkaarten/a.md", """
                ---
                type: werkkaart
                titel: Kaart A
                nummer: 1
                doel: Iets samen doen.
                stappen: [Zet de stoelen in een kring.]
                vragen:
                  - {id: a-1, tekst: Vraag voor professionals, doelgroep: professional, herkomst: eigen}
                  - {id: a-2, tekst: Vraag voor bestuurders, doelgroep: bestuurder, herkomst: eigen}
                  - {id: a-3, tekst: Vraag voor iedereen, doelgroep: iedereen, herkomst: eigen}
                ---

                """),
            ("bijeenkomsten/m.md", """
                ---
                type: bijeenkomst
                titel: M
                doel: Iets.
                doelgroep: bestuurder
                duur: 10
                onderdelen:
                  - werkkaart: a
                    minuten: 10
                    notities: Alleen voor wie leidt.
                ---

                """),
        ]
        let loaded = await BuildPipeline.loadContent(files.map {
            ContentFile(relativePath: $0.0, displayPath: $0.0, absolutePath: $0.0, contents: Array($0.1.utf8))
        })
        guard case .meeting(let meeting)? = loaded.graph.entity("m")?.kind else { Issue.record("no meeting"); return }
        let sheets = ParticipantHandout(meeting: meeting, graph: loaded.graph, strings: .dutch, meetingID: "m").sheets
        #expect(sheets.count == 1)
        let questions = sheets.flatMap(\.blocks).flatMap { block -> [String] in
            guard case .questions(_, let questions, _) = block else { return [] }
            return questions.map(\.id)
        }
        #expect(questions == ["a-2", "a-3"])
        #expect(!sheets.flatMap(\.blocks).contains { if case .steps = $0 { true } else { false } })
    }

    /// The standard opening and closing are worksheets a meeting names as parts: the handout
    /// carries them in the order of the parts, and the agenda names them.
    @Test func theStandardOpeningAndClosingAreParts() async throws {
        let html = await handout("casus-met-tijdlijn")
        let opening = try #require(html.range(of: "<h1>Opening van een leerbijeenkomst</h1>"))
        let timeline = try #require(html.range(of: "<h1>Een tijdlijn maken</h1>"))
        let closing = try #require(html.range(of: "<h1>Afsluiting van een leerbijeenkomst</h1>"))
        #expect(opening.lowerBound < timeline.lowerBound && timeline.lowerBound < closing.lowerBound)
        #expect(html.contains("Onze afspraken") && html.contains("Korte evaluatie"))
        let agenda = SiteFixture.text("bijeenkomsten/casus-met-tijdlijn-agenda.html", in: await WorksheetTests.realSite())
        #expect(agenda.contains("<strong>Opening van een leerbijeenkomst</strong>"))
    }
}
