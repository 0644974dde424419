import Foundation
import Pipeline
import Testing
@testable import Content
@testable import Site

/// Template folders listed in `spiegel.yml` under `sjablonen:`: Spiegel's own set first, then
/// the organisation's folder, which holds only the files it changes.
@Suite struct TemplateLayerTests {
    /// A scratch site whose `spiegel.yml` lists Spiegel's templates (line 3) and `eigen` (line 4).
    private func site(_ files: [String: String], folders: [String]? = nil) throws -> (LayeredSite, BuildOptions) {
        let site = try LayeredSite([:], layers: [SiteFixture.content])
        for (path, text) in files {
            let url = site.root.appendingPathComponent("eigen").appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let listed = (folders ?? [SiteFixture.templates, "eigen"]).map { "  - \($0)\n" }.joined()
        try ("naam: Laagsite\nsjablonen:\n" + listed).write(toFile: site.config, atomically: true, encoding: .utf8)
        return (site, site.options)
    }

    @Test func aLaterFolderReplacesOnePartialAndAStylesheetAndTheRestComesFromSpiegel() async throws {
        let footer = "<footer class=\"site-footer\"><p>Ons eigen voetje</p></footer>\n"
        let (site, options) = try site(["partials/site-footer.mustache": footer, "werkblad.css": "/* eigen */\n"])
        defer { site.remove() }
        let report = await BuildPipeline(options: options).run()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let home = site.text("index.html")
        #expect(home.contains("Ons eigen voetje"))
        // The header and the layout are still Spiegel's own.
        let spiegelHeader = try String(contentsOfFile: SiteFixture.templates + "/partials/site-header.mustache", encoding: .utf8)
        #expect(spiegelHeader.contains("site-header") && home.contains("site-header"))
        #expect(site.text("werkblad.css") == "/* eigen */\n")
        #expect(site.text("style.css") == (try String(contentsOfFile: SiteFixture.templates + "/style.css", encoding: .utf8)))
    }

    @Test func aPartialThatNoFolderHoldsIsAnErrorNamingBothTemplates() async throws {
        let footer = "<footer>\n  {{> partials/logo}}\n</footer>\n"
        let (site, options) = try site(["partials/site-footer.mustache": footer])
        defer { site.remove() }
        let report = await BuildPipeline(options: options).run()
        let error = try #require(report.diagnostics.first { $0.code == "layer-partial-missing" })
        let file = site.root.path + "/eigen/partials/site-footer.mustache"
        #expect((error.file, error.line, error.column) == (file, 2, 3))
        #expect(error.message == "het sjabloon 'partials/site-footer' (\(file)) gebruikt het deelsjabloon 'partials/logo', maar geen sjabloonmap heeft 'partials/logo.mustache'")
        #expect(!report.siteWritten)
    }

    @Test func aTemplateFolderThatDoesNotExistIsAnErrorAtItsEntry() async throws {
        let (site, options) = try site([:], folders: [SiteFixture.templates, "huisstijl"])
        defer { site.remove() }
        let report = await BuildPipeline(options: options).run()
        let error = try #require(report.diagnostics.first { $0.code == "layer-folder-missing" })
        #expect((error.file, error.line, error.column) == (site.config, 4, 5))
        #expect(error.message == "de map '\(site.root.path)/huisstijl' onder 'sjablonen:' bestaat niet")
    }

    @Test func theTemplatesOptionStillReadsOneFolder() async throws {
        let (site, base) = try site([:], folders: [SiteFixture.templates, "huisstijl"])
        defer { site.remove() }
        var options = base
        options.templatesDirectory = SiteFixture.templates
        options.templatesGiven = true
        let report = await BuildPipeline(options: options).run()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
    }
}
