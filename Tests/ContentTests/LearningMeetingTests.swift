import Foundation
import Testing
@testable import Content

/// A learning meeting (`type: bijeenkomst`) is checked like every entity: each part names one
/// card, field, phase or worksheet that exists and only that entity's questions, the minutes add
/// up to the duration, and each problem comes with the line to fix.
@Suite struct LearningMeetingTests {
    /// A meeting with `parts` (the lines under `onderdelen:`), lasting `duration` minutes.
    private func meeting(_ parts: String, duration: Int = 45, start: String = "begintijd: \"13:30\"\n") -> ContentFolder {
        minimalSite().write("bijeenkomsten/casus.md", """
        ---
        type: bijeenkomst
        titel: Een casus bespreken
        doel: Samen leren van één gezin.
        duur: \(duration)
        \(start)onderdelen:
        \(parts)---
        Een casus.
        """)
    }

    private static let good = """
          - titel: Opening
            tekst: Doel en afspraken.
            minuten: 10
            leiding: facilitator
          - werkkaart: tijdlijn
            minuten: 30
            leiding: casusinbrenger
            vragen: [tijdlijn-1]
          - titel: Afsluiting
            minuten: 5
            leiding: iedereen

        """

    private func only(_ site: ContentFolder) async -> Diagnostic? {
        let problems = await site.load().diagnostics.filter { $0.file.hasSuffix("casus.md") }
        #expect(problems.count == 1, "expected one problem, got \(problems.map(\.formatted))")
        return problems.first
    }

    @Test func aMeetingReadsAsItsAgenda() async throws {
        let result = await meeting(Self.good).load()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.formatted))")
        let entity = try #require(result.graph.entity("casus"))
        #expect(entity.url == "bijeenkomsten/casus.html")
        guard case .meeting(let meeting) = entity.kind else { Issue.record("not a meeting"); return }
        #expect(meeting.schedule.map { ClockTime.text($0.start) } == ["13:30", "13:40", "14:10"])
        #expect(meeting.parts.map(\.lead) == [.facilitator, .caseHolder, .everyone])
        // The card it draws on lists the meeting among what points to it.
        #expect(result.graph.incoming(to: "tijdlijn").contains { $0.from == "casus" && $0.kind == .parts })
    }

    @Test func minutesThatDoNotAddUpAreAWarningThatSaysByHowMuch() async {
        let d = await only(meeting(Self.good, duration: 60))
        #expect(d?.severity == .warning)
        #expect(d?.line == 5)
        #expect(d?.message == "de onderdelen duren samen 45 minuten, de bijeenkomst 60: 15 minuten over")
    }

    @Test func aPartNamingAnUnknownCardIsAnErrorWithANearName() async {
        let d = await only(meeting("  - werkkaart: tijdljin\n    minuten: 45\n    leiding: facilitator\n"))
        #expect(d?.line == 8)
        #expect(d?.column == 16)
        #expect(d?.message == "'werkkaart' noemt 'tijdljin', maar er is geen werkkaart met die id")
        #expect(d?.hint == "bedoel je 'tijdlijn'?")
    }

    @Test func aPartNamingAnEntityOfAnotherTypeIsAnError() async {
        let d = await only(meeting("  - werkkaart: doorgaan\n    minuten: 45\n    leiding: facilitator\n"))
        #expect(d?.message == "'doorgaan' is een spanningsveld, maar onder 'werkkaart' hoort de id van een werkkaart")
    }

    @Test func aQuestionOfAnotherEntityIsAnError() async {
        let site = meeting("  - spanningsveld: doorgaan\n    minuten: 45\n    leiding: facilitator\n    vragen: [tijdlijn-1]\n")
        let d = await only(site)
        #expect(d?.line == 11)
        #expect(d?.message == "de vraag 'tijdlijn-1' hoort niet bij 'doorgaan' maar bij 'tijdlijn'")
    }

    @Test func anUnknownLeadAndAPartWithoutContentAreErrors() async {
        let lead = await only(meeting("  - titel: Opening\n    minuten: 45\n    leiding: facilitatr\n"))
        #expect(lead?.message == "onbekende leiding 'facilitatr'")
        #expect(lead?.hint == "bedoel je 'facilitator'?")
        let empty = await only(meeting("  - minuten: 45\n    leiding: facilitator\n"))
        #expect(empty?.message == "dit onderdeel zegt niet wat er gebeurt")
        let both = await only(meeting("  - werkkaart: tijdlijn\n    fase: urgentie\n    minuten: 45\n    leiding: facilitator\n"))
        #expect(both?.message.hasPrefix("een onderdeel noemt één van") == true)
    }

    @Test func aStartTimeMustBeAClockTime() async {
        let d = await only(meeting(Self.good, start: "begintijd: \"half twee\"\n"))
        #expect(d?.line == 6)
        #expect(d?.message == "'half twee' is geen tijd")
        #expect(ClockTime.minutes("9:05") == 545)
        #expect(ClockTime.minutes("24:00") == nil)
        #expect(ClockTime.text(23 * 60 + 50 + 20) == "0:10")
    }
}
