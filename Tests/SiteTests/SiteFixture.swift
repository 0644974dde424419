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
        // The fixtures live in this repository: their git dates would change the golden files with every commit.
        options.readsGitHistory = false
        options.handbookDirectory = nil
        return options
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
