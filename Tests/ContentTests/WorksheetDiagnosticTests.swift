import Foundation
import Testing
@testable import Content

/// Composed worksheets name what they carry by id; every wrong id is reported where it was written.
@Suite struct WorksheetDiagnosticTests {
    private func sheet(_ blocks: String) -> ContentFolder {
        minimalSite().write("werkbladen/sessie.md", "---\ntype: werkblad\ntitel: Sessie\ndoel: Samen leren.\nblokken:\n\(blocks)---\nTekst.\n")
    }

    private func only(_ site: ContentFolder) async -> Diagnostic? {
        let errors = await site.errors()
        #expect(errors.count == 1, "expected one error, got \(errors.map(\.formatted))")
        return errors.first
    }

    @Test func aComposedWorksheetDecodesItsBlocksAndRelations() async throws {
        let site = sheet("  - polen: doorgaan\n  - vragen: [tijdlijn-1]\n    schrijfruimte: 3\n  - vragen: tijdlijn\n  - schrijfruimte: 4\n    titel: Notities\n")
        let loaded = await site.load()
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
        let entity = try #require(loaded.graph.entity("sessie"))
        #expect(entity.type == .worksheet)
        #expect(entity.url == "werkbladen/sessie.html")
        guard case .worksheet(let composed) = entity.kind else { Issue.record("not a worksheet"); return }
        #expect(composed.blocks.count == 4)
        #expect(composed.blocks[1].lines == 3)
        #expect(composed.blocks[3].heading == "Notities")
        let carried = Set(loaded.graph.outgoing(from: "sessie").filter { $0.kind == .carries }.map(\.to))
        #expect(carried == ["doorgaan", "tijdlijn-1", "tijdlijn"])
    }

    @Test func anUnknownQuestionIsReportedWithFileLineAndColumn() async {
        let site = sheet("  - vragen: [tijdlijn-1, tijdlijn-9]\n")
        let d = await only(site)
        #expect(d?.file == site.display("werkbladen/sessie.md"))
        #expect(d?.line == 6)
        #expect(d?.column == 26)
        #expect(d?.message == "'vragen' noemt 'tijdlijn-9', maar er is geen vraag (of pagina met vragen) met die id")
        #expect(d?.hint == "bedoel je 'tijdlijn-1'?")
    }

    @Test func aCardWithoutStepsCannotLendThem() async {
        let site = sheet("  - stappen: tijdlijn\n")
        #expect(await only(site)?.message == "werkkaart 'tijdlijn' heeft geen 'stappen'")
    }

    @Test func anIdOfTheWrongTypeIsReported() async {
        let site = sheet("  - polen: doorgaan\n  - stappen: doorgaan\n")
        let d = await only(site)
        #expect(d?.line == 7)
        #expect(d?.message == "'doorgaan' is een spanningsveld, maar onder 'stappen' hoort de id van een werkkaart")
    }

    @Test func aBlockWithTwoKindsIsReported() async {
        let site = sheet("  - polen: doorgaan\n    stappen: tijdlijn\n")
        let d = await only(site)
        #expect(d?.line == 6)
        #expect(d?.message.hasSuffix("dit blok heeft 'polen' en 'stappen'") == true)
    }

    @Test func anUnknownBlockKeyIsReported() async {
        let site = sheet("  - vraagen: [tijdlijn-1]\n")
        let errors = await site.errors()
        #expect(errors.contains { $0.message == "onbekende sleutel 'vraagen' in dit blok" && $0.hint == "bedoel je 'vragen'?" && $0.line == 6 })
    }

    @Test func anEntityCannotTakeTheIdOfAGeneratedWorksheet() async {
        let site = minimalSite().write("werkbladen/werkblad-tijdlijn.md",
                                       "---\ntype: werkblad\ntitel: Mijn tijdlijn\ndoel: Iets.\nblokken:\n  - vragen: [tijdlijn-1]\n---\nTekst.\n")
        let d = await only(site)
        #expect(d?.file == site.display("werkbladen/werkblad-tijdlijn.md"))
        #expect(d?.message == "de id 'werkblad-tijdlijn' is van het werkblad dat Spiegel maakt voor 'tijdlijn'")
    }

    @Test func aWorksheetCannotBeCalledLikeTheBooklet() async {
        let site = minimalSite().write("werkbladen/werkboek.md",
                                       "---\ntype: werkblad\ntitel: Boek\ndoel: Iets.\nblokken:\n  - vragen: [tijdlijn-1]\n---\nTekst.\n")
        #expect(await only(site)?.message.contains("het werkboek") == true)
    }
}
