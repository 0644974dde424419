import Foundation
import Testing
@testable import Markdown

/// cmark's footnotes and autolinks each cost passes over every parsed tree, so a text that cannot
/// use one is parsed without it (`MarkdownRenderer.Features`). That changes no page, except
/// that a footnote reference with an escaped caret and no definition now reads as written.
@Suite struct MarkdownFeaturesTests {
    static func html(_ text: String, forcing features: MarkdownRenderer.Features? = nil) async -> String {
        await MarkdownRenderer.render([text], forcing: features) { _, _ in (LinkRewrite.keep, ()) }[0]!.markdown.html
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func footnotesStillWork() async {
        let html = await Self.html("Zie de bron[^1].\n\n[^1]: Lipsky, 1980.\n")
        #expect(html.contains("<sup class=\"footnote-ref\">"))
        #expect(html.contains("Lipsky, 1980."))
    }

    @Test(arguments: [("Zie https://example.org/a.", "href=\"https://example.org/a\""),
                      ("Zie www.example.org.", "href=\"http://www.example.org\""),
                      ("Mail info@example.org.", "href=\"mailto:info@example.org\""),
                      ("Mail info&#64;example.org.", "href=\"mailto:info@example.org\"")])
    func autolinksStillWork(_ text: String, _ link: String) async {
        #expect(MarkdownRenderer.Features(of: Array(text.utf8)).autolinks)
        #expect(await Self.html(text).contains(link))
    }

    /// Without a definition, a reference whose caret is escaped or a character reference reads
    /// as written. With the option Debian's cmark-gfm copied those past their text: stray
    /// brackets, or bytes from elsewhere in memory.
    @Test(arguments: [("Zie [\\^1] hier.\n", "<p>Zie [^1] hier.</p>\n"), ("Zie [&#94;1] hier.\n", "<p>Zie [^1] hier.</p>\n"),
                      ("Zie [&Hat;x].\n", "<p>Zie [^x].</p>\n")])
    func aCaretWithoutADefinitionReadsAsWritten(_ text: String, _ expected: String) async {
        #expect(!MarkdownRenderer.Features(of: Array(text.utf8)).footnotes)
        #expect(await Self.html(text) == expected)
    }

    /// Every body of the knowledge base, and pieces of Markdown put together at random (seeded),
    /// read the same with every feature as with those chosen for them.
    @Test func textsReadTheSameWithTheFeaturesChosenForThem() async throws {
        var texts: [String] = []
        let content = Self.repository.appendingPathComponent("content")
        for case let path as String in FileManager.default.enumerator(atPath: content.path)! where path.hasSuffix(".md") {
            texts.append(try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8))
        }
        let pieces = ["[link](a.md)", "[x]", "[ ]", "- [ ] taak", "[^", "]", "[", "^", "*nadruk*", "`code`", "| a | b |\n|---|---|\n| 1 | 2 |",
                      "https", "://", "example.org", "www", ".", "w.", "ww", "@", "a@b", "mailto", ":", "~~weg~~", "[label]: https://x.nl",
                      "[label]", "\\[", "&amp;", "&#64;", "# Kop", "> citaat", "1. een", "<b>html</b>", "![alt](beeld.png)",
                      "[tekst][label]", "\n\n", " ", "tekst", "wWw.x.nl", "<https://x.nl>"]
        var state: UInt64 = 11
        func pick() -> String {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return pieces[Int(state >> 33) % pieces.count]
        }
        for _ in 0..<3_000 {
            let words = (0..<8).map { _ in pick() }
            texts.append(words.joined(separator: " "))
            texts.append(words.joined())
        }
        var chosen = (footnotes: 0, autolinks: 0)
        for text in texts {
            let features = MarkdownRenderer.Features(of: Array(text.utf8))
            guard features != .all else { continue }
            if !features.footnotes { chosen.footnotes += 1 }
            if !features.autolinks { chosen.autolinks += 1 }
            let chosenHTML = await Self.html(text), allHTML = await Self.html(text, forcing: .all)
            #expect(chosenHTML == allHTML, "\(text.debugDescription)")
        }
        #expect(chosen.footnotes > 500 && chosen.autolinks > 500)
    }
}
