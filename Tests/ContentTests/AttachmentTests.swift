import Foundation
import Testing
@testable import Content

/// Pictures and files beside the Markdown: checked like page links, at the place the editor wrote them.
@Suite struct AttachmentTests {
    private static let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>\n"

    /// The minimal site with `body` as the body of a page `paginas/over.md` (its first body line is line 6).
    private func site(_ body: String) -> ContentFolder {
        minimalSite().write("paginas/over.md", "---\ntype: pagina\ntitel: Over\nverwant: [tijdlijn]\n---\n" + body)
    }

    @Test func aPictureAndAFileBesideThePageAreAttachments() async throws {
        let site = site("![Tijdlijn op de muur](tijdlijn.svg)\n\n[De handout](../handouts/handout%20sessie.pdf)\n")
            .write("paginas/tijdlijn.svg", Self.svg).write("handouts/handout sessie.pdf", "%PDF-1.4\n")
        let loaded = await site.load()
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
        let page = try #require(loaded.graph.entity("over"))
        #expect(page.attachments.map(\.path) == ["paginas/tijdlijn.svg", "handouts/handout sessie.pdf"])
        #expect(page.attachments.map(\.kind) == [.svg, .pdf])
        #expect(page.attachments[1].size == 9)
        // The page is at over.html, in the site's root: each link is relative from there.
        let html = page.body?.html ?? ""
        #expect(html.contains("<img src=\"paginas/tijdlijn.svg\" alt=\"Tijdlijn op de muur\" />"), "\(html)")
        #expect(html.contains("href=\"handouts/handout%20sessie.pdf\""), "\(html)")
    }

    @Test func aMissingFileIsABrokenLinkWithTheNearestName() async throws {
        let site = site("Tekst.\n\n![Tijdlijn](tijdlijn-muur.svg)\n").write("paginas/tijdlijn-muren.svg", Self.svg)
        let errors = await site.errors()
        #expect(errors.count == 1)
        let d = try #require(errors.first)
        #expect(d.file == site.display("paginas/over.md"))
        #expect((d.line, d.column) == (8, 13))
        #expect(d.message == "kapotte link: er is geen bestand 'paginas/tijdlijn-muur.svg' in de map content")
        #expect(d.hint == "bedoel je 'tijdlijn-muren.svg'?")
    }

