import Content
import Foundation
import Testing

/// `spiegel new` as an editor runs it: a file in the right place that `spiegel check` accepts.
@Suite struct NewCommandTests {
    @Test(arguments: EntityType.fileTypes)
    func aNewFileOfEveryTypePassesCheck(_ type: EntityType) throws {
        let site = ScratchSite()
        let result = try site.spiegel("new", type.rawValue, "Samen kijken: een proef")
        #expect(result.status == 0, "\(result.stderr)")
        let path = result.stdout.trimmingCharacters(in: .newlines)
        let folder = type.section.isEmpty ? "" : type.section + "/"
        #expect(path == "content/\(folder)samen-kijken-een-proef.md")
        let text = try #require(site.read(path))
        #expect(text.hasPrefix("---\n# "))
        #expect(text.contains("\ntype: \(type.rawValue)\n"))
        #expect(text.contains("\ntitel: \"Samen kijken: een proef\"\n"))
        let check = try site.spiegel("check", "--format", "json")
        #expect(check.status == 0, "\(check.stdout)\n\(text)")
        let errors = try CheckCommandTests.decode(check.stdout).filter { $0["severity"] as? String == "error" }
        #expect(errors.isEmpty)
    }

    @Test func refusesToOverwriteAndNumbersTakenIds() throws {
        let site = ScratchSite()
        // A file named like the new id, declaring another id: the id is free, the file is not.
        site.write("content/werkkaarten/mijn-kaart.md", "---\ntype: werkkaart\nid: iets-anders\ntitel: X\nnummer: 1\ndoel: D.\n---\n")
        let before = site.read("content/werkkaarten/mijn-kaart.md")
        let refused = try site.spiegel("new", "werkkaart", "Mijn kaart")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("content/werkkaarten/mijn-kaart.md bestaat al; er is niets geschreven"))
        #expect(site.read("content/werkkaarten/mijn-kaart.md") == before)
        // An id another entity has gets a number.
        let numbered = try site.spiegel("new", "werkkaart", "Tijdlijn")
        #expect(numbered.stdout == "content/werkkaarten/tijdlijn-2.md\n")
    }

    @Test func inALayeredSiteTheFileGoesIntoTheOwnLayerAndCountsEveryLayer() throws {
        let site = ScratchSite()
        // The scratch site's content is the shared base; `eigen` is the organisation's layer,
        // which does not exist yet. The base hides a page nothing links to.
        site.write("spiegel.yml", "inhoud:\n  - content\n  - eigen\nverbergen:\n  - oud\n")
        site.write("content/oud.md", "---\ntype: pagina\ntitel: Oud\n---\nWeg.\n")
        let card = try site.spiegel("new", "werkkaart", "Tijdlijn")
        #expect(card.status == 0, "\(card.stderr)")
        // Not `eigen/werkkaarten/tijdlijn.md`, which would silently replace the base's card,
        // and numbered after the base's card 3, not as the first card of an empty folder.
        #expect(card.stdout == "eigen/werkkaarten/tijdlijn-2.md\n")
        #expect(site.read("eigen/werkkaarten/tijdlijn-2.md")?.contains("\nnummer: 4\n") == true)
        // A hidden id is taken too: a page with it would never be published.
        let page = try site.spiegel("new", "pagina", "Oud")
        #expect(page.stdout == "eigen/oud-2.md\n")
        let check = try site.spiegel("check", "--format", "json")
        #expect(check.status == 0, "\(check.stdout)")
        #expect(try CheckCommandTests.decode(check.stdout).filter { $0["severity"] as? String == "error" }.isEmpty)
        // `--content` names one folder and reads no layers, as for the other commands.
        let single = try site.spiegel("new", "werkkaart", "Ecogram", "--content", "eigen")
        #expect(single.stdout == "eigen/werkkaarten/ecogram.md\n")
        #expect(site.read("eigen/werkkaarten/ecogram.md")?.contains("\nnummer: 5\n") == true)
    }

    @Test func aDraftsIdIsTaken() throws {
        let site = ScratchSite()
        // A draft declaring the id the title would give, under another file name.
        site.write("content/werkkaarten/half-af.md",
                   "---\ntype: werkkaart\nid: ecogram\ntitel: Ecogram\nnummer: 4\ndoel: D.\nconcept: ja\n---\n")
        let result = try site.spiegel("new", "werkkaart", "Ecogram")
        #expect(result.stdout == "content/werkkaarten/ecogram-2.md\n")
        #expect(site.read("content/werkkaarten/ecogram-2.md")?.contains("\nnummer: 5\n") == true)
        let check = try site.spiegel("check", "--format", "json")
        #expect(try CheckCommandTests.decode(check.stdout).filter { $0["severity"] as? String == "error" }.isEmpty, "\(check.stdout)")
    }

    @Test func writesADraftThatCheckNamesAndTheSiteLeavesOut() throws {
        let site = ScratchSite()
        let result = try site.spiegel("new", "pagina", "Half af", "--concept")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(site.read("content/half-af.md")?.contains("\nconcept: ja\n") == true)
        let check = try site.spiegel("check")
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr == "1 concept niet gepubliceerd ('concept: ja'): content/half-af.md\n")
    }

    @Test func wrongUseExitsTwoWithHelp() throws {
        let site = ScratchSite()
        let unknown = try site.spiegel("new", "werkaart", "X")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("onbekend type 'werkaart'"))
        let question = try site.spiegel("new", "vraag", "Wat zien we?")
        #expect(question.status == 2)
        #expect(question.stderr.contains("vragen:"))
        #expect(try site.spiegel("new", "werkkaart").status == 2)
    }
}
