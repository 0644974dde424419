import Foundation
import Pipeline
import Testing
@testable import Content
@testable import Site

@Suite struct SiteBuildTests {
    private func build(content: String = SiteFixture.content, into output: URL) async -> BuildReport {
        await BuildPipeline(options: SiteFixture.options(content: content, output: output.path)).run()
    }

    @Test func writesPagesWithDutchLayoutAndCrossLinks() async throws {
        let out = SiteFixture.scratch().appendingPathComponent("site")
        #expect(await build(into: out).succeeded)
        let card = try String(contentsOf: out.appendingPathComponent("werkkaarten/tijdlijn.html"), encoding: .utf8)
        #expect(card.contains("<html lang=\"nl\">"))
        #expect(card.contains("href=\"../spanningsvelden/doorgaan.html#polen\""))
        #expect(card.contains("Verwijzingen naar deze pagina"))  // backlinks section
        #expect(card.contains("<li id=\"tijdlijn-1\">Wat zien we?"))
        let home = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!home.contains("<script"))
        #expect(!home.contains("javascript:"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(SiteWriter.markerName).path))
    }

    @Test func graphJSONDescribesEveryEntity() async throws {
        let out = SiteFixture.scratch().appendingPathComponent("site")
        #expect(await build(into: out).succeeded)
        let data = try Data(contentsOf: out.appendingPathComponent("graph.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entities = try #require(json["entities"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: entities.map { ($0["id"] as! String, $0) })
        #expect(Set(byID.keys) == ["index", "tijdlijn", "tijdlijn-1", "doorgaan", "doorgaan-1", "doorgaan-2", "nji",
                                   "werkblad-doorgaan", "werkblad-tijdlijn", "sessie",
                                   // The timeline card's two templates to draw on.
                                   "werkblad-tijdlijn-casus", "werkblad-tijdlijn-samenwerking"])
        #expect(byID["sessie"]?["type"] as? String == "werkblad")
        let field = try #require(byID["doorgaan"])
        #expect(field["type"] as? String == "spanningsveld")
        #expect(field["url"] as? String == "spanningsvelden/doorgaan.html")
        #expect(Set(field["links"] as? [String] ?? []) == ["tijdlijn", "nji", "doorgaan-1", "doorgaan-2"])
        #expect((field["fields"] as? [String: Any])?["nummer"] as? Int == 4)
        #expect(byID["doorgaan-2"]?["parent"] as? String == "doorgaan")
        #expect(byID["doorgaan-2"]?["type"] as? String == "vraag")
    }

    @Test func aFailedBuildLeavesThePreviousSiteIntact() async throws {
        let scratch = SiteFixture.scratch()
        let out = scratch.appendingPathComponent("site")
        #expect(await build(into: out).succeeded)
        let before = SiteFixture.files(in: out)

        // Break the content: a copy of the fixture with a broken link.
        let broken = scratch.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: SiteFixture.content, toPath: broken.path)
        try "---\ntype: pagina\ntitel: Kapot\n---\n[weg](nergens.md)\n".write(to: broken.appendingPathComponent("kapot.md"), atomically: true, encoding: .utf8)
        let report = await build(content: broken.path, into: out)
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.message.hasPrefix("kapotte link") && $0.line == 5 })
        #expect(SiteFixture.files(in: out) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() == ["content", "site"])
    }

    @Test func refusesToReplaceAFolderItDidNotMake() async throws {
        let scratch = SiteFixture.scratch()
        let out = scratch.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try "belangrijk".write(to: out.appendingPathComponent("notities.txt"), atomically: true, encoding: .utf8)
        let report = await build(into: out)
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.code == "output-not-ours" })
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["notities.txt"])
    }

    @Test func outputIsByteIdenticalAcrossBuilds() async {
        let a = SiteFixture.scratch().appendingPathComponent("site")
        let b = SiteFixture.scratch().appendingPathComponent("site")
        #expect(await build(into: a).succeeded)
        #expect(await build(into: b).succeeded)
        #expect(SiteFixture.files(in: a) == SiteFixture.files(in: b))
    }

    @Test func aBrokenTemplateIsReportedWithItsPosition() async throws {
        let scratch = SiteFixture.scratch()
        let templates = scratch.appendingPathComponent("templates")
        try FileManager.default.copyItem(atPath: SiteFixture.templates, toPath: templates.path)
        try "<p>\n{{#page.title}}\n".write(to: templates.appendingPathComponent("bron.mustache"), atomically: true, encoding: .utf8)
        var options = SiteFixture.options(output: scratch.appendingPathComponent("site").path)
        options.templatesDirectory = templates.path
        let report = await BuildPipeline(options: options).run()
        #expect(!report.succeeded)
        let d = report.diagnostics.first { $0.file.hasSuffix("bron.mustache") }
        #expect(d?.message == "de sectie 'page.title' wordt nergens gesloten")
        #expect(d?.line == 2)
        #expect(d?.column == 1)
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("site").path))
    }
}

@Suite struct SitemapTests {
    @Test func theSitemapListsEveryPageUnderTheConfiguredAddress() async throws {
        let scratch = SiteFixture.scratch()
        let config = scratch.appendingPathComponent("spiegel.yml")
        try "naam: Proefsite\nbasis-url: https://intranet.voorbeeld.nl/leren\n".write(to: config, atomically: true, encoding: .utf8)
        var options = SiteFixture.options(output: scratch.appendingPathComponent("site").path)
        options.configFile = config.path
        #expect(await BuildPipeline(options: options).run().succeeded)
        let sitemap = try String(contentsOf: scratch.appendingPathComponent("site/sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("<loc>https://intranet.voorbeeld.nl/leren/spanningsvelden/doorgaan.html</loc>"))
        #expect(sitemap.contains("<loc>https://intranet.voorbeeld.nl/leren/index.html</loc>"))
        #expect(!sitemap.contains("404.html"))
        #expect(!sitemap.contains("graph.json"))
    }

    @Test func withoutAnAddressThereIsNoSitemap() async {
        let out = SiteFixture.scratch().appendingPathComponent("site")
        #expect(await BuildPipeline(options: SiteFixture.options(output: out.path)).run().succeeded)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("sitemap.xml").path))
    }
}
