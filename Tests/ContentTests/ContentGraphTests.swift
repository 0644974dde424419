import Testing
@testable import Content

/// The graph keeps each relation (from, to, kind) once, the first written, however the
/// relations are grouped; backlinks and outgoing lists follow the order they were written in.
struct ContentGraphTests {
    static func page(_ id: String, _ front: String = "", body: String = "") -> (path: String, bytes: [UInt8]) {
        (id + ".md", Array("---\ntype: pagina\ntitel: \(id)\n\(front)---\n\(body)\n".utf8))
    }

    @Test func relationsWrittenTwiceAreKeptOnceTheFirstWins() async {
        let loaded = await loadContent(sources: [
            Self.page("a", "verwant: [b, c, b]\n", body: "Zie [b](b.md), [c](c.md) en nog eens [b](b.md#kop).\n\n## Kop\n"),
            Self.page("b", body: "## Kop\n"),
            Self.page("c", body: "Terug naar [a](a.md).\n"),
            Self.page("d", body: "Naar [de kop](#kop).\n\n## Kop\n"),
        ])
        let graph = loaded.graph
        let outgoing = graph.outgoing(from: "a").map { "\($0.kind.rawValue)→\($0.to)" }
        #expect(outgoing == ["verwant→b", "verwant→c", "link→b", "link→c"])
        // The first of the two links to b is kept: the one without a fragment.
        #expect(graph.outgoing(from: "a").first { $0.kind == .link && $0.to == "b" }?.fragment == nil)
        #expect(graph.incoming(to: "b").map(\.from) == ["a", "a"])
        #expect(graph.incoming(to: "a").map(\.from) == ["c"])
        for id in ["a", "b", "c", "d"] {
            #expect(graph.backlinkSources(of: id) == graph.incoming(to: id).map(\.from))
            #expect(graph.hasBacklinks(id) == !graph.incoming(to: id).isEmpty)
            #expect(graph.targets(from: id) == graph.outgoing(from: id).map(\.to))
            #expect(graph.targets(from: id) { $0 == .link } == graph.outgoing(from: id).filter { $0.kind == .link }.map(\.to))
        }
        #expect(graph.targets(from: "a") { $0 == .related } == ["b", "c"])
        // A link from a page to its own heading is no backlink.
        #expect(graph.outgoing(from: "d").map(\.to) == ["d"])
        #expect(!graph.hasBacklinks("d"))
        #expect(graph.backlinkSources(of: "d").isEmpty)
    }

    @Test func groupsWithRelationsFromSeveralEntitiesAreDeduplicatedToo() {
        func relation(_ from: String, _ to: String, _ kind: RelationKind = .related, line: Int = 1) -> Relation {
            Relation(from: from, to: to, kind: kind, fragment: nil, location: SourceLocation(file: "x.md", line: line, column: 1))
        }
        let graph = ContentGraph(entities: [], relationGroups: [
            [relation("a", "b", line: 1), relation("c", "b", line: 2), relation("a", "b", line: 3)],
            [relation("c", "b", line: 4), relation("c", "b", .link, line: 5), relation("a", "c", line: 6)],
            [relation("a", "b", line: 7), relation("a", "d", line: 8), relation("a", "c", line: 9)],
        ])
        #expect(graph.relations.map(\.location.line) == [1, 2, 5, 6, 8])
        #expect(graph.outgoing(from: "c").map(\.location.line) == [2, 5])
        #expect(graph.incoming(to: "b").map(\.location.line) == [1, 2, 5])
    }
}
