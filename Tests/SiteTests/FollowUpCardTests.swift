import Foundation
import Testing
@testable import Content
@testable import Site

/// A follow-up question (`doorvraag: ja`) is asked aloud: in a meeting's deck it is a follow-up
/// card that says how to use it, and it is not on the participants' sheets, which are for writing.
@Suite struct FollowUpCardTests {
    @Test func aChosenFollowUpQuestionIsAFollowUpCardAndNotOnTheHandout() async throws {
        let graph = await WorksheetTests.realGraph()
        guard case .meeting(let meeting)? = graph.entity("casus-met-tijdlijn")?.kind,
              case .question(let aloud)? = graph.entity("reflectief-gesprek-3")?.kind,
              case .question(let written)? = graph.entity("reflectief-gesprek-1")?.kind else { Issue.record("no meeting or questions"); return }
        #expect(aloud.askedAloud && !written.askedAloud)
        #expect(meeting.parts.contains { $0.questions.map(\.id).contains("reflectief-gesprek-3") })

        let cards = CardDeck(meeting: meeting, graph: graph, strings: .dutch).cards
        let followUp = try #require(cards.first { $0.text == aloud.text })
        #expect(followUp.label.hasPrefix("Doorvraagkaart · "))
        #expect(followUp.backText?.hasPrefix(UIStrings.dutch["deckFollowUpHow"]) == true)
        let asked = try #require(cards.first { $0.text == written.text })
        #expect(asked.label.hasPrefix("Vraag · "))

        let handout = SiteFixture.text("bijeenkomsten/casus-met-tijdlijn-deelnemers.html", in: await WorksheetTests.realSite())
        #expect(handout.contains(SiteFixture.escaped(written.text)))
        #expect(!handout.contains(SiteFixture.escaped(aloud.text)), "a follow-up question is asked aloud, not written down")
    }

    @Test func theDeckPageShowsTheFollowUpCard() async throws {
        let deck = SiteFixture.text("bijeenkomsten/casus-met-tijdlijn-kaarten.html", in: await WorksheetTests.realSite())
        #expect(deck.contains(">Doorvraagkaart · Een reflectief gesprek voeren<"))
    }
}
