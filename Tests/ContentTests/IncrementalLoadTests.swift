import Foundation
import Testing
@testable import Content
import Pipeline

/// The preview runs the build's content stages with a cache (`SourceCache`) and tells them which
/// files changed (or nothing, and the stamps decide): only those are read and rendered again.
/// Whatever the edit, the result must be what a fresh load of the edited folder gives: the same
/// entities in the same order, relations, backlinks, questions and diagnostics.
@Suite struct IncrementalLoadTests {
    static let knowledgeBase = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("content").path

    struct Edit: Sendable, CustomTestStringConvertible {
        let name: String
        /// The files the edit writes, relative to the content folder (what the watcher reports).
        let paths: [String]
        /// Edits the folder; false when the text to replace is not there (an earlier edit took it).
        let apply: @Sendable (String) throws -> Bool
        var testDescription: String { name }
    }

    static func edit(_ name: String, _ path: String, _ old: String, _ new: String) -> Edit {
        Edit(name: name, paths: [path]) { root in
            let file = root + "/" + path
            let text = try String(contentsOfFile: file, encoding: .utf8)
            guard text.contains(old) else { return false }
            try text.replacingOccurrences(of: old, with: new).write(toFile: file, atomically: true, encoding: .utf8)
            return true
        }
    }

    static let edits: [Edit] = [
        edit("body text", "werkkaarten/tijdlijn.md", "\n---\n", "\n---\nEen nieuwe eerste zin.\n\n"),
        edit("a title, which moves the entity within its type", "werkkaarten/tijdlijn.md", "titel: Een tijdlijn maken", "titel: Aaa tijdlijn"),
        edit("a number", "werkkaarten/tijdlijn.md", "nummer: 3", "nummer: 39"),
        edit("a link added", "werkkaarten/tijdlijn.md", "\n---\n", "\n---\nZie ook [kunst](kunst.md).\n\n"),
        edit("every link removed", "werkkaarten/facilitator.md", "](", "] ("),
        edit("a broken link", "werkkaarten/tijdlijn.md", "\n---\n", "\n---\nZie [niets](bestaat-niet.md).\n\n"),
        edit("a link to a missing anchor", "werkkaarten/tijdlijn.md", "\n---\n", "\n---\nZie [niets](../begrippen.md#bestaat-niet).\n\n"),
        edit("a heading other pages link to", "begrippen.md", "## Facilitator", "## De rol van facilitator"),
        edit("a relation field", "werkkaarten/tijdlijn.md", "bronnen: [nji-samen-lerend-doen]", "bronnen: [nji-samen-lerend-doen, lipsky-2010]"),
        edit("a relation to nothing", "werkkaarten/tijdlijn.md", "verwant: [doorgaan-en-vertragen", "verwant: [bestaat-niet, doorgaan-en-vertragen"),
        edit("the only citation of a source removed", "werkkaarten/tijdlijn.md", "bronnen: [nji-samen-lerend-doen]", "bronnen: []"),
        edit("a question's text", "werkkaarten/tijdlijn.md", "tekst: Wat zien we als we samen naar de tijdlijn kijken?", "tekst: Wat zien we nu?"),
        // The work card tijdlijn shows this question in its body (`Reuse`): its body must follow.
        edit("the text of a question another page shows", "spanningsvelden/doorgaan-en-vertragen.md",
             "tekst: Als je toen op dezelfde voet bent doorgegaan, wat was daarvoor de reden?", "tekst: Waarom ging je toen door?"),
        edit("a page made a draft", "werkkaarten/kunst.md", "titel:", "concept: ja\ntitel:"),
        edit("a dimension value quadrants use", "dimensies/type-zorgvraag.md", "- id: complex\n", "- id: ingewikkeld\n"),
        edit("a work card's steps that a worksheet carries", "werkkaarten/tijdlijn.md", "stappen:", "stapjes:"),
        edit("broken front matter", "werkkaarten/tijdlijn.md", "nummer: 3", "nummer: [drie"),
        edit("an id", "werkkaarten/kunst.md", "titel:", "id: kunst-inzetten\ntitel:"),
        Edit(name: "a file added", paths: ["toegevoegd.md"]) { root in
            try "---\ntype: pagina\ntitel: Nieuw\n---\nZie [de tijdlijn](werkkaarten/tijdlijn.md).\n"
                .write(toFile: root + "/toegevoegd.md", atomically: true, encoding: .utf8)
            return true
        },
        Edit(name: "a file removed", paths: ["werkkaarten/kunst.md"]) { root in
            try FileManager.default.removeItem(atPath: root + "/werkkaarten/kunst.md")
            return true
        },
        Edit(name: "a folder removed", paths: ["werkbladen"]) { root in
            try FileManager.default.removeItem(atPath: root + "/werkbladen")
            return true
        },
        Edit(name: "a file that is not content", paths: ["werkkaarten/notities.txt"]) { root in
            try "geen inhoud".write(toFile: root + "/werkkaarten/notities.txt", atomically: true, encoding: .utf8)
            return true
        },
    ]

    static func scratchCopy() throws -> String {
        let root = NSTemporaryDirectory() + "spiegel-incremental-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: knowledgeBase, toPath: root)
        return root
    }

