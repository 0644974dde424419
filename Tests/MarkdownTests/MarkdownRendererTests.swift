import Foundation
import Testing
@testable import Markdown

@Suite struct MarkdownRendererTests {
    @Test func rendersGFMExtensions() async {
        let source = """
        | a | b |
        |---|---|
        | 1 | 2 |

        ~~weg~~ en www.example.org

        - [x] klaar
        - [ ] nog doen

        Een voetnoot[^1].

        [^1]: De noot.
        """
        let html = await MarkdownRenderer.render(source).html
        #expect(html.contains("<table>"))
        #expect(html.contains("<del>weg</del>"))
        #expect(html.contains("<a href=\"http://www.example.org\">www.example.org</a>"))
        #expect(html.contains("type=\"checkbox\""))
        #expect(html.contains("class=\"footnotes\""))
    }

    @Test func dropsRawHTMLAndEventHandlers() async {
        let html = await MarkdownRenderer.render("Hallo <img src=x onerror=alert(1)> daar\n\n<script>alert(1)</script>\n").html
        #expect(!html.contains("<img"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("onerror"))
        #expect(html.contains("Hallo"))
    }

    @Test(arguments: [
        "javascript:alert(1)", "JAVASCRIPT:alert(1)", "java\tscript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
        "data:image/png;base64,iVBORw0KGgo=", "vbscript:msgbox", " javascript:alert(1)",
    ])
    func removesDangerousURLs(_ url: String) async {
        let link = await MarkdownRenderer.render("[klik](<\(url)>) en ![plaatje](<\(url)>)\n")
        #expect(!link.html.contains("href=\""), "href survived for \(url): \(link.html)")
        #expect(!link.html.contains("src=\""), "src survived for \(url): \(link.html)")
        #expect(link.html.contains("klik"))
    }

    @Test func keepsOrdinaryLinks() async {
        let html = await MarkdownRenderer.render("[a](https://example.org/x) [b](mailto:a@b.nl) [c](../werkkaarten/tijdlijn.md#stap-1)\n").html
        #expect(html.contains("href=\"https://example.org/x\""))
        #expect(html.contains("href=\"mailto:a@b.nl\""))
        #expect(html.contains("href=\"../werkkaarten/tijdlijn.md#stap-1\""))
    }

    @Test func reportsLinksWithExactPositions() async {
        let source = "Eerste regel.\n\nTekst met [een link](../a/b.md) en\nnog [een](c.md#x).\n"
        let links = await MarkdownRenderer.render(source).links
        #expect(links.map(\.destination) == ["../a/b.md", "c.md#x"])
        #expect(links.map(\.line) == [3, 4])
        #expect(links.map(\.column) == [22, 11])  // the column of the destination itself
    }

    /// A heading's anchor is made from all of its text, also what is inside emphasis or code.
    @Test func anchorsUseTheWholeHeadingText() async {
        let rendered = await MarkdownRenderer.render("## Kop met `code` en *nadruk* ü\n")
        #expect(rendered.headings.map(\.text) == ["Kop met code en nadruk ü"])
        #expect(rendered.html.hasPrefix("<h2 id=\"kop-met-code-en-nadruk-u\">"))
    }

    /// Headings get their anchors wherever they stand: in a list, a quotation or a footnote.
    @Test func anchorsHeadingsInsideOtherBlocks() async {
        let source = "- # In een lijst\n\n> ## In een citaat\n\nTekst[^1] met `<h2>` erin.\n\n[^1]: ### In een voetnoot\n"
        let html = await MarkdownRenderer.render(source).html
        #expect(html.contains("<h1 id=\"in-een-lijst\">In een lijst</h1>"))
        #expect(html.contains("<h2 id=\"in-een-citaat\">In een citaat</h2>"))
        #expect(html.contains("<h3 id=\"in-een-voetnoot\">In een voetnoot</h3>"))
        #expect(html.contains("<code>&lt;h2&gt;</code>"))
    }

    /// Columns count characters, as editors do, not bytes: "één" is three, "👩‍👩‍👧" one.
    @Test func countsColumnsInCharactersAfterNonASCIIText() async {
        let source = "Over één [a](x.md), 👩‍👩‍👧 [b](y.md)\n"
        #expect(await MarkdownRenderer.render(source).links.map(\.column) == [14, 27])
    }

