import Foundation
import Testing
@testable import Markdown

/// cmark's footnote option costs two passes over every parsed tree, so texts that cannot hold a
/// footnote are parsed without it. That changes no page, except that a reference with an escaped
/// caret and no definition now reads as written.
@Suite struct FootnoteOptionTests {
    static func html(_ text: String, footnotes: Bool?) -> String {
        MarkdownRenderer.parse([text], footnotes: footnotes)[0]!.resolve().html
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func footnotesStillWork() {
        let html = Self.html("Zie de bron[^1].\n\n[^1]: Lipsky, 1980.\n", footnotes: nil)
        #expect(html.contains("<sup class=\"footnote-ref\">"))
        #expect(html.contains("Lipsky, 1980."))
    }

    /// Without a definition, a reference whose caret is escaped or a character reference reads
    /// as written. With the option Debian's cmark-gfm copied those past their text: stray
    /// brackets, or bytes from elsewhere in memory.
    @Test(arguments: [("Zie [\\^1] hier.\n", "<p>Zie [^1] hier.</p>\n"), ("Zie [&#94;1] hier.\n", "<p>Zie [^1] hier.</p>\n"),
                      ("Zie [&Hat;x].\n", "<p>Zie [^x].</p>\n")])
    func aCaretWithoutADefinitionReadsAsWritten(_ text: String, _ expected: String) {
        #expect(!MarkdownRenderer.mayHoldFootnotes(Array(text.utf8)))
        #expect(Self.html(text, footnotes: nil) == expected)
    }

    /// Every body of the knowledge base, and pieces of Markdown put together at random (seeded,
    /// brackets and carets among them), read the same with the option as without it whenever
    /// they are parsed without it.
    @Test func textsWithoutAFootnoteMarkReadTheSameEitherWay() throws {
        var texts: [String] = []
        let content = Self.repository.appendingPathComponent("content")
        for case let path as String in FileManager.default.enumerator(atPath: content.path)! where path.hasSuffix(".md") {
            texts.append(try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8))
        }
        let pieces = ["[link](a.md)", "[x]", "[ ]", "- [ ] taak", "[^", "]", "[", "^", "*nadruk*", "`code`", "| a | b |\n|---|---|\n| 1 | 2 |",
                      "https://example.org", "www.example.org", "a@b.nl", "~~weg~~", "[label]: https://x.nl", "[label]", "\\[", "&amp;",
                      "# Kop", "> citaat", "1. een", "<b>html</b>", "![alt](beeld.png)", "[tekst][label]", "\n\n", " ", "tekst"]
        var state: UInt64 = 11
        func pick() -> String {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return pieces[Int(state >> 33) % pieces.count]
        }
        for _ in 0..<2_000 { texts.append((0..<8).map { _ in pick() }.joined(separator: " ")) }
        var withoutOption = 0
        for text in texts where !MarkdownRenderer.mayHoldFootnotes(Array(text.utf8)) {
            withoutOption += 1
            #expect(Self.html(text, footnotes: false) == Self.html(text, footnotes: true), "\(text.debugDescription)")
        }
        #expect(withoutOption > 500)
    }
}
