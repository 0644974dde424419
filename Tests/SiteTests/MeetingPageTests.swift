import Foundation
import Pipeline
import Testing
@testable import Content
@testable import Site

/// A meeting's page, as a trainer reads it before the meeting: the agenda with its clock times,
/// and the facilitator's script with one checklist of what to prepare.
@Suite struct MeetingPageTests {
    private func page(_ suffix: String = "") async -> String {
        SiteFixture.text("bijeenkomsten/casus-met-tijdlijn\(suffix).html", in: await WorksheetTests.realSite())
    }

    @Test func theAgendaCountsTheClockFromTheStartTime() async {
        let html = await page()
        // Opening 10, timeline 35, break 5, conversation 30, closing 10 minutes from 13:30.
        var rest = Substring(html)
        for time in ["13:30–13:40", "13:40–14:15", "14:15–14:20", "14:20–14:50", "14:50–15:00"] {
            guard let found = rest.range(of: "<strong>\(time)</strong>") else {
                Issue.record("\(time) is missing or out of order")
                return
            }
            rest = rest[found.upperBound...]
        }
        // The printable agenda counts the same times; the script adds when to round off.
        let agenda = await page("-agenda")
        for time in ["13:30–13:40", "13:40–14:15", "14:15–14:20", "14:20–14:50", "14:50–15:00"] {
            #expect(agenda.contains("<td class=\"agenda-clock\">\(time)<br>"), "\(time) missing from the agenda page")
        }
        #expect(await page("-draaiboek").contains("Om 14:12 afronden: nog 3 min."))
    }

    @Test func theMeetingPageLinksItsAgendaAndScript() async throws {
        let html = await page()
        let start = try #require(html.range(of: "<h2>Afdrukken voor de bijeenkomst</h2>"))
        let list = String(html[start.upperBound...]).components(separatedBy: "</section>")[0]
        #expect(list.contains("<a href=\"casus-met-tijdlijn-agenda.html\">Agenda</a>"))
        #expect(list.contains("<a href=\"casus-met-tijdlijn-draaiboek.html\">Draaiboek voor de facilitator</a>"))
        // Built without PDFs, the whole pack is its contents page, which links the parts.
        #expect(list.contains("<a href=\"casus-met-tijdlijn-pakket.html\">Het hele pakket</a>"))
        // The script has a page of its own; the meeting page does not repeat it.
        #expect(!html.contains("Voorbereiden en klaarleggen"))
    }

    @Test func theScriptGathersWhatToPrepareFromEveryCardOnce() async throws {
        let html = await page("-draaiboek")
        let graph = await WorksheetTests.realGraph()
        let start = try #require(html.range(of: "<h2>Voorbereiden en klaarleggen</h2>\n  <ul>"))
        let end = try #require(html[start.upperBound...].range(of: "</ul>"))
        let items = html[start.upperBound..<end.lowerBound].components(separatedBy: "<li>").dropFirst().map { String($0.prefix { $0 != "<" }) }
        #expect(Set(items.map { $0.lowercased() }).count == items.count, "repeated: \(items)")
        // Every preparation item of both cards the meeting uses is on it.
        for id in ["tijdlijn", "reflectief-gesprek"] {
            guard case .workCard(let card)? = graph.entity(id)?.kind else { Issue.record("no card \(id)"); continue }
            for item in card.preparation { #expect(items.contains(SiteFixture.escaped(item)), "\(id): \(item)") }
        }
        // The card's steps stand in the script, and the chosen questions in the chosen order.
        #expect(html.contains("<li>Trek over een of meer flip-overvellen een lijn in de breedte van het papier.</li>"))
        let fifth = try #require(html.range(of: "Staat de meest cruciale informatie op de tijdlijn"))
        let first = try #require(html.range(of: "Wat zien we als we samen naar de tijdlijn kijken?"))
        #expect(fifth.lowerBound < first.lowerBound)
    }

    @Test func theMeetingLinksTheSheetsToPrintForItsParts() async throws {
        let html = await page()
        let start = try #require(html.range(of: "<h2>Werkbladen om af te drukken</h2>"))
        let end = try #require(html[start.upperBound...].range(of: "</ul>"))
        let list = html[start.upperBound..<end.lowerBound]
        #expect(list.contains("../werkbladen/werkblad-tijdlijn.html"))
        #expect(list.contains("../werkbladen/werkblad-reflectief-gesprek.html"))
        // The timeline part brings its two A3 templates to draw on.
        #expect(list.contains("../werkbladen/werkblad-tijdlijn-casus.html"))
        #expect(list.contains("../werkbladen/werkblad-tijdlijn-samenwerking.html"))
        // The standard opening and closing are sheets too: six sheets, each once.
        #expect(list.contains("../werkbladen/opening-leerbijeenkomst.html"))
        #expect(list.components(separatedBy: "<li>").count == 7, "six sheets, each once")
    }

    @Test func theCardPageListsTheMeetingsThatUseIt() async {
        let card = SiteFixture.text("werkkaarten/tijdlijn.html", in: await WorksheetTests.realSite())
        #expect(card.contains("<h2>Bijeenkomsten met deze werkkaart</h2>"))
        #expect(card.contains("../bijeenkomsten/casus-met-tijdlijn.html"))
    }

    /// Two cards that both need a flip-over put it on the checklist once, in the order of the parts.
    @Test func aPreparationTwoCardsShareIsListedOnce() async throws {
        func card(_ id: String, _ number: Int, _ items: [String]) -> (String, String) {
            ("werkkaarten/\(id).md", "---\ntype: werkkaart\ntitel: \(id)\nnummer: \(number)\ndoel: Iets.\nvoorbereiding:\n"
                + items.map { "  - \($0)\n" }.joined() + "---\n")
        }
        let files = [
            card("a", 1, ["Leg een flip-over klaar.", "Zet stoelen in een kring."]),
            card("b", 2, ["leg een flip-over klaar.", "Print de vragen."]),
            ("bijeenkomsten/m.md", "---\ntype: bijeenkomst\ntitel: M\ndoel: Iets.\nduur: 20\nonderdelen:\n"
                + "  - werkkaart: a\n    minuten: 10\n  - werkkaart: b\n    minuten: 10\n---\n"),
        ]
        let loaded = await BuildPipeline.loadContent(files.map {
            ContentFile(relativePath: $0.0, displayPath: $0.0, absolutePath: $0.0, contents: Array($0.1.utf8))
        })
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.map(\.formatted))")
        guard case .meeting(let meeting)? = loaded.graph.entity("m")?.kind else { Issue.record("no meeting"); return }
        let values = MeetingAgenda(meeting: meeting, graph: loaded.graph, strings: .dutch, from: "bijeenkomsten/m.html").values
        #expect(values["preparation"] as? [String] == ["Leg een flip-over klaar.", "Zet stoelen in een kring.", "Print de vragen."])
        // Without a start time the agenda counts minutes from the start.
        #expect((values["agenda"] as? [[String: Any]])?.map { $0["time"] as? String } == ["0:00", "na 10 min."])
    }
}
