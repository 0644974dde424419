import Foundation
import Pipeline
import Synchronization
import Testing
@testable import Content
@testable import Preview
@testable import Site

/// After an edit the preview rebuilds from the paths the watcher reported: the content stages read
/// and render only the changed files again (`SourceCache`) and only the affected pages are
/// rendered. The files it then serves must be byte for byte those of a preview started fresh on
/// the edited folders.
@Suite(.timeLimit(.minutes(10))) struct IncrementalPreviewTests {
    /// Replaces `old` with `new` in the file at `path` (relative to the scratch repository, as the
    /// watcher reports it), writes a new file with `new` when `old` is nil, or removes the file
    /// when both are nil.
    struct Edit: Sendable, CustomTestStringConvertible {
        let name: String
        let path: String
        var old: String?
        let new: String?
        var testDescription: String { name }

        func apply(in root: URL) throws {
            let url = root.appendingPathComponent(path)
            guard let new else { return try FileManager.default.removeItem(at: url) }
            guard let old else { return try new.write(to: url, atomically: true, encoding: .utf8) }
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(old), "\(path) does not contain \(old)")
            try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        }
    }

    static let card = "content/werkkaarten/tijdlijn.md"
    static let edits: [Edit] = [
        Edit(name: "body text", path: card, old: "\n---\n", new: "\n---\nEen nieuwe eerste zin.\n\n"),
        Edit(name: "a title", path: card, old: "titel: Een tijdlijn maken", new: "titel: Aaa tijdlijn"),
        Edit(name: "a link added", path: card, old: "\n---\n", new: "\n---\nZie ook [kunst](kunst.md).\n\n"),
        Edit(name: "a relation field", path: card, old: "bronnen: [nji-samen-lerend-doen]", new: "bronnen: [nji-samen-lerend-doen, lipsky-2010]"),
        Edit(name: "a file added", path: "content/toegevoegd.md", old: nil,
             new: "---\ntype: pagina\ntitel: Nieuw\n---\nZie [de tijdlijn](werkkaarten/tijdlijn.md).\n"),
        // A footer page: its new id and URL reach every page.
        Edit(name: "an id", path: "content/over.md", old: "id: over\n", new: "id: over-spiegel\n"),
        // A picture beside the Markdown: copied again, and listed on the page that starts to use it.
        Edit(name: "a picture changed", path: "content/werkkaarten/tijdlijn-flipover.svg", old: "gezin Jansen", new: "gezin De Vries"),
        Edit(name: "a picture used on a second page", path: "content/werkkaarten/geno-sociogram.md", old: "\n---\n",
             new: "\n---\n![Een tijdlijn op een flip-over](tijdlijn-flipover.svg)\n\n"),
        // The work card tijdlijn shows this question in its body and on its worksheet (`Reuse`).
        Edit(name: "the text of a question another page shows", path: "content/spanningsvelden/doorgaan-en-vertragen.md",
             old: "tekst: Als je toen op dezelfde voet bent doorgegaan, wat was daarvoor de reden?", new: "tekst: Waarom ging je toen door?"),
        // A draft leaves the pages that listed it; the preview shows it, under a banner.
        Edit(name: "a page made a draft", path: "content/werkkaarten/kunst.md", old: "titel:", new: "concept: ja\ntitel:"),
        // Its page and every mention of it must go.
        Edit(name: "a file removed", path: "content/werkbladen/vertragen-met-een-tijdlijn.md", old: nil, new: nil),
    ]

    /// The repository's content, templates and handbook copied to a scratch folder, and the
    /// options that preview them.
    static func scratch() throws -> (root: URL, options: BuildOptions) {
        let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("spiegel-incremental-preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["content", "templates", "handleiding"] {
            try FileManager.default.copyItem(at: PreviewServerTests.repository.appendingPathComponent(folder),
                                             to: root.appendingPathComponent(folder))
        }
        var options = BuildOptions()
        options.contentDirectory = root.appendingPathComponent("content").path
        options.templatesDirectory = root.appendingPathComponent("templates").path
        options.handbookDirectory = root.appendingPathComponent("handleiding").path
        options.configFile = root.appendingPathComponent("spiegel.yml").path
        options.readsGitHistory = false
        return (root, options)
    }

    @Test(arguments: edits)
    func aRebuildFromWatchedPathsServesWhatAFreshStartServes(_ edit: Edit) async throws {
        let (root, options) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: root) }

        let preview = PreviewSite(options: options, log: { _ in })
        _ = await preview.start()
        try edit.apply(in: root)
        _ = await preview.rebuild(after: SourceChanges(paths: [root.appendingPathComponent(edit.path).standardizedFileURL.path]))
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

    /// A file that looks like a page but is not read, saved while the preview runs, gets the
    /// warning `check` gives, in the strip on every page, at once: no page is rendered again, since
    /// none changed. Renamed to `.md`, the warning goes and the page comes.
    @Test func aMarkdownLookalikeAddedWhileRunningIsWarnedWithoutRenderingAgain() async throws {
        let (root, options) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let notices = Mutex<[Notice]>([])
        let preview = PreviewSite(options: options, log: { notice in notices.withLock { $0.append(notice) } })
        _ = await preview.start()
        let page = "---\ntype: pagina\ntitel: Een gesprek voeren\n---\nZie [de tijdlijn](tijdlijn.md).\n"
        func rendered() -> Int? {
            guard case .previewRebuilt(_, _, let rendered, _, _, _)? = notices.withLock({ $0.last }) else { return nil }
            return rendered
        }
        func save(_ path: String) async throws -> ReloadEvent? {
            try page.write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
            return await preview.rebuild(after: SourceChanges(paths: [root.appendingPathComponent(path).standardizedFileURL.path]))
        }

        for (path, expected) in [("content/werkkaarten/Gesprek.MD", "Gesprek.md"), ("content/werkkaarten/gesprek.markdown", "gesprek.md")] {
            let event = try #require(try await save(path), "\(path): no page was told")
            // The strip is on every page, so every open page reloads: nil names them all.
            #expect(event.paths == nil)
            #expect(rendered() == 0, "\(path): pages were rendered again")
            let name = String(path.split(separator: "/").last!)
            let warning = try #require(await preview.problems.first { $0.code == "not-read-as-markdown" && $0.file.hasSuffix("/" + name) })
            #expect(warning.file == root.appendingPathComponent(path).path)
            #expect(warning.line == 1 && warning.column == 1 && warning.severity == .warning)
            #expect(warning.message == "'\(name)' lijkt een pagina, maar Spiegel leest het niet: alleen bestanden die op .md eindigen worden pagina's")
            #expect(warning.hint == "noem het bestand '\(expected)' als het een pagina moet worden")
            let card = String(decoding: await preview.response(for: "/werkkaarten/kunst.html").body, as: UTF8.self)
            #expect(card.contains("werkkaarten/\(name):1</code> \(Markup.escape(warning.message))"), "the strip does not name \(name)")
        }
        let card = String(decoding: await preview.response(for: "/werkkaarten/kunst.html").body, as: UTF8.self)
        #expect(card.contains("<strong>Waarschuwingen: 2</strong>"))

        // Renamed as the warning says: a page now (a pagina lands at the site's root), and no warning about it.
        let old = root.appendingPathComponent("content/werkkaarten/Gesprek.MD"), new = root.appendingPathComponent("content/werkkaarten/gesprek.md")
        try FileManager.default.moveItem(at: old, to: new)
        _ = await preview.rebuild(after: SourceChanges(paths: [old.standardizedFileURL.path, new.standardizedFileURL.path]))
        #expect(await !preview.problems.contains { $0.file == old.path })
        #expect(await preview.problems.contains { $0.file.hasSuffix("gesprek.markdown") })
        let made = await preview.response(for: "/gesprek.html")
        #expect(made.status == 200 && String(decoding: made.body, as: UTF8.self).contains("<h1>Een gesprek voeren</h1>"))
    }
}

