import Foundation
import Pipeline
import Testing
@testable import Content
@testable import Site

/// Which work card a drawing template (timeline, geno-sociogram) is printed for: the one whose
/// front matter names it with `tekenvel:`, whatever its id, so that an organisation's own or
/// renamed card keeps the template.
@Suite struct DrawingSheetOwnerTests {
    static func card(_ id: String, number: Int, sheet: String?) -> (path: String, bytes: [UInt8]) {
        let key = sheet.map { "tekenvel: \($0)\n" } ?? ""
        return ("werkkaarten/\(id).md", Array("""
            ---
            type: werkkaart
            titel: Kaart \(id)
            nummer: \(number)
            \(key)doel: Samen tekenen.
            stappen: [Teken.]
            ---
            Tekst.

            """.utf8))
    }

    static func sheets(_ files: [(path: String, bytes: [UInt8])]) async -> (sheets: [Worksheet], problems: [Diagnostic]) {
        let loaded = await loadContent(sources: files)
        return (WorksheetCatalog(graph: loaded.graph, strings: .dutch).sheets, loaded.diagnostics)
    }

    @Test func aCardOfAnyIdThatNamesATemplateGetsIt() async throws {
        let (sheets, problems) = await Self.sheets([Self.card("onze-lijn", number: 1, sheet: "tijdlijn"),
                                                    Self.card("familiekaart", number: 2, sheet: "geno-sociogram")])
        #expect(!problems.contains { $0.severity == .error }, "\(problems.map(\.formatted))")
        let homes = Dictionary(uniqueKeysWithValues: sheets.map { ($0.id, $0.home?.id) })
        #expect(homes[GeneratedWorksheetIDs.timelineCase] == "onze-lijn")
        #expect(homes[GeneratedWorksheetIDs.timelineCooperation] == "onze-lijn")
        #expect(homes[GeneratedWorksheetIDs.genoSociogram] == "familiekaart")
        let label = try #require(sheets.first { $0.id == GeneratedWorksheetIDs.genoSociogram }?.label)
        #expect(label == "Tekenvel bij werkkaart 2")
    }

    /// The id alone no longer makes a drawing template: a card called `tijdlijn` without the key
    /// has its own worksheet and no other.
    @Test func aCardWithoutTheKeyGetsNoTemplate() async throws {
        let (sheets, _) = await Self.sheets([Self.card("tijdlijn", number: 3, sheet: nil)])
        let ids = Set(sheets.map(\.id))
        #expect(ids.contains(GeneratedWorksheetIDs.sheet(for: "tijdlijn")))
        #expect(ids.isDisjoint(with: [GeneratedWorksheetIDs.timelineCase, GeneratedWorksheetIDs.timelineCooperation,
                                      GeneratedWorksheetIDs.genoSociogram]))
    }

    @Test func anUnknownTemplateIsAnErrorAtItsValue() async throws {
        let (_, problems) = await Self.sheets([Self.card("onze-lijn", number: 1, sheet: "tijdlijnn")])
        let problem = try #require(problems.first { $0.code == "unknown-drawing-sheet" })
        #expect(problem.severity == .error && problem.line == 5 && problem.column == 11, "\(problem.formatted)")
        #expect(problem.message == "onbekend tekenvel 'tijdlijnn'")
        #expect(problem.hint?.contains("tijdlijn") == true, "\(problem.hint ?? "")")
    }

    @Test func twoCardsNamingOneTemplateIsAnError() async throws {
        let (_, problems) = await Self.sheets([Self.card("eerste", number: 1, sheet: "tijdlijn"),
                                               Self.card("tweede", number: 2, sheet: "tijdlijn")])
        let twice = problems.filter { $0.code == "drawing-sheet-twice" }
        #expect(twice.count == 1, "\(problems.map(\.formatted))")
        #expect(twice.first?.message.contains("'tijdlijn'") == true && twice.first?.severity == .error)
    }
}
