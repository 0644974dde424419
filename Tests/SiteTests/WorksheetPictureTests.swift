import Foundation
import Pipeline
import Testing
@testable import Site

/// A picture in a composed worksheet's introduction reaches the sheet a trainer prints: the
/// sheet's HTML, the booklet, and both PDFs, where WeasyPrint finds it beside the sheet. The PDF
/// cache knows the picture's bytes, so a changed picture prints the sheet again.
@Suite(.enabled("WeasyPrint or poppler-utils (pdfinfo, pdftotext) is not installed; run 'make pdf-deps'") { await PDFTools.available() })
struct WorksheetPictureTests {
    /// 12 × 8 pixels, blue, then the same size in orange: a changed picture, not a new name.
    static let blue = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAwAAAAICAIAAABChommAAAAEUlEQVR42mOQj+8miBhGFQEAT39jYe2KGS8AAAAASUVORK5CYII=")!
    static let orange = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAwAAAAICAIAAABChommAAAAEUlEQVR42mM45MhDEDGMKgIACV1lobOrDYUAAAAASUVORK5CYII=")!

    @Test func aPictureInAComposedSheetIsPrintedAndAChangeToItPrintsAgain() async throws {
        let scratch = SiteFixture.scratch()
        let content = scratch.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: SiteFixture.content, toPath: content.path)
        let picture = content.appendingPathComponent("werkbladen/tijdlijn-muur.png")
        try Self.blue.write(to: picture)
        let sheet = content.appendingPathComponent("werkbladen/sessie.md")
        try (String(contentsOf: sheet, encoding: .utf8) + "\n![Een tijdlijn op de muur van de teamkamer](tijdlijn-muur.png)\n")
            .write(to: sheet, atomically: true, encoding: .utf8)

        let out = scratch.appendingPathComponent("site")
        var options = SiteFixture.options(content: content.path, output: out.path)
        options.pdf = true
        options.pdfCacheDirectory = scratch.appendingPathComponent("cache").path
        let first = await BuildPipeline(options: options).run()
        #expect(first.succeeded, "\(first.diagnostics.map(\.formatted))")
        #expect(first.pdfsPrinted == first.pdfs && first.pdfs > 2)

        // On the sheet and in the booklet, which sits in the same folder.
        let img = "<img src=\"tijdlijn-muur.png\" alt=\"Een tijdlijn op de muur van de teamkamer\" />"
        #expect(SiteFixture.text("werkbladen/sessie.html", in: out).contains(img))
        #expect(SiteFixture.text("werkbladen/werkboek.html", in: out).contains(img))
        #expect(try Data(contentsOf: out.appendingPathComponent("werkbladen/tijdlijn-muur.png")) == Self.blue)
        // In both PDFs, as the picture itself (12 × 8), and on no other sheet.
        #expect(try PDFTools.images(out.appendingPathComponent("werkbladen/sessie.pdf")) == ["12x8"])
        #expect(try PDFTools.images(out.appendingPathComponent("werkbladen/werkboek.pdf")).contains("12x8"))
        #expect(try PDFTools.images(out.appendingPathComponent("werkbladen/werkblad-tijdlijn.pdf")).isEmpty)
        let printedBlue = try Data(contentsOf: out.appendingPathComponent("werkbladen/sessie.pdf"))

        let unchanged = await BuildPipeline(options: options).run()
        #expect(unchanged.succeeded && unchanged.pdfsPrinted == 0, "nothing changed: every PDF from the cache")

        // The same file name with other pixels: the sheet that shows it and the booklet are
        // printed again, the other sheets come from the cache.
        try Self.orange.write(to: picture)
        let changed = await BuildPipeline(options: options).run()
        #expect(changed.succeeded, "\(changed.diagnostics.map(\.formatted))")
        #expect(changed.pdfsPrinted == 2)
        #expect(try Data(contentsOf: out.appendingPathComponent("werkbladen/tijdlijn-muur.png")) == Self.orange)
        #expect(try Data(contentsOf: out.appendingPathComponent("werkbladen/sessie.pdf")) != printedBlue)
    }
}
