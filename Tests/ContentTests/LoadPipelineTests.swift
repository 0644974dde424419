import Foundation
import Testing
@testable import Content

/// A whole load overlaps decoding, parsing and link resolution (`LoadPipeline`); the preview's
/// cache does them one after the other. Both must give the same graph and the same diagnostics.
@Suite struct LoadPipelineTests {
    /// More files than the pipeline has batches, with every kind of problem a load reports:
    /// a duplicate id, a broken link, a link to a missing anchor, front matter that is not
    /// YAML, a file without front matter, and links across folders.
    static func sources() -> [(path: String, bytes: [UInt8])] {
        var sources: [(path: String, bytes: [UInt8])] = []
        for i in 0..<150 {
            let next = (i * 7 + 3) % 150
            let body = "# Kop \(i)\n\nNaar [pagina \(next)](../deel-\(next % 3)/p\(next).md), [kop](p\(i).md#kop-\(i)) en https://example.org.\n"
            sources.append(("deel-\(i % 3)/p\(i).md", Array("---\ntype: pagina\ntitel: Pagina \(i)\n---\n\(body)".utf8)))
        }
        sources.append(("deel-0/dubbel.md", Array("---\ntype: pagina\nid: p1\ntitel: Nog een\n---\nTekst.\n".utf8)))
        sources.append(("deel-1/kapot.md", Array("---\ntype: pagina\ntitel: Kapot\n---\n[weg](nergens.md) en [anker](p1.md#geen-kop).\n".utf8)))
        sources.append(("deel-2/yaml.md", Array("---\ntype: [pagina\n---\nTekst.\n".utf8)))
        sources.append(("deel-2/geen.md", Array("Geen front matter.\n".utf8)))
        return sources
    }

    @Test func theOverlappedLoadEqualsTheLoadStepByStep() {
        let sources = Self.sources()
        let overlapped = ContentLoader.load(sources: sources)
        let files = sources.map { ContentFile(relativePath: $0.path, displayPath: $0.path, absolutePath: $0.path, contents: $0.bytes) }
        var cache = ContentCache(remembers: true)
        let stepByStep = cache.load(files, diagnostics: [])

        #expect(overlapped.diagnostics == stepByStep.diagnostics)
        #expect(overlapped.diagnostics.count >= 4)
        #expect(overlapped.graph.entities.map(\.id) == stepByStep.graph.entities.map(\.id))
        #expect(overlapped.graph.entities.map { $0.body?.html } == stepByStep.graph.entities.map { $0.body?.html })
        #expect(overlapped.graph.relations == stepByStep.graph.relations)
        #expect(overlapped.graph.entities.count == 151)
        // Links resolved to pages: every page's body links to another page's HTML file.
        #expect(overlapped.graph.entities.filter { $0.body?.html.contains(".html\">pagina") == true }.count == 150)
    }
}
