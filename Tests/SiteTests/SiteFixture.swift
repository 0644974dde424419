import Foundation
@testable import Site

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

    static func options(content: String = content, output: String) -> SiteBuild.Options {
        var options = SiteBuild.Options()
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
    static func realOptions(output: String) -> SiteBuild.Options {
        var options = self.options(content: realContent, output: output)
        options.configFile = realConfig
        return options
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