    @Test func aPictureNeedsADescriptionUnlessMarkedAsDecoration() async throws {
        let site = site("![](lijn.svg)\n\n![ ](lijn.svg)\n\n![](lijn.svg \"decoratief\")\n").write("paginas/lijn.svg", Self.svg)
        let loaded = await site.load()
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.line) == [6, 8])
        #expect(errors.allSatisfy { $0.code == "image-without-alt" && $0.message == "de afbeelding 'lijn.svg' heeft geen beschrijving (alt-tekst)" })
        #expect(errors.first?.hint?.contains("![](lijn.svg \"decoratief\")") == true)
        // The marker is for Spiegel: the reader's page gets an empty description and no title.
        let html = loaded.graph.entity("over")?.body?.html ?? ""
        #expect(html.contains("<img src=\"paginas/lijn.svg\" alt=\"\" />"), "\(html)")
        #expect(!html.contains("decoratief"))
    }

    @Test func aKindNotAllowedIsRefusedWithTheKindsThatAre() async throws {
        let site = site("Zie [het archief](bijlagen.zip).\n").write("paginas/bijlagen.zip", "PK")
        let d = try #require(await site.errors().first)
        #expect((d.line, d.column) == (6, 19))
        #expect(d.message == "de link 'bijlagen.zip' wijst naar een .zip-bestand, en die soort neemt Spiegel niet op in de site")
        #expect(d.hint == "bewaar het bestand als een van deze soorten: png, jpg, jpeg, gif, webp, avif, svg, pdf, docx, xlsx, pptx, odt, ods, odp, txt, csv, mp3, mp4")
    }

    @Test func aDocumentCannotBeShownAsAPicture() async throws {
        let site = site("![De handout](handout.pdf)\n").write("paginas/handout.pdf", "%PDF")
        let d = try #require(await site.errors().first)
        #expect(d.code == "image-not-picture")
        #expect(d.message.hasPrefix("'handout.pdf' is een .pdf-bestand en geen afbeelding"))
    }

    @Test func aFileOutsideTheContentFolderIsRefused() async throws {
        let outside = NSTemporaryDirectory() + "spiegel-outside-\(UUID().uuidString).png"
        try Data("png".utf8).write(to: URL(fileURLWithPath: outside))
        defer { try? FileManager.default.removeItem(atPath: outside) }
        let site = site("![Geheim](geheim.png)\n")
        try FileManager.default.createSymbolicLink(atPath: site.root + "/paginas/geheim.png", withDestinationPath: outside)
        let errors = await site.errors()
        // Reported where the link is written, and where the symbolic link is.
        #expect(errors.contains { $0.code == "link-leaves-content" && $0.line == 6 }, "\(errors.map(\.formatted))")
        #expect(errors.contains { $0.code == "link-outside-folder" && $0.file == site.display("paginas/geheim.png") })
    }

    @Test(arguments: [".wachtwoorden.txt", ".verborgen/foto.png"])
    func aHiddenFileIsNotPublished(destination: String) async throws {
        let site = site("Zie [dit](\(destination)).\n").write("paginas/" + destination, "x")
        let d = try #require(await site.errors().first)
        #expect((d.line, d.column) == (6, 11))
        #expect(d.message == "de link '\(destination)' wijst naar een verborgen bestand of map (de naam begint met een punt), en dat publiceert Spiegel niet")
    }

    @Test(arguments: [
        ("<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <script>alert(1)</script>\n</svg>\n", 2, 3, "een <script>"),
        ("<svg xmlns=\"http://www.w3.org/2000/svg\"\n     ONLOAD=\"alert(1)\"></svg>\n", 2, 6, "het attribuut onload"),
        ("<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"><text>x</text></a></svg>", 1, 50, "een javascript:-adres"),
    ])
    func anSVGThatRunsScriptIsRefusedAtItsPlace(svg: String, line: Int, column: Int, element: String) async throws {
        // Used by two pages, reported once, at the SVG itself.
        let site = site("![Schema](schema.svg)\n").write("paginas/schema.svg", svg)
            .write("paginas/ander.md", "---\ntype: pagina\ntitel: Ander\nverwant: [over]\n---\n[Schema](schema.svg)\n")
        let errors = await site.errors()
        #expect(errors.count == 1, "\(errors.map(\.formatted))")
        let d = try #require(errors.first)
        #expect(d.file == site.display("paginas/schema.svg"))
        #expect((d.line, d.column) == (line, column))
        #expect(d.message == "dit SVG-bestand bevat \(element); Spiegel neemt geen SVG met script op, want een browser zou het kunnen uitvoeren")
    }

    @Test func anSVGWithWordsLikeEventsIsFine() async {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"1\" y=\"5\">online = fijn, conversation</text></svg>"
        #expect(await site("![Schema](schema.svg)\n").write("paginas/schema.svg", svg).errors().isEmpty)
    }

    @Test func aLargeFileIsAWarningWithItsSize() async throws {
        let site = site("[De opname](opname.mp3)\n").write("paginas/opname.mp3", Data(count: 6 * 1024 * 1024 + 300 * 1024))
        let loaded = await site.load()
        #expect(!loaded.diagnostics.hasErrors)
        let d = try #require(loaded.diagnostics.first { $0.code == "large-attachment" })
        #expect(d.severity == .warning)
        #expect(d.file == site.display("paginas/opname.mp3"))
        #expect(d.message == "dit bestand is 6,3 MB groot (meer dan 5 MB); lezers downloaden het op hun telefoon")
    }

    @Test func filesThatLookLikeMarkdownButAreNotReadAreNamed() async throws {
        let site = minimalSite().write("werkkaarten/Geno.MD", "---\ntype: pagina\ntitel: Geno\n---\n")
            .write("paginas/over.markdown", "x").write("paginas/notities.md.txt", "x").write("paginas/foto.png", "png")
        let warnings = await site.load().diagnostics.filter { $0.code == "not-read-as-markdown" }
        #expect(warnings.map(\.file) == [site.display("paginas/notities.md.txt"), site.display("paginas/over.markdown"),
                                         site.display("werkkaarten/Geno.MD")])
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.line == 1 })
        #expect(warnings.last?.message == "'Geno.MD' lijkt een pagina, maar Spiegel leest het niet: alleen bestanden die op .md eindigen worden pagina's")
        #expect(warnings.last?.hint == "noem het bestand 'Geno.md' als het een pagina moet worden")
    }
}
