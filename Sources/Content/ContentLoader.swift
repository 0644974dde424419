import Foundation
import Markdown

/// The result of reading a content folder: the graph, and every problem found on the way.
public struct ContentLoadResult: Sendable {
    public let graph: ContentGraph
    public let diagnostics: [Diagnostic]
    /// When the load patched the previous graph: the ids of the entities that may differ from it
    /// (those of the files read again). Nil when the graph was built whole and any may differ.
    public var touched: Set<String>? = nil
}

/// Reads a content folder into a validated content graph:
/// discover → decode front matter → index paths → render bodies → build graph → validate.
public enum ContentLoader {
    public static func load(contentDirectory: String) -> ContentLoadResult {
        var cache = ContentCache(remembers: false)
        return cache.load(contentDirectory: contentDirectory)
    }

    /// Content held in memory, by path relative to an imaginary content folder (the fuzzer's).
    public static func load(sources: [(path: String, bytes: [UInt8])]) -> ContentLoadResult {
        var cache = ContentCache(remembers: false)
        let files = sources.map { ContentFile(relativePath: $0.path, displayPath: $0.path, absolutePath: $0.path, contents: $0.bytes) }
        return cache.load(files, diagnostics: [])
    }
}
