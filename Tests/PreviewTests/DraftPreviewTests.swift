import Foundation
import Pipeline
import Testing
@testable import Preview
@testable import Site

/// The preview shows drafts as they will be, under a banner, and a published page that links to
/// one is a warning there (an error in a build).
@Suite(.timeLimit(.minutes(5))) struct DraftPreviewTests {
    @Test func theDraftIsServedWithABannerAndALinkToItIsAWarning() async throws {
        let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("spiegel-draft-preview-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(at: PreviewServerTests.repository.appendingPathComponent(folder),
                                             to: root.appendingPathComponent(folder))
        }
        try """
            ---
            type: pagina
            titel: Zwaluwen in de wijk
            concept: ja
            ---
            Nog niet af. Zie [de tijdlijn](werkkaarten/tijdlijn.md).

            """.write(to: root.appendingPathComponent("content/zwaluwen.md"), atomically: true, encoding: .utf8)
        try "---\ntype: pagina\ntitel: Wie linkt\n---\nLees [over zwaluwen](zwaluwen.md).\n"
            .write(to: root.appendingPathComponent("content/wie-linkt.md"), atomically: true, encoding: .utf8)
        var options = BuildOptions()
        options.contentDirectory = root.appendingPathComponent("content").path
        options.templatesDirectory = root.appendingPathComponent("templates").path
        options.handbookDirectory = nil
        options.configFile = root.appendingPathComponent("spiegel.yml").path
        options.readsGitHistory = false

        let preview = PreviewSite(options: options, log: { _ in })
        _ = await preview.start()
        #expect(await !preview.hasErrors)
        let files = try #require(await preview.good?.files)
        let draft = String(decoding: try #require(files["zwaluwen.html"]), as: UTF8.self)
        #expect(draft.contains("class=\"draft-banner\""))
        #expect(draft.contains("Concept: deze pagina staat nog niet in de site"))
        let published = String(decoding: try #require(files["wie-linkt.html"]), as: UTF8.self)
        #expect(!published.contains("draft-banner"))
        #expect(published.contains("href=\"zwaluwen.html\""))
        let warning = try #require(await preview.problems.first { $0.code == "link-to-draft" })
        #expect(warning.severity == .warning)
        #expect(warning.file.hasSuffix("content/wie-linkt.md") && warning.line == 5 && warning.column == 22)
        #expect(warning.message.contains("'zwaluwen'"))
    }
}
