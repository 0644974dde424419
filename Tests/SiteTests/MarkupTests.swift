import Testing
@testable import Site

/// Text Spiegel writes into HTML, SVG and XML itself (diagrams, the handbook's reference, the feed,
/// the preview's error pages) can end neither an element nor a quoted attribute.
@Suite struct MarkupTests {
    @Test func escapesWhatCouldEndAnElementOrAnAttribute() {
        #expect(Markup.escape("Kenis & co <b>\"vet\"</b>") == "Kenis &amp; co &lt;b&gt;&quot;vet&quot;&lt;/b&gt;")
    }

    @Test func leavesEveryOtherCharacterAsItIs() {
        let text = "Pagina's, één café, 👩‍👧 en een > aan het eind"
        #expect(Markup.escape(text) == "Pagina's, één café, 👩‍👧 en een &gt; aan het eind")
        #expect(Markup.escape("gewone tekst") == "gewone tekst")
        #expect(Markup.escape("") == "")
    }
}
