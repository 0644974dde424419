import Foundation
import Testing
@testable import Content

@Suite struct ContentDiscoveryTests {
    @Test func joinsPathsWithOneSlash() {
        #expect(ContentDiscovery.join("werkkaarten", "tijdlijn.md") == "werkkaarten/tijdlijn.md")
        #expect(ContentDiscovery.join("/tmp/één", "ü.md") == "/tmp/één/ü.md")
        #expect(ContentDiscovery.join("", "a.md") == "/a.md")
        #expect(ContentDiscovery.join("a", "") == "a/")
    }

    /// Every Markdown file in nested folders, by its three paths, in name order; other files and
    /// hidden ones are left out.
    @Test func findsMarkdownFilesInNestedFolders() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("discovery-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        for path in ["b.md", "a/één.md", "a/z/c.md", "a/notitie.txt", ".verborgen/d.md", "a/e.MD", "a/f.md.bak"] {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        let found = ContentDiscovery.files(in: root).files
        #expect(found.map(\.relativePath) == ["a/z/c.md", "a/één.md", "b.md"])
        #expect(found.map(\.displayPath) == found.map { root + "/" + $0.relativePath })
        #expect(found.allSatisfy { FileManager.default.fileExists(atPath: $0.absolutePath) })
    }
}
