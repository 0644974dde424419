import Content
import Foundation
import TestSupport
import Testing
import Pipeline
@testable import Site

/// Stages 1–6 for the folder at `folder`, without a cache: a one-shot build's load.
func loadContent(_ folder: String) async -> LoadedContent { await BuildPipeline.loadContent(folder: folder) }

/// Stages 2–6 for files held in memory, each at `path` (relative, displayed and absolute alike).
func loadContent(sources: [(path: String, bytes: [UInt8])]) async -> LoadedContent {
    await BuildPipeline.loadContent(sources.map { ContentFile(relativePath: $0.path, displayPath: $0.path, absolutePath: $0.path, contents: $0.bytes) })
}

/// Paths to the repository's real templates and to this target's fixtures, and scratch folders.
enum SiteFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let templates = repository.appendingPathComponent("templates").path
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let content = fixtures.appendingPathComponent("content").path
    static let golden = fixtures.appendingPathComponent("golden")
    /// The knowledge base itself, for tests that hold every worksheet to what a trainer needs.
    static let realContent = repository.appendingPathComponent("content").path
    static let realConfig = repository.appendingPathComponent("spiegel.yml").path

    static func scratch() -> URL {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("spiegel-site-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func options(content: String = content, output: String) -> BuildOptions {
        var options = BuildOptions()
        options.contentDirectory = content
        options.templatesDirectory = templates
        options.outputDirectory = output
        options.configFile = fixtures.appendingPathComponent("spiegel.yml").path
        // Whether Pagefind is installed must not change what these tests see.
        options.search = false
        // The fixtures live in this repository: their git dates would change the golden files with every commit.
        options.readsGitHistory = false
        options.handbookDirectory = nil
        return options
    }

    /// Options that build the repository's own content and configuration.
    static func realOptions(output: String) -> BuildOptions {
        var options = self.options(content: realContent, output: output)
        options.configFile = realConfig
        return options
    }

    /// Runs git in `folder` as an editor with fixed name and, when given, a fixed date for the commit.
    static func git(_ arguments: [String], in folder: URL, date: String? = nil) throws {
        try Git.run(arguments, in: folder, date: date)
    }

    static func text(_ path: String, in site: URL) -> String {
        (try? String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    /// Text as it appears in HTML: the five characters Mustache escapes.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    static func files(in directory: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: directory.path)!
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            let full = directory.appendingPathComponent(path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                out[path] = FileManager.default.contents(atPath: full)
            }
        }
        return out
    }
}

/// Values made once and shared by every test that asks (a whole site built, a graph loaded): a
/// static stored property cannot await.
actor Shared {
    static let shared = Shared()
    private var values: [String: Task<any Sendable, Never>] = [:]

    func value<T: Sendable>(_ key: String, _ make: @escaping @Sendable () async -> T) async -> T {
        if let made = values[key] { return await made.value as! T }
        let made = Task<any Sendable, Never> { await make() }
        values[key] = made
        return await made.value as! T
    }
}
