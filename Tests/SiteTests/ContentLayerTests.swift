import Foundation
import Pipeline
import Testing
@testable import Content
@testable import Site

/// A site of two content layers: the fixture content as the shared base, then `org/`, a folder
/// of the organisation's own files, listed in `spiegel.yml` under `inhoud:`.
struct LayeredSite {
    let root: URL
    var config: String { root.appendingPathComponent("spiegel.yml").path }
    var org: String { root.appendingPathComponent("org").path }

    /// `spiegel.yml` lists the base on line 3 and `org` on line 4; `extra` follows from line 5.
    init(_ files: [String: String], extra: String = "", layers: [String]? = nil) throws {
        root = SiteFixture.scratch()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("org"), withIntermediateDirectories: true)
        for (path, text) in files {
            let url = root.appendingPathComponent("org").appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let listed = (layers ?? [SiteFixture.content, "org"]).map { "  - \($0)\n" }.joined()
        try ("naam: Laagsite\ninhoud:\n" + listed + extra).write(toFile: config, atomically: true, encoding: .utf8)
    }

    var options: BuildOptions {
        var options = SiteFixture.options(output: root.appendingPathComponent("site").path)
        options.configFile = config
        return options
    }

    func build() async -> BuildReport { await BuildPipeline(options: options).run() }
    func text(_ path: String) -> String { SiteFixture.text(path, in: root.appendingPathComponent("site")) }
    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// A page of the organisation's own layer.
func layerPage(_ title: String, id: String? = nil, type: String = "pagina", body: String = "Tekst.") -> String {
    "---\ntype: \(type)\n" + (id.map { "id: \($0)\n" } ?? "") + "titel: \(title)\nsamenvatting: Kort.\n---\n\(body)\n"
}

/// The fixture's work card with another title: a replacement keeps the question other files name.
let replacedTimeline = """
---
type: werkkaart
titel: Onze eigen tijdlijn
nummer: 3
samenvatting: Zo maken wij een tijdlijn.
doel: Samen zien wat er gebeurde.
wanneer: Altijd.
voorbereiding:
  - Pak een rol papier.
stappen:
  - Teken een lijn.
vragen:
  - id: tijdlijn-1
    tekst: Wat zien wij?
    doelgroep: professional
    herkomst: eigen
---
Onze versie.

"""

@Suite struct ContentLayerTests {
    @Test func aLaterLayerAddsAPageThatTheSiteLinksAndListsWithItsLayer() async throws {
        let site = try LayeredSite(["over-ons.md": layerPage("Over ons", body: "Zie [de tijdlijn](werkkaarten/tijdlijn.md).")])
        defer { site.remove() }
        let report = await site.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let page = report.graph?.entity("over-ons")
        #expect(page?.layerFolder == site.org)
        #expect(report.graph?.entity("tijdlijn")?.layerFolder == SiteFixture.content)
        // The base's page links into the organisation's layer, and the link becomes a backlink.
        #expect(site.text("werkkaarten/tijdlijn.html").contains("Over ons"))
        #expect(site.text("over-ons.html").contains("Uit de laag <code>\(site.org)</code>"))
        let graph = try JSONSerialization.jsonObject(with: Data(site.text("graph.json").utf8)) as? [String: Any]
        let entities = graph?["entities"] as? [[String: Any]] ?? []
        let own = entities.first { $0["id"] as? String == "over-ons" }
        #expect(own?["layer"] as? String == site.org)
        #expect(own?["source"] as? String == site.org + "/over-ons.md")
        #expect(entities.first { $0["id"] as? String == "doorgaan" }?["layer"] as? String == SiteFixture.content)
    }

    @Test func aLaterLayerReplacesTheWholeEntityOfTheSameID() async throws {
        let site = try LayeredSite(["werkkaarten/tijdlijn.md": replacedTimeline])
        defer { site.remove() }
        let report = await site.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let card = try #require(report.graph?.entity("tijdlijn"))
        #expect(card.title == "Onze eigen tijdlijn")
        #expect(card.location.file == site.org + "/werkkaarten/tijdlijn.md")
        #expect(report.graph?.entity("tijdlijn-1")?.title == "Wat zien wij?")
        #expect(report.graph?.entities.filter { $0.id == "tijdlijn" }.count == 1)
        // Links to the base's file now lead to the replacement, which shows its own text only.
        let page = site.text("werkkaarten/tijdlijn.html")
        #expect(page.contains("Onze versie."))
        #expect(!page.contains("Een tijdlijn maakt zichtbaar"))
        #expect(site.text("index.html").contains("werkkaarten/tijdlijn.html"))
    }

    @Test func aReplacementOfAnotherTypeIsAnErrorAtTheReplacement() async throws {
        let site = try LayeredSite(["tijdlijn.md": layerPage("Tijdlijn als pagina")])
        defer { site.remove() }
        let report = await site.build()
        let error = try #require(report.diagnostics.first { $0.code == "layer-replacement-changes-type" })
        #expect(error.file == site.org + "/tijdlijn.md")
        #expect(error.line == 2)
        #expect(error.message == "deze pagina vervangt 'tijdlijn' uit een eerdere laag, maar dat is een werkkaart (\(SiteFixture.content)/werkkaarten/tijdlijn.md:2)")
        #expect(error.hint?.contains("type: werkkaart") == true)
        #expect(!report.siteWritten)
    }

