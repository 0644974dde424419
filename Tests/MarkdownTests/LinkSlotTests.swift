import Testing
@testable import Markdown

/// cmark renders with a slot in every safe link's URL; `resolve` fills the slots later, without
/// the lock. The result must read exactly as if cmark had rendered the final URLs itself.
struct LinkSlotTests {
    @Test(arguments: [
        "../werkkaarten/tijdlijn.html#stap-1",
        "pagina.html#een kop met spaties & \"quotes\" en 'apostrof'",
        "map/ä ö/pijl.html?a=1&b=2",
    ])
    func aFilledSlotReadsAsCmarksOwnRendering(_ url: String) {
        let rewritten = MarkdownRenderer.render("Zie [hier](x.md) en ![plaatje](y.md).\n") { _ in .replace(url) }
        let direct = MarkdownRenderer.render("Zie [hier](<\(url)>) en ![plaatje](<\(url)>).\n")
        #expect(rewritten.html == direct.html)
        #expect(rewritten.html.contains("href=") && !rewritten.html.contains("spiegel-slot"))
    }

    @Test func keptLinksAreEscapedAsCmarkEscapesThem() {
        let source = "[a](https://voorbeeld.nl/zoek?q=één&x=<y>) [b](<mailto:a b@c.nl>)\n"
        let html = MarkdownRenderer.render(source).html
        #expect(html == "<p><a href=\"https://voorbeeld.nl/zoek?q=%C3%A9%C3%A9n&amp;x=%3Cy%3E\">a</a> <a href=\"mailto:a%20b@c.nl\">b</a></p>\n")
    }

    @Test func aRemovedLinkKeepsItsTextAndTheImageInsideIt() {
        let html = MarkdownRenderer.render("Voor [tekst *nadruk* ![foto](ok.png)](weg.md) na [blijft](ok.md).\n") { link in
            link.destination == "weg.md" ? .remove : .keep
        }.html
        #expect(html == "<p>Voor tekst <em>nadruk</em> <img src=\"ok.png\" alt=\"foto\" /> na <a href=\"ok.md\">blijft</a>.</p>\n")
    }

    @Test func aRemovedImageLeavesItsAltText() {
        let html = MarkdownRenderer.render("Een ![kaart & plan](weg.png \"titel\") hier.\n") { _ in .remove }.html
        #expect(html == "<p>Een kaart &amp; plan hier.</p>\n")
    }

    @Test func textThatLooksLikeASlotIsLeftAlone() {
        // Authors cannot know the number drawn for this process, so nothing they write is filled.
        let html = MarkdownRenderer.render("[a](spiegel-slot-1-0) spiegel-slot-1-0 [b](c.md)\n") { link in
            link.destination == "c.md" ? .replace("c.html") : .keep
        }.html
        #expect(html == "<p><a href=\"spiegel-slot-1-0\">a</a> spiegel-slot-1-0 <a href=\"c.html\">b</a></p>\n")
    }

    @Test func everySafeLinkIsAskedAboutAlsoInsideAnImagesAltText() {
        var asked: [String] = []
        _ = MarkdownRenderer.render("![zie [binnen](b.md)](a.png) [javascript](javascript:alert(1))\n") { link in
            asked.append(link.destination)
            return .keep
        }
        #expect(asked == ["a.png", "b.md"])
    }

    @Test func parsingManyAtOnceGivesWhatParsingOneByOneGives() {
        let sources: [String?] = ["# Een\n\n[x](a.md)\n", nil, "| a |\n|---|\n| [b](c.md) |\n"]
        let batch = MarkdownRenderer.parse(sources)
        #expect(batch[1] == nil)
        for (source, parsed) in zip(sources, batch) where source != nil {
            #expect(parsed?.resolve().html == MarkdownRenderer.render(source!).html)
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

extension LinkSlotTests {
    /// The fuzzer learned this process's placeholder by watching it compare bytes and wrote it
    /// into text: such text must come out as written, and the real links still be filled.
    @Test func theExactPlaceholderInAnAuthorsTextIsLeftAsWritten() {
        let slot = String(decoding: LinkSlot.prefix, as: UTF8.self)
        let source = "Voor \(slot)0 en \(slot)t [a](x.md) [medewerkers](../m\(slot)-t en [b](\(slot)1) ![c](\(slot)0)\n"
        let html = MarkdownRenderer.render(source) { link in link.destination == "x.md" ? .replace("x.html") : .remove }.html
        #expect(html.contains("Voor \(slot)0 en \(slot)t <a href=\"x.html\">a</a>"))
        #expect(html.contains("[medewerkers](../m\(slot)-t en b c"))
        #expect(!html.contains("=\"\(slot)"))
    }
}
