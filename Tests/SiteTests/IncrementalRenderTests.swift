import Content
import Foundation
import Pipeline
import Testing
@testable import Site

/// The preview server loads with a cache (`SourceCache`) and renders only the pages an edit
/// touches. Whatever the edit, the result must be byte for byte what a full build gives.
@Suite struct IncrementalRenderTests {
    static let knowledgeBase = SiteFixture.repository.appendingPathComponent("content").path

    struct Edit: Sendable, CustomTestStringConvertible {
        let name: String
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

    static let edits: [Edit] = [
        Edit(name: "a work card's title", apply: replace("werkkaarten/tijdlijn.md", "titel: ", "titel: Nieuw - ")),
        Edit(name: "a work card's number", apply: replace("werkkaarten/tijdlijn.md", "nummer: ", "nummer: 1")),
        Edit(name: "a tension field's body", apply: replace("spanningsvelden/doorgaan-en-vertragen.md", "\n---\n", "\n---\nEen nieuwe eerste zin.\n\n")),
        Edit(name: "a question's text", apply: replace("spanningsvelden/doorgaan-en-vertragen.md", "tekst: >-\n      ", "tekst: >-\n      Nu anders, ")),
        Edit(name: "a source's title", apply: replace("bronnen/lipsky-2010.md", "titel: ", "titel: Herzien ")),
        Edit(name: "a menu page's title", apply: replace("begrippen.md", "titel: ", "titel: Woorden en ")),
        Edit(name: "a new page linking to a work card", apply: { root in
            try "---\ntype: pagina\ntitel: Nieuw\n---\nZie [de tijdlijn](werkkaarten/tijdlijn.md).\n"
                .write(to: root.appendingPathComponent("toegevoegd.md"), atomically: true, encoding: .utf8)
        }),
        Edit(name: "a page removed", apply: { root in
            try FileManager.default.removeItem(at: root.appendingPathComponent("kenis/sturen-in-netwerken.md"))
            try replaceAll(in: root, "](sturen-in-netwerken.md)", "](netwerkgovernance.md)")
            try replaceAll(in: root, "](kenis/sturen-in-netwerken.md)", "](kenis/netwerkgovernance.md)")
            try replaceAll(in: root, "](../kenis/sturen-in-netwerken.md)", "](../kenis/netwerkgovernance.md)")
            try replaceAll(in: root, "sturen-in-netwerken", "netwerkgovernance")
        }),
    ]

    @Test(arguments: edits)
    func renderingOnlyTheAffectedPagesGivesWhatAFullBuildGives(_ edit: Edit) async throws {
        let root = SiteFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: Self.knowledgeBase, toPath: content.path)
        let templates = try #require(TemplateSet.load(from: SiteFixture.templates).0)
        var cache: SourceCache? = SourceCache()
        let before = await Self.load(content.path, cache: &cache)
        #expect(!before.diagnostics.hasErrors)
        var site = Dictionary(uniqueKeysWithValues: await SiteRenderer(graph: before.graph, templates: templates, config: SiteConfig())
            .render().map { ($0.path, $0.data) })

        try edit.apply(content)
        let after = await Self.load(content.path, cache: &cache)
        #expect(!after.diagnostics.hasErrors, "\(after.diagnostics.filter { $0.severity == .error }.map(\.formatted))")
        let renderer = SiteRenderer(graph: after.graph, templates: templates, config: SiteConfig())
        let full = Dictionary(uniqueKeysWithValues: await renderer.render().map { ($0.path, $0.data) })
        // As the preview asks: only the entities the cached load read again can differ.
        if let affected = PageDependencies.affectedPaths(from: before.graph, to: after.graph, candidates: after.touched) {
            let partial = await renderer.render(only: affected)
            for path in affected { site[path] = nil }
            for file in partial { site[file.path] = file.data }
            #expect(affected.count < full.count / 2, "\(affected.count) of \(full.count) pages")
        } else {
            site = full
            #expect(edit.name == "a menu page's title")
        }
        #expect(Set(site.keys) == Set(full.keys))
        for (path, data) in full where site[path] != data {
            Issue.record("\(path) differs from the full build")
        }
        // A fresh load of the edited folder equals the cached one.
        let fresh = await loadContent(content.path)
        #expect(fresh.diagnostics == after.diagnostics)
        #expect(GraphJSON.encode(fresh.graph) == GraphJSON.encode(after.graph))
    }

    /// A load with the preview's cache, comparing every file's stamp (no changed paths given).
    static func load(_ folder: String, cache: inout SourceCache?) async -> LoadedContent {
        var clock = StageClock()
        return await BuildPipeline.loadContent(folder: folder, cache: &cache, clock: &clock)
    }

    @Test func aSecondLoadReadsOnlyTheChangedFile() async throws {
        let root = SiteFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: Self.knowledgeBase, toPath: content.path)
        var cache: SourceCache? = SourceCache()
        let first = await Self.load(content.path, cache: &cache)
        #expect(first.touched == nil, "the first load reads every file")
        #expect(first.graph.entities.count > 50)
        let again = await Self.load(content.path, cache: &cache)
        #expect(again.touched == [])
        try Self.replace("werkkaarten/tijdlijn.md", "titel: ", "titel: Nieuw - ")(content)
        let edited = await Self.load(content.path, cache: &cache)
        let touched = try #require(edited.touched)
        #expect(touched.contains("tijdlijn"))
        for id in touched {
            #expect(edited.graph.entity(id)?.sourcePath.hasSuffix("werkkaarten/tijdlijn.md") == true, "\(id) was read again")
        }
    }

    private static func replaceAll(in root: URL, _ old: String, _ new: String) throws {
        let enumerator = FileManager.default.enumerator(atPath: root.path)!
        for case let path as String in enumerator where path.hasSuffix(".md") {
            let url = root.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            if text.contains(old) { try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8) }
        }
    }
}