    /// A load with the preview's cache: `changed` as the watcher reports it (nil: every file's
    /// stamp is compared).
    static func load(_ root: String, cache: inout SourceCache?, changed: [String]?) async -> LoadedContent {
        var clock = StageClock()
        return await BuildPipeline.loadContent(folder: root, cache: &cache, changed: changed.map(Set.init), clock: &clock)
    }

    @Test(arguments: edits, [true, false])
    func aCachedLoadAfterAnEditGivesWhatAFreshLoadGives(_ edit: Edit, namingTheChangedFiles: Bool) async throws {
        let root = try Self.scratchCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var cache: SourceCache? = SourceCache()
        let before = await Self.load(root, cache: &cache, changed: nil)
        #expect(!before.diagnostics.hasErrors)
        #expect(try edit.apply(root), "the knowledge base no longer has what this edit changes")
        let cached = await Self.load(root, cache: &cache, changed: namingTheChangedFiles ? edit.paths : nil)
        Self.expectEqual(cached, await loadContent(root))
        Self.expectTouchedNamesEveryChange(from: before, to: cached, after: edit.name)
    }

    /// `touched` (what the preview compares to find the pages to render again) names every entity
    /// that can differ from the previous load: outside it, every entity is still there, the same.
    /// Nil says any may differ. (While a load has errors the preview shows them and compares
    /// nothing; the first good load after them renders every page.)
    static func expectTouchedNamesEveryChange(from before: LoadedContent, to after: LoadedContent, after edit: String,
                                              sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard let touched = after.touched, !after.diagnostics.hasErrors, !before.diagnostics.hasErrors else { return }
        let ids = Set(before.graph.entities.map(\.id)).union(after.graph.entities.map(\.id)).subtracting(touched)
        let differing = ids.filter { id in
            guard let a = before.graph.entity(id), let b = after.graph.entity(id) else { return true }
            return !same(a, b)
        }
        #expect(differing.isEmpty, "\(edit): \(differing.sorted()) changed but touched is \(touched.sorted())",
                sourceLocation: sourceLocation)
    }

    /// Edits one after another on one cache, each compared with a fresh load: what a cached load
    /// leaves behind must be as good as a whole load for the next one.
    @Test func aSeriesOfEditsStaysEqualToFreshLoads() async throws {
        let root = try Self.scratchCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var cache: SourceCache? = SourceCache()
        _ = await Self.load(root, cache: &cache, changed: nil)
        var previous = await loadContent(root)
        for edit in Self.edits where try edit.apply(root) {
            let cached = await Self.load(root, cache: &cache, changed: edit.paths)
            Self.expectEqual(cached, await loadContent(root), after: edit.name)
            Self.expectTouchedNamesEveryChange(from: previous, to: cached, after: edit.name)
            previous = cached
        }
    }

    @Test func aLoadWithNothingChangedGivesThePreviousResult() async throws {
        let root = try Self.scratchCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var cache: SourceCache? = SourceCache()
        let first = await Self.load(root, cache: &cache, changed: nil)
        let again = await Self.load(root, cache: &cache, changed: [])
        #expect(again.touched == [])
        Self.expectEqual(again, first)
        let stamped = await Self.load(root, cache: &cache, changed: nil)
        #expect(stamped.touched == [])
        Self.expectEqual(stamped, first)
    }

    static func expectEqual(_ a: LoadedContent, _ b: LoadedContent, after edit: String = "",
                            sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(a.diagnostics == b.diagnostics, "\(edit): diagnostics differ", sourceLocation: sourceLocation)
        let (x, y) = (a.graph, b.graph)
        #expect(x.entities.map(\.id) == y.entities.map(\.id), "\(edit): entity order differs", sourceLocation: sourceLocation)
        #expect(x.relations == y.relations, "\(edit): relations differ", sourceLocation: sourceLocation)
        for (p, q) in zip(x.entities, y.entities) where !Self.same(p, q) {
            Issue.record("\(edit): entity \(p.id) differs", sourceLocation: sourceLocation)
        }
        for type in EntityType.allCases where x.entities(of: type).map(\.id) != y.entities(of: type).map(\.id) {
            Issue.record("\(edit): entities of \(type) differ", sourceLocation: sourceLocation)
        }
        for entity in y.entities {
            let id = entity.id
            if x.outgoing(from: id) != y.outgoing(from: id) { Issue.record("\(edit): outgoing(from: \(id)) differs", sourceLocation: sourceLocation) }
            if x.incoming(to: id) != y.incoming(to: id) { Issue.record("\(edit): incoming(to: \(id)) differs", sourceLocation: sourceLocation) }
            if x.questions(of: id).map(\.id) != y.questions(of: id).map(\.id) {
                Issue.record("\(edit): questions(of: \(id)) differ", sourceLocation: sourceLocation)
            }
            if x.entity(id)?.id != id { Issue.record("\(edit): entity(\(id)) not found", sourceLocation: sourceLocation) }
        }
    }

    static func same(_ a: Entity, _ b: Entity) -> Bool {
        a.id == b.id && a.type == b.type && a.title == b.title && a.summary == b.summary && a.url == b.url
            && a.location == b.location && a.sourcePath == b.sourcePath && a.fields == b.fields && a.parent == b.parent
            && a.body == b.body && a.number == b.number && a.isDraft == b.isDraft
            && a.references.map(\.kind) == b.references.map(\.kind) && a.references.map(\.target) == b.references.map(\.target)
    }
}
