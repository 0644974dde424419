import Foundation
import Testing
@testable import Preview
@testable import Site

/// After an edit the preview rebuilds from the paths the watcher reported: the content cache
/// patches its graph and only the affected pages are rendered. The files it then serves must be
/// byte for byte those of a preview started fresh on the edited folders.
@Suite(.timeLimit(.minutes(2))) struct IncrementalPreviewTests {
    struct Edit: Sendable, CustomTestStringConvertible {
        let name: String
        /// Paths relative to the scratch repository, as the watcher would report them.
        let paths: [String]
        let apply: @Sendable (URL) throws -> Void
        var testDescription: String { name }
    }

    static func replace(_ path: String, _ old: String, _ new: String) -> @Sendable (URL) throws -> Void {
        { root in
            let url = root.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(old), "\(path) does not contain \(old)")
            try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        }
    }

    static let card = "content/werkkaarten/tijdlijn.md"
    static let edits: [Edit] = [
        Edit(name: "body text", paths: [card], apply: replace(card, "\n---\n", "\n---\nEen nieuwe eerste zin.\n\n")),
        Edit(name: "a title", paths: [card], apply: replace(card, "titel: Een tijdlijn maken", "titel: Aaa tijdlijn")),
        Edit(name: "a link added", paths: [card], apply: replace(card, "\n---\n", "\n---\nZie ook [kunst](kunst.md).\n\n")),
        Edit(name: "a relation field", paths: [card], apply: replace(card, "bronnen: [nji-samen-lerend-doen]", "bronnen: [nji-samen-lerend-doen, lipsky-2010]")),
        Edit(name: "a file added", paths: ["content/nieuw.md"]) { root in
            try "---\ntype: pagina\ntitel: Nieuw\n---\nZie [de tijdlijn](werkkaarten/tijdlijn.md).\n"
                .write(to: root.appendingPathComponent("content/nieuw.md"), atomically: true, encoding: .utf8)
        },
        // A footer page: its new id and URL reach every page.
        Edit(name: "an id", paths: ["content/over.md"], apply: replace("content/over.md", "id: over\n", "id: over-spiegel\n")),
    ]

    @Test(arguments: edits)
    func aRebuildFromWatchedPathsServesWhatAFreshStartServes(_ edit: Edit) async throws {
        let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("spiegel-incremental-preview-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["content", "templates", "handleiding"] {
            try FileManager.default.copyItem(at: PreviewServerTests.repository.appendingPathComponent(folder),
                                             to: root.appendingPathComponent(folder))
        }
        var options = SiteBuild.Options()
        options.contentDirectory = root.appendingPathComponent("content").path
        options.templatesDirectory = root.appendingPathComponent("templates").path
        options.handbookDirectory = root.appendingPathComponent("handleiding").path
        options.configFile = root.appendingPathComponent("spiegel.yml").path
        options.readsGitHistory = false

        let preview = PreviewSite(options: options, log: { _ in })
        _ = await preview.start()
        try edit.apply(root)
        let paths = edit.paths.map { root.appendingPathComponent($0).standardizedFileURL.path }
        _ = await preview.rebuild(after: SourceChanges(paths: paths))
        let fresh = PreviewSite(options: options, log: { _ in })
        _ = await fresh.start()

        let served = try #require(await preview.good?.files)
        let expected = try #require(await fresh.good?.files)
        #expect(await !preview.hasErrors)
        #expect(Set(served.keys) == Set(expected.keys))
        // graph.json is rendered when asked for, not on every rebuild.
        for (path, data) in expected where path != "graph.json" && served[path] != data {
            Issue.record("\(path) differs from a fresh start")
        }
        #expect(await preview.response(for: "/graph.json").body == fresh.response(for: "/graph.json").body)
    }
}
