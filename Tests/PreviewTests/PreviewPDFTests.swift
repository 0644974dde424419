import Foundation
import Pipeline
import Testing
@testable import Preview
@testable import Site

/// In the preview a worksheet's PDF link prints that sheet when it is asked for, from the HTML
/// the preview serves at that moment (so an edit shows on paper too), instead of a 404.
@Suite(.enabled("WeasyPrint is not installed; run 'make pdf-deps'") { await WeasyPrint.locate() != nil },
       .timeLimit(.minutes(10)))
struct PreviewPDFTests {
    @Test func aPDFLinkPrintsTheSheetAndAnEditReachesIt() async throws {
        let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("spiegel-preview-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(at: PreviewServerTests.repository.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        var options = BuildOptions()
        options.contentDirectory = root.appendingPathComponent("content").path
        options.templatesDirectory = root.appendingPathComponent("templates").path
        options.configFile = root.appendingPathComponent("spiegel.yml").path
        options.handbookDirectory = nil
        options.readsGitHistory = false
        options.pdf = true
        options.pdfCacheDirectory = root.appendingPathComponent("cache").path
        let preview = PreviewSite(options: options, log: { _ in })
        _ = await preview.start()

        let page = String(decoding: await preview.response(for: "/werkbladen/werkblad-tijdlijn.html").body, as: UTF8.self)
        #expect(page.contains("href=\"werkblad-tijdlijn.pdf\""), "the sheet links to its PDF")
        let first = await preview.response(for: "/werkbladen/werkblad-tijdlijn.pdf")
        #expect(first.status == 200)
        #expect(first.contentType == "application/pdf")
        #expect(first.body.starts(with: Data("%PDF-".utf8)))

        // The card's first question reworded: the next PDF is printed from the new text.
        let card = root.appendingPathComponent("content/werkkaarten/tijdlijn.md")
        let text = try String(contentsOf: card, encoding: .utf8)
        try text.replacingOccurrences(of: "Wat zien we als we samen naar de tijdlijn kijken?", with: "Wat valt ons op aan de tijdlijn?")
            .write(to: card, atomically: true, encoding: .utf8)
        _ = await preview.rebuild(after: SourceChanges(paths: [card.standardizedFileURL.path]))
        let second = await preview.response(for: "/werkbladen/werkblad-tijdlijn.pdf")
        #expect(second.status == 200)
        #expect(second.body != first.body)
        let again = await preview.response(for: "/werkbladen/werkblad-tijdlijn.pdf")
        #expect(again.body == second.body, "asked again, the same PDF (from the cache)")
        #expect(await preview.response(for: "/werkbladen/niet-bestaand.pdf").status == 404)
        // A meeting's pack joins the PDFs of its parts, printed on request too.
        let pack = await preview.response(for: "/bijeenkomsten/casus-met-tijdlijn-pakket.pdf")
        #expect(pack.status == 200)
        #expect(pack.body.starts(with: Data("%PDF-".utf8)))
        await preview.close()
    }
}
