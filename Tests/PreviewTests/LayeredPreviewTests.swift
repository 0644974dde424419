import Foundation
import Pipeline
import Testing
import TestSupport
@testable import Content
@testable import Preview
@testable import Site

/// The preview of a site of layers (`inhoud:` and `sjablonen:` in `spiegel.yml`) watches every
/// layer: an edit in any of them, or in the configuration that lists them, is served as a fresh
/// start on the edited folders would serve it.
@Suite(.timeLimit(.minutes(5))) struct LayeredPreviewTests {
    /// A file written (whole) while the preview runs, relative to the scratch folder, and a text
    /// the page `page` must then show.
    struct Save: Sendable, CustomTestStringConvertible {
        let name: String
        let path: String
        let text: String
        let page: String
        let shows: String
        var lacks: String? = nil
        var testDescription: String { name }
    }

    static let config = "naam: Gelaagd\ninhoud: [content, eigen]\nsjablonen: [templates, eigen-sjablonen]\n"
    static let footer = "<footer class=\"site-footer\"><p>Voet van de organisatie</p></footer>\n"

    static let saves: [Save] = [
        Save(name: "a page of the organisation's layer", path: "eigen/regio.md",
             text: "---\ntype: pagina\ntitel: Onze regio\n---\nNieuwe tekst over de regio.\n", page: "/regio.html", shows: "Nieuwe tekst over de regio."),
        Save(name: "a replacement of a base page", path: "eigen/index.md",
             text: "---\ntype: pagina\ntitel: Ons eigen begin\n---\nZie [de tijdlijn](werkkaarten/tijdlijn.md) en [doorgaan](spanningsvelden/doorgaan.md).\n",
             page: "/index.html", shows: "Ons eigen begin"),
        Save(name: "a partial of the organisation's templates", path: "eigen-sjablonen/partials/site-footer.mustache",
             text: "<footer class=\"site-footer\"><p>Een andere voet</p></footer>\n", page: "/index.html", shows: "Een andere voet"),
        Save(name: "the configuration hiding a page", path: "spiegel.yml",
             text: config + "verbergen: [sessie]\n", page: "/werkbladen/index.html", shows: "werkblad-tijdlijn",
             lacks: "sessie.html"),
    ]

    /// The small site of the site tests as the shared base: four previews of the whole knowledge
    /// base at once would take minutes on a busy machine.
    static let base = PreviewServerTests.repository.appendingPathComponent("Tests/SiteTests/Fixtures/content")

    static func scratch() throws -> (root: URL, options: BuildOptions) {
        let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("spiegel-layered-preview-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("eigen"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("eigen-sjablonen/partials"), withIntermediateDirectories: true)
        try fm.copyItem(at: Self.base, to: root.appendingPathComponent("content"))
        try fm.copyItem(at: PreviewServerTests.repository.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        try "---\ntype: pagina\ntitel: Onze regio\n---\nOver de regio.\n".write(to: root.appendingPathComponent("eigen/regio.md"), atomically: true, encoding: .utf8)
        try footer.write(to: root.appendingPathComponent("eigen-sjablonen/partials/site-footer.mustache"), atomically: true, encoding: .utf8)
        try config.write(to: root.appendingPathComponent("spiegel.yml"), atomically: true, encoding: .utf8)
        var options = BuildOptions()
        options.configFile = root.appendingPathComponent("spiegel.yml").path
        options.handbookDirectory = nil
        options.readsGitHistory = false
        return (root, options)
    }

    @Test(arguments: saves)
    func aSaveInAnyLayerIsServedAsAFreshStartServesIt(_ save: Save) async throws {
        let (root, options) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let preview = PreviewSite(options: options, log: { _ in })
        _ = await preview.start()
        let problems = await preview.problems
        #expect(!problems.hasErrors, "\(problems.map(\.formatted))")
        #expect(await preview.watchedRoots.contains(root.appendingPathComponent("eigen").path))
        #expect(await preview.watchedRoots.contains(root.appendingPathComponent("eigen-sjablonen").path))

        let url = root.appendingPathComponent(save.path)
        try save.text.write(to: url, atomically: true, encoding: .utf8)
        _ = await preview.rebuild(after: SourceChanges(paths: [url.standardizedFileURL.path]))
        let fresh = PreviewSite(options: options, log: { _ in })
        _ = await fresh.start()

        let after = await preview.problems
        #expect(!after.hasErrors, "\(after.map(\.formatted))")
        let served = try #require(await preview.good?.files)
        let expected = try #require(await fresh.good?.files)
        #expect(Set(served.keys) == Set(expected.keys))
        for (path, data) in expected where path != "graph.json" && served[path] != data {
            Issue.record("\(path) differs from a fresh start")
        }
        let page = String(decoding: await preview.response(for: save.page).body, as: UTF8.self)
        #expect(page.contains(save.shows))
        if let lacks = save.lacks { #expect(!page.contains(lacks)) }
    }

    /// Dates refresh after a commit because the preview watches git's log of the repository
    /// that holds the organisation's own layer, the last one, whatever the layers are called:
    /// not of a folder `content` that such a site need not have.
    @Test func theOwnLayersRepositoryLogIsWatched() async throws {
        let (root, scratchOptions) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let fm = FileManager.default
        try fm.moveItem(at: root.appendingPathComponent("content"), to: root.appendingPathComponent("basis"))
        try "naam: Gelaagd\ninhoud: [basis, eigen]\n".write(to: root.appendingPathComponent("spiegel.yml"), atomically: true, encoding: .utf8)
        try Git.run(["init", "-q"], in: root)
        try Git.run(["add", "."], in: root)
        try Git.run(["commit", "-q", "-m", "begin"], in: root, date: "2024-05-01T12:00:00+02:00")
        var options = scratchOptions
        options.readsGitHistory = true
        let preview = PreviewSite(options: options, log: { _ in })
        _ = await preview.start()
        let log = root.appendingPathComponent(".git/logs/HEAD").standardizedFileURL.path
        #expect(await preview.gitLog == log)
        #expect(await preview.watchedRoots.contains(log))
    }
}
