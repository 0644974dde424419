import Foundation
import Pipeline
import Testing
@testable import Site

/// "Laatst gewijzigd" and "Bewerk deze pagina" come from git, in one pass over the log.
@Suite struct GitHistoryTests {
    /// A repository with the fixture content under `kennisbank/`, committed twice at fixed dates.
    private func repository() throws -> URL {
        let root = SiteFixture.scratch()
        let content = root.appendingPathComponent("kennisbank")
        try FileManager.default.copyItem(atPath: SiteFixture.content, toPath: content.path)
        try git(["init", "-q"], in: root)
        try git(["add", "."], in: root)
        try git(["commit", "-q", "-m", "eerste versie"], in: root, date: "2024-01-15T10:00:00+01:00")
        let card = content.appendingPathComponent("werkkaarten/tijdlijn.md")
        try (String(contentsOf: card, encoding: .utf8) + "\nEen zin erbij.\n").write(to: card, atomically: true, encoding: .utf8)
        try git(["commit", "-q", "-am", "tijdlijn aangevuld"], in: root, date: "2025-03-03T23:30:00+01:00")
        return root
    }

    @Test func pagesShowTheirLastCommitAndAnEditLink() async throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let config = root.appendingPathComponent("spiegel.yml")
        try "naam: Proef\nbewerk-url: https://git.voorbeeld.nl/org/kb/-/edit/main\n".write(to: config, atomically: true, encoding: .utf8)
        var options = SiteFixture.options(content: root.appendingPathComponent("kennisbank").path,
                                          output: root.appendingPathComponent("site").path)
        options.configFile = config.path
        options.readsGitHistory = true
        let report = await BuildPipeline(options: options).run()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let card = try String(contentsOf: root.appendingPathComponent("site/werkkaarten/tijdlijn.html"), encoding: .utf8)
        // 23:30 in Amsterdam on 3 March, whatever the zone of the machine that builds.
        #expect(card.contains("Laatst gewijzigd op <time datetime=\"2025-03-03\">3 maart 2025</time>"))
        #expect(card.contains("<a href=\"https://git.voorbeeld.nl/org/kb/-/edit/main/kennisbank/werkkaarten/tijdlijn.md\">Bewerk deze pagina</a>"))
        let source = try String(contentsOf: root.appendingPathComponent("site/bronnen/nji.html"), encoding: .utf8)
        #expect(source.contains("<time datetime=\"2024-01-15\">15 januari 2024</time>"))
    }

    @Test func historyIsReadInOnePassWithPathsRelativeToTheContentFolder() async throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let history = await GitHistory.read(contentDirectory: root.appendingPathComponent("kennisbank").path)
        #expect(history.contentPrefix == "kennisbank/")
        #expect(history.lastChange["werkkaarten/tijdlijn.md"] == ISO8601DateFormatter().date(from: "2025-03-03T22:30:00Z"))
        let files = FileManager.default.enumerator(atPath: SiteFixture.content)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }
        #expect(history.lastChange.count == files.count)
    }

    @Test func outsideAGitCheckoutNothingIsShownAndTheBuildWorks() async throws {
        let root = SiteFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(atPath: SiteFixture.content, toPath: root.appendingPathComponent("content").path)
        #expect(await GitHistory.read(contentDirectory: root.appendingPathComponent("content").path) == .none)
        var options = SiteFixture.options(content: root.appendingPathComponent("content").path,
                                          output: root.appendingPathComponent("site").path)
        options.readsGitHistory = true
        #expect(await BuildPipeline(options: options).run().succeeded)
        let card = try String(contentsOf: root.appendingPathComponent("site/werkkaarten/tijdlijn.html"), encoding: .utf8)
        #expect(!card.contains("Laatst gewijzigd"))
        #expect(!card.contains("Bewerk deze pagina"))
    }

    private func git(_ arguments: [String], in folder: URL, date: String? = nil) throws {
        try SiteFixture.git(arguments, in: folder, date: date)
    }
}