    @Test func rewritesLinksThroughTheCallerPolicy() async {
        let rendered = await MarkdownRenderer.render("[a](x.md) [b](y.md)\n") { link in
            link.destination == "x.md" ? .replace("x.html") : .remove
        }
        #expect(rendered.html == "<p><a href=\"x.html\">a</a> b</p>\n")
    }

    @Test func givesHeadingsUniqueAnchors() async {
        let rendered = await MarkdownRenderer.render("## Wij²\n\ntekst\n\n## Wij²\n\n### Leefwereld en *systeemwereld*\n")
        #expect(rendered.headings.map(\.anchor) == ["wij2", "wij2-2", "leefwereld-en-systeemwereld"])
        #expect(rendered.headings.map(\.line) == [1, 5, 7])
        #expect(rendered.html.contains("<h2 id=\"wij2\">Wij²</h2>"))
        #expect(rendered.html.contains("<h2 id=\"wij2-2\">"))
        #expect(rendered.html.contains("<h3 id=\"leefwereld-en-systeemwereld\">"))
    }

    @Test func measuresTheLongestParagraph() async {
        let rendered = await MarkdownRenderer.render("kort\n\n\(String(repeating: "woord ", count: 50))\n")
        #expect(rendered.longestParagraph >= 249)
    }

    /// Documents share one cmark parser: nothing of one page may reach the next, neither its
    /// link definitions nor its footnotes, in one batch or across batches.
    @Test func oneDocumentsDefinitionsDoNotReachTheNext() async {
        let defining = "Zie [de bron][bron] en een noot[^1].\n\n[bron]: https://example.org/a\n\n[^1]: De noot.\n"
        let using = "Zie [de bron][bron] en een noot[^1].\n"
        let batch = await MarkdownRenderer.render([defining, using, defining]) { _, _ in (LinkRewrite.keep, ()) }
        let first = batch[0]!.markdown.html, second = batch[1]!.markdown.html
        #expect(first.contains("href=\"https://example.org/a\""))
        #expect(first.contains("De noot."))
        #expect(!second.contains("example.org"))
        #expect(!second.contains("De noot."))
        #expect(second.contains("[de bron][bron]"))
        #expect(batch[2]!.markdown.html == first)
        let alone = await MarkdownRenderer.render(using).html
        #expect(alone == second)
    }

    /// The length the "long paragraph" warning quotes is in characters, as an editor counts
    /// them, not in bytes: accented letters and combining marks count once.
    @Test func countsAParagraphInCharacters() async {
        #expect(await MarkdownRenderer.render("\(String(repeating: "é", count: 40))\n").longestParagraph == 40)
        #expect(await MarkdownRenderer.render("\(String(repeating: "e\u{301}", count: 40))\n").longestParagraph == 40)
        #expect(await MarkdownRenderer.render("kort\n\n\(String(repeating: "a", count: 40)) `code` b\n").longestParagraph == 47)
    }

    /// Debian's cmark-gfm is not thread-safe; the renderer must serialise it so that concurrent
    /// callers get exactly what a serial caller gets.
    @Test func concurrentRenderingEqualsSerialRendering() async {
        let documents = (0..<300).map { i in
            """
            ## Kop \(i)

            | kolom | \(i) |
            |---|---|
            | ~~x~~ | www.voorbeeld\(i).nl |

            - [ ] taak \(i)
            - item met [link](../p\(i).md) en voetnoot[^n\(i)]

            [^n\(i)]: noot \(i) <b>vet</b>
            """
        }
        var serial: [String] = []
        for document in documents { serial.append(await MarkdownRenderer.render(document).html) }
        let concurrent = await withTaskGroup(of: (Int, String).self) { group in
            for (i, doc) in documents.enumerated() {
                group.addTask { (i, await MarkdownRenderer.render(doc).html) }
            }
            var results = [String](repeating: "", count: documents.count)
            for await (i, html) in group { results[i] = html }
            return results
        }
        #expect(concurrent == serial)
        #expect(Set(serial).count == documents.count)
    }
}
