import Synchronization
import Testing
@testable import Markdown

/// Each safe link is decided while cmark's tree is open: a replaced URL is set on the node before
/// cmark renders, a removed link is unwrapped. What a reader sees must read exactly as if cmark
/// had rendered the final URLs itself.
struct LinkRewriteTests {
    @Test(arguments: [
        "../werkkaarten/tijdlijn.html#stap-1",
        "pagina.html#een kop met spaties & \"quotes\" en 'apostrof'",
        "map/ä ö/pijl.html?a=1&b=2",
    ])
    func aReplacedURLReadsAsCmarksOwnRendering(_ url: String) async {
        let rewritten = await MarkdownRenderer.render("Zie [hier](x.md) en ![plaatje](y.md).\n") { _ in .replace(url) }
        let direct = await MarkdownRenderer.render("Zie [hier](<\(url)>) en ![plaatje](<\(url)>).\n")
        #expect(rewritten.html == direct.html)
        #expect(rewritten.html.contains("href=") && rewritten.html.contains("src="))
    }

    @Test func keptLinksAreEscapedAsCmarkEscapesThem() async {
        let source = "[a](https://voorbeeld.nl/zoek?q=één&x=<y>) [b](<mailto:a b@c.nl>)\n"
        let html = await MarkdownRenderer.render(source).html
        #expect(html == "<p><a href=\"https://voorbeeld.nl/zoek?q=%C3%A9%C3%A9n&amp;x=%3Cy%3E\">a</a> <a href=\"mailto:a%20b@c.nl\">b</a></p>\n")
    }

    @Test func aRemovedLinkKeepsItsTextAndTheImageInsideIt() async {
        let html = await MarkdownRenderer.render("Voor [tekst *nadruk* ![foto](ok.png)](weg.md) na [blijft](ok.md).\n") { link in
            link.destination == "weg.md" ? .remove : .keep
        }.html
        #expect(html == "<p>Voor tekst <em>nadruk</em> <img src=\"ok.png\" alt=\"foto\" /> na <a href=\"ok.md\">blijft</a>.</p>\n")
    }

    @Test func aRemovedImageLeavesItsAltText() async {
        let html = await MarkdownRenderer.render("Een ![kaart & plan](weg.png \"titel\") hier.\n") { _ in .remove }.html
        #expect(html == "<p>Een kaart &amp; plan hier.</p>\n")
    }

    /// Every safe link is asked about in source order, also one inside an image's alt text; an
    /// unsafe link (`javascript:`) is removed without being asked about, and its text stays.
    @Test func everySafeLinkIsAskedAboutAndAnUnsafeOneIsRemovedWithoutAsking() async {
        let asked = Mutex<[String]>([])
        let html = await MarkdownRenderer.render("![zie [binnen](b.md)](a.png) [javascript](javascript:alert(1))\n") { link in
            asked.withLock { $0.append(link.destination) }
            return .keep
        }.html
        #expect(asked.withLock { $0 } == ["a.png", "b.md"])
        #expect(!html.contains("javascript:"))
        #expect(html.contains("javascript"))
    }

    @Test func renderingManyAtOnceGivesWhatRenderingOneByOneGives() async {
        let sources: [String?] = ["# Een\n\n[x](a.md)\n", nil, "| a |\n|---|\n| [b](c.md) |\n"]
        let batch = await MarkdownRenderer.render(sources) { _, link in
            (link.destination == "a.md" ? LinkRewrite.replace("a.html") : .remove, link.destination)
        }
        #expect(batch.count == 3)
        #expect(batch[1] == nil)
        for (source, rendered) in zip(sources, batch) where source != nil {
            let alone = await MarkdownRenderer.render(source!) { link in link.destination == "a.md" ? .replace("a.html") : .remove }
            #expect(rendered?.markdown.html == alone.html)
            #expect(rendered?.markdown.links == alone.links)
            #expect(rendered?.notes == alone.links.map { Optional($0.destination) })
        }
    }

    /// A run's memory is shared by its documents: a page whose tree and HTML outgrow the blocks
    /// small pages share, between two small ones, still renders whole, and so do they.
    @Test func aLargePageAmongSmallOnesRendersAsItDoesAlone() async {
        let large = (1...4_000).map { "- punt \($0) met [een link](p\($0).md) en **nadruk**\n" }.joined()
        let sources: [String?] = ["# Klein\n\n[x](a.md)\n", large, "Nog een [kleine](b.md) pagina.\n"]
        let rewrite = { @Sendable (link: MarkdownLink) in LinkRewrite.replace(link.destination.replacingOccurrences(of: ".md", with: ".html")) }
        let batch = await MarkdownRenderer.render(sources) { _, link in (rewrite(link), ()) }
        #expect(batch[1]!.markdown.html.utf8.count > 200_000)
        #expect(batch[1]!.markdown.html.contains("<a href=\"p4000.html\">een link</a>"))
        for (source, rendered) in zip(sources, batch) {
            let alone = await MarkdownRenderer.render(source!, rewrite: rewrite)
            #expect(rendered?.markdown.html == alone.html)
        }
    }
}

struct ByteSearchTests {
    @Test func findsTheFirstOccurrenceFromAStartIncludingAtTheVeryEnd() {
        let hay = Array("sss-slot-ss-slot".utf8)
        let needle = Array("-slot".utf8)
        #expect(ByteSearch.find(needle, in: hay, from: 0) == 3)
        #expect(ByteSearch.find(needle, in: hay, from: 4) == 11)
        #expect(ByteSearch.find(needle, in: hay, from: 12) == nil)
        #expect(ByteSearch.find(Array("x".utf8), in: hay, from: 0) == nil)
        #expect(ByteSearch.find(needle, in: [], from: 0) == nil)
    }
}

@Suite struct LinkBlockTests {
    @Test func aLinkAloneInItsParagraphGivesWayToABlock() async {
        let rendered = await MarkdownRenderer.render("Voor.\n\n[x](a.md \"invoegen\")\n\nNa.\n") { link in
            #expect(link.title == "invoegen" && link.standsAlone)
            return .block("<figure>F &amp; G</figure>\n")
        }
        #expect(rendered.html == "<p>Voor.</p>\n<figure>F &amp; G</figure>\n<p>Na.</p>\n")
    }

    @Test func aLinkInsideASentenceDoesNotStandAlone() async {
        let rendered = await MarkdownRenderer.render("Zie [x](a.md) hier.\n") { link in
            #expect(!link.standsAlone && link.title.isEmpty)
            return .keep
        }
        #expect(rendered.html.contains("<a href=\"a.md\">x</a>"))
    }
}
