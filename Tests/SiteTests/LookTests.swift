import Content
import Foundation
import Pipeline
import Testing
@testable import Site

/// An organisation's look from spiegel.yml: colours that keep text readable are taken, colours
/// that do not are refused at their key with the pair and the shortfall, and the logo reaches
/// the header, the worksheets and the booklet.
@Suite struct LookTests {
    /// `spiegel.yml` with `text` in a scratch folder, read as a build reads it; the contrast check
    /// measures against the repository's own stylesheets.
    private func check(_ text: String, files: [String: String] = [:]) throws -> (SiteConfig, [Diagnostic]) {
        let folder = SiteFixture.scratch()
        for (path, contents) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
        let file = folder.appendingPathComponent("spiegel.yml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let (config, read) = SiteConfig.load(from: file.path)
        let (templates, _) = TemplateSet.load(from: SiteFixture.templates)
        return (config, read + LookStyle.diagnostics(config.look, assets: try #require(templates).assets))
    }

    @Test func contrastFollowsWCAGsRelativeLuminance() throws {
        #expect(Colour.black.contrast(with: .white) == 21)
        // Known pairs (WebAIM's checker): #777 on white just misses AA, #767676 just makes it.
        let grey = try #require(Colour(hex: "#777"))
        #expect(abs(grey.contrast(with: .white) - 4.48) < 0.01)
        #expect(try #require(Colour(hex: "767676")).contrast(with: .white) >= 4.5)
        #expect(Colour(hex: "#12345") == nil)
        #expect(Colour(hex: "blue") == nil)
    }

    @Test func spiegelsOwnColoursAndADarkBrandColourAreTaken() throws {
        let (_, own) = try check("""
            hoofdkleur: "#1f5f8b"
            hoofdkleur-donker: "#8cc4ee"
            accentkleur: "#c2410c"
            accentkleur-donker: "#fdba74"
            """)
        #expect(own.isEmpty)
        let (config, brand) = try check("hoofdkleur: \"#7a1f4f\"\naccentkleur: \"#a84300\"\nlettertype: \"Georgia, serif\"\n")
        #expect(brand.isEmpty)
        let (templates, _) = TemplateSet.load(from: SiteFixture.templates)
        let style = LookStyle(config.look, assets: try #require(templates).assets)
        // No dark colour was given: one is made that is readable on the dark pages.
        #expect(style.pageCSS.hasPrefix(":root{--accent:#7a1f4f;"))
        #expect(style.pageCSS.contains("@media (prefers-color-scheme: dark){:root{--accent:#"))
        #expect(style.pageCSS.contains("--font:Georgia, serif"))
        #expect(!style.sheetCSS.contains("prefers-color-scheme"))
    }

    @Test func aLightMainColourIsRefusedAtItsKeyWithThePairAndTheShortfall() throws {
        let (_, diagnostics) = try check("naam: Zorgnet\nhoofdkleur: \"#7fb3d5\"\n")
        let refusal = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(refusal.file.hasSuffix("spiegel.yml"))
        #expect((refusal.line, refusal.column) == (2, 1))
        #expect(refusal.code == "low-contrast")
        #expect(refusal.message.contains("'hoofdkleur' (#7fb3d5)"))
        #expect(refusal.message.contains("lichte modus"))
        #expect(refusal.message.hasSuffix("contrast 1,8:1, minimaal 4,5:1"))
        // The hint names a darker colour of the same tint; taken, it passes.
        let hint = try #require(refusal.hint)
        let suggested = try #require(hint.split(separator: "\"").dropFirst().first.map(String.init))
        #expect(try check("hoofdkleur: \"\(suggested)\"\n").1.isEmpty)
    }

    @Test func aDarkModeColourTooDarkForTheDarkPagesIsRefused() throws {
        let (_, diagnostics) = try check("hoofdkleur: \"#1f5f8b\"\nhoofdkleur-donker: \"#1f5f8b\"\n")
        let refusal = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(refusal.line == 2)
        #expect(refusal.message.contains("donkere modus"))
        #expect(refusal.hint?.contains("lichtere kleur") == true)
    }

    @Test func theAccentIsHeldToTheNonTextMinimum() throws {
        let (_, diagnostics) = try check("accentkleur: \"#f2c14e\"\n")
        #expect(diagnostics.first?.message.contains("minimaal 3,0:1") == true)
        #expect(diagnostics.first?.message.hasPrefix("de focusrand en lijnen in 'accentkleur'") == true)
    }

    @Test func aColourWithoutQuotesAndAMalformedOneAreExplained() throws {
        let (_, comment) = try check("naam: X\naccentkleur: #a84300\n")
        #expect(comment.map(\.code) == ["colour-read-as-comment"])
        #expect(comment.first?.hint?.contains("aanhalingstekens") == true)
        let (_, word) = try check("hoofdkleur: paars\n")
        #expect(word.map(\.code) == ["colour-not-hex"])
    }

    @Test func aMissingLogoIsAnErrorAtItsKey() throws {
        let (_, diagnostics) = try check("naam: X\norganisatie: Y\n  \nlogo: huisstijl/logo.svg\n")
        let missing = try #require(diagnostics.first)
        #expect(missing.code == "logo-missing")
        #expect((missing.line, missing.column) == (4, 1))
        #expect(missing.message == "het logo 'huisstijl/logo.svg' bestaat niet")
        let (_, notPicture) = try check("logo: logo.txt\n", files: ["logo.txt": "Zorgnet"])
        #expect(notPicture.map(\.code) == ["logo-not-picture"])
    }

    @Test func aFontThatWouldLeaveItsDeclarationIsRefused() throws {
        let (config, diagnostics) = try check("lettertype: \"Georgia; } body { display: none\"\n")
        #expect(diagnostics.map(\.code) == ["font-not-family-list"])
        #expect(config.look.font == nil)
    }

    @Test func theLogoAndColoursReachPagesWorksheetsAndTheBooklet() async throws {
        let scratch = SiteFixture.scratch()
        let logo = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 40\"><rect width=\"40\" height=\"40\" fill=\"#7a1f4f\"/></svg>"
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("beeld"), withIntermediateDirectories: true)
        try logo.write(to: scratch.appendingPathComponent("beeld/Logo.SVG"), atomically: true, encoding: .utf8)
        let config = scratch.appendingPathComponent("spiegel.yml")
        try "naam: Proefsite\norganisatie: Zorgnet\nlogo: beeld/Logo.SVG\nhoofdkleur: \"#7a1f4f\"\n"
            .write(to: config, atomically: true, encoding: .utf8)
        let site = scratch.appendingPathComponent("site")
        var options = SiteFixture.options(output: site.path)
        options.configFile = config.path
        let report = await BuildPipeline(options: options).run()
        #expect(report.diagnostics.isEmpty)
        #expect(SiteFixture.text("huisstijl/logo.svg", in: site) == logo)
        let page = SiteFixture.text("werkkaarten/tijdlijn.html", in: site)
        #expect(page.contains("<a class=\"brand\" href=\"../index.html\"><img class=\"brand-logo\" src=\"../huisstijl/logo.svg\" alt=\"\">Proefsite</a>"))
        #expect(page.contains("<style>:root{--accent:#7a1f4f;"))
        let sheet = SiteFixture.text("werkbladen/werkblad-tijdlijn.html", in: site)
        #expect(sheet.contains("<img class=\"sheet-logo\" src=\"../huisstijl/logo.svg\" alt=\"Logo van Zorgnet\">"))
        #expect(sheet.contains("<style>:root{--accent:#7a1f4f}"))
        #expect(SiteFixture.text("werkbladen/werkboek.html", in: site).contains("<img class=\"cover-logo\" src=\"../huisstijl/logo.svg\""))
    }

    @Test func withoutALookPagesAreAsSpiegelDrawsThem() async throws {
        let site = SiteFixture.scratch().appendingPathComponent("site")
        #expect(await BuildPipeline(options: SiteFixture.options(output: site.path)).run().succeeded)
        let page = SiteFixture.text("werkkaarten/tijdlijn.html", in: site)
        #expect(!page.contains("<style>"))
        #expect(!page.contains("brand-logo"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("huisstijl").path))
    }
}