    @Test func aDuplicateIDWithinOneLayerStaysAnError() async throws {
        let site = try LayeredSite(["a.md": layerPage("Een", id: "eigen"), "b.md": layerPage("Twee", id: "eigen")])
        defer { site.remove() }
        let report = await site.build()
        let error = try #require(report.diagnostics.first { $0.code == "duplicate-id" })
        #expect(error.file == site.org + "/b.md")
        #expect(error.message.contains(site.org + "/a.md"))
    }

    @Test func aHiddenEntityIsLeftOutOfEveryPageAndTheGraph() async throws {
        // The base's worksheet is the only file that names nothing else's id, and nothing names it.
        let site = try LayeredSite([:], extra: "verbergen: [sessie]\n")
        defer { site.remove() }
        let report = await site.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        #expect(report.graph?.entity("sessie") == nil)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("site/werkbladen/sessie.html").path))
        #expect(!site.text("werkbladen/index.html").contains("Een sessie over tempo"))
        #expect(!site.text("graph.json").contains("\"sessie\""))
    }

    @Test func aHiddenEntityThatALinkStillNamesIsAnErrorAtTheLink() async throws {
        let site = try LayeredSite([:], extra: "verbergen:\n  - tijdlijn\n")
        defer { site.remove() }
        let report = await site.build()
        let errors = report.diagnostics.filter { $0.code == "layer-hidden-still-named" }
        // The home page's link (line 7 of the file), the tension field's `werkkaarten:` and the sheet's blocks.
        let link = try #require(errors.first { $0.file == SiteFixture.content + "/index.md" })
        #expect(link.line == 7)
        #expect(link.message == "'tijdlijn' is verborgen (\(site.config):6:5), maar dit verwijst er nog naar")
        #expect(errors.contains { $0.file == SiteFixture.content + "/spanningsvelden/doorgaan.md" && $0.line == 11 })
        #expect(errors.contains { $0.file == SiteFixture.content + "/werkbladen/sessie.md" })
        #expect(!report.diagnostics.contains { $0.code == "broken-link" || $0.code == "unknown-reference" })
    }

    @Test func hidingAnIDNoLayerDeclaresIsAnErrorAtItsEntry() async throws {
        let site = try LayeredSite([:], extra: "verbergen: [tijdljn]\n")
        defer { site.remove() }
        let report = await site.build()
        let error = try #require(report.diagnostics.first { $0.code == "layer-hidden-unknown" })
        #expect((error.file, error.line, error.column) == (site.config, 5, 13))
        #expect(error.message == "'verbergen:' noemt 'tijdljn', maar geen laag heeft een pagina met die id")
        #expect(error.hint == "bedoel je 'tijdlijn'?")
    }

    @Test func aLayerFolderThatDoesNotExistIsAnErrorAtItsEntry() async throws {
        let site = try LayeredSite([:], layers: [SiteFixture.content, "org", "gedeeld/content"])
        defer { site.remove() }
        let report = await site.build()
        let error = try #require(report.diagnostics.first { $0.code == "layer-folder-missing" })
        #expect((error.file, error.line, error.column) == (site.config, 5, 5))
        #expect(error.message == "de map '\(site.root.path)/gedeeld/content' onder 'inhoud:' bestaat niet")
        #expect(error.hint?.contains("git submodule update --init") == true)
    }

    @Test func theContentOptionStillReadsOneFolder() async throws {
        let site = try LayeredSite(["over-ons.md": layerPage("Over ons")], extra: "verbergen: [sessie]\n")
        defer { site.remove() }
        var options = site.options
        options.contentDirectory = site.org
        options.contentGiven = true
        let report = await BuildPipeline(options: options).run()
        // Only the organisation's folder: its one page, none of the base's, and nothing hidden.
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        #expect(report.graph?.entity("over-ons") != nil)
        #expect(report.graph?.entity("tijdlijn") == nil)
    }

    @Test func aPictureBesideAPageOfALaterLayerIsPublishedWithIt() async throws {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"><title>Kaart</title></svg>\n"
        let site = try LayeredSite(["regio.md": layerPage("Regio", body: "![De kaart van de regio](kaart-regio.svg)"),
                                    "kaart-regio.svg": svg])
        defer { site.remove() }
        let report = await site.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        #expect(site.text("kaart-regio.svg") == svg)
        #expect(site.text("regio.html").contains("src=\"kaart-regio.svg\""))
    }

    @Test func aLayerSettingThatIsNoListIsAnErrorAtItsKey() async throws {
        let site = try LayeredSite([:], extra: "verbergen:\n  sessie: ja\n")
        defer { site.remove() }
        let report = await site.build()
        let error = try #require(report.diagnostics.first { $0.code == "layer-not-text-list" })
        #expect((error.file, error.line, error.column) == (site.config, 5, 1))
        #expect(error.message == "'verbergen:' moet een lijst van namen zijn")
        #expect(error.hint == "schrijf bijvoorbeeld 'verbergen: [bestuurders-organisatie-en-netwerk]'")
    }

    @Test func aLayerPathIsReadBesideTheConfigurationFile() {
        #expect(SiteConfig.path("../../content", besideConfig: "voorbeelden/organisatie/spiegel.yml") == "content")
        #expect(SiteConfig.path("content", besideConfig: "voorbeelden/organisatie/spiegel.yml") == "voorbeelden/organisatie/content")
        #expect(SiteConfig.path("content", besideConfig: "spiegel.yml") == "content")
        #expect(SiteConfig.path("/srv/gedeeld", besideConfig: "a/spiegel.yml") == "/srv/gedeeld")
    }
}
