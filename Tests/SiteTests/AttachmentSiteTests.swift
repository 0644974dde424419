import Foundation
import Pipeline
import Testing
@testable import Content
@testable import Site

/// Pictures and files beside the Markdown, as a reader of the built site meets them.
@Suite struct AttachmentSiteTests {
    private static let svg = Data("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>\n".utf8)
    private static let pdf = Data("%PDF-1.4\n% een handout\n".utf8)

    /// The fixture's content with a timeline picture beside the work card and a handout in a
    /// folder of its own that two pages link to.
    private func content(in scratch: URL) throws -> URL {
        let content = scratch.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: SiteFixture.content, toPath: content.path)
        try Self.svg.write(to: content.appendingPathComponent("werkkaarten/tijdlijn-voorbeeld.svg"))
        try FileManager.default.createDirectory(at: content.appendingPathComponent("handouts"), withIntermediateDirectories: true)
        try Self.pdf.write(to: content.appendingPathComponent("handouts/tijdlijn.pdf"))
        try append("\n![Een getekende tijdlijn](tijdlijn-voorbeeld.svg)\n\n[De handout](../handouts/tijdlijn.pdf)\n",
                   to: content.appendingPathComponent("werkkaarten/tijdlijn.md"))
        try append("\n[De handout bij de tijdlijn](../handouts/tijdlijn.pdf)\n", to: content.appendingPathComponent("spanningsvelden/doorgaan.md"))
        return content
    }

    private func append(_ text: String, to file: URL) throws {
        try (String(contentsOf: file, encoding: .utf8) + text).write(to: file, atomically: true, encoding: .utf8)
    }

    private func build(_ content: URL, into output: URL) async -> BuildReport {
        await BuildPipeline(options: SiteFixture.options(content: content.path, output: output.path)).run()
    }

    @Test func filesAreCopiedOnceBesideThePagesThatUseThem() async throws {
        let scratch = SiteFixture.scratch()
        let out = scratch.appendingPathComponent("site")
        let report = await build(try content(in: scratch), into: out)
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        #expect(try Data(contentsOf: out.appendingPathComponent("werkkaarten/tijdlijn-voorbeeld.svg")) == Self.svg)
        #expect(try Data(contentsOf: out.appendingPathComponent("handouts/tijdlijn.pdf")) == Self.pdf)

        let card = SiteFixture.text("werkkaarten/tijdlijn.html", in: out)
        #expect(card.contains("<img src=\"tijdlijn-voorbeeld.svg\" alt=\"Een getekende tijdlijn\" />"))
        #expect(card.contains("<a href=\"../handouts/tijdlijn.pdf\">De handout</a>"))
        // The list of attachments: name, kind, size.
        #expect(card.contains("<h2 id=\"bijlagen\">Bijlagen</h2>"))
        #expect(card.contains("<li><a href=\"tijdlijn-voorbeeld.svg\">tijdlijn-voorbeeld.svg</a> <span class=\"type\">afbeelding (SVG), 1 kB</span></li>"))
        #expect(card.contains("<li><a href=\"../handouts/tijdlijn.pdf\">tijdlijn.pdf</a> <span class=\"type\">PDF, 1 kB</span></li>"))
        #expect(!SiteFixture.text("index.html", in: out).contains("Bijlagen"))

        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("graph.json"))) as? [String: Any])
        let byID = Dictionary(uniqueKeysWithValues: (json["entities"] as! [[String: Any]]).map { ($0["id"] as! String, $0) })
        let files = try #require(byID["tijdlijn"]?["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == ["werkkaarten/tijdlijn-voorbeeld.svg", "handouts/tijdlijn.pdf"])
        #expect(files.map { $0["kind"] as? String } == ["svg", "pdf"])
        #expect(files.last?["size"] as? Int == Self.pdf.count)
        #expect((byID["doorgaan"]?["files"] as? [[String: Any]])?.count == 1)
        #expect(byID["index"]?["files"] == nil)
    }

    @Test func theSameInputGivesTheSameFilesAndAFailedBuildKeepsThePreviousOnes() async throws {
        let scratch = SiteFixture.scratch()
        let content = try content(in: scratch)
        let first = scratch.appendingPathComponent("eerste"), second = scratch.appendingPathComponent("tweede")
        #expect(await build(content, into: first).succeeded)
        #expect(await build(content, into: second).succeeded)
        #expect(SiteFixture.files(in: first) == SiteFixture.files(in: second))

        // A changed handout and a broken picture elsewhere: nothing is written.
        let before = SiteFixture.files(in: first)
        try Data("%PDF-1.4\n% nieuw\n".utf8).write(to: content.appendingPathComponent("handouts/tijdlijn.pdf"))
        try append("\n![Weg](weg.png)\n", to: content.appendingPathComponent("index.md"))
        let report = await build(content, into: first)
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.code == "broken-link" && $0.file.hasSuffix("index.md") })
        #expect(SiteFixture.files(in: first) == before)
    }
}

/// A file beside the Markdown never silently replaces one that Spiegel writes itself.
@Suite struct AttachmentCollisionTests {
    @Test func aFileOnAWorksheetsPDFIsAnErrorNamingTheWorksheet() async throws {
        let scratch = SiteFixture.scratch()
        let content = scratch.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: SiteFixture.content, toPath: content.path)
        // The work card's generated worksheet is werkbladen/werkblad-tijdlijn.pdf.
        try Data("%PDF-1.4\n".utf8).write(to: content.appendingPathComponent("werkbladen/werkblad-tijdlijn.pdf"))
        let sheet = content.appendingPathComponent("werkbladen/sessie.md")
        try (String(contentsOf: sheet, encoding: .utf8) + "\n[Het oude werkblad](werkblad-tijdlijn.pdf)\n").write(to: sheet, atomically: true, encoding: .utf8)
        let out = scratch.appendingPathComponent("site")
        var options = SiteFixture.options(content: content.path, output: out.path)
        options.dryRun = true
        let report = await BuildPipeline(options: options).run()
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors.map(\.formatted))")
        let d = try #require(errors.first)
        #expect(d.code == "attachment-on-site-file")
        #expect(d.file == content.path + "/werkbladen/werkblad-tijdlijn.pdf")
        #expect(d.message.hasPrefix("dit bestand komt in de site op 'werkbladen/werkblad-tijdlijn.pdf', waar Spiegel zelf de PDF van het werkblad '"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}

extension AttachmentCollisionTests {
    /// Every file in `templates/` that is not a template is copied into the site as it is: a
    /// picture of the content at the same path would replace it, or be replaced.
    @Test func aFileOnACopiedTemplateFileIsAnErrorNamingTheTemplates() async throws {
        let scratch = SiteFixture.scratch()
        let content = scratch.appendingPathComponent("content"), templates = scratch.appendingPathComponent("templates")
        try FileManager.default.copyItem(atPath: SiteFixture.content, toPath: content.path)
        try FileManager.default.copyItem(atPath: SiteFixture.templates, toPath: templates.path)
        let logo = Data("<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>".utf8)
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("beeld"), withIntermediateDirectories: true)
        try logo.write(to: templates.appendingPathComponent("beeld/logo.svg"))
        try FileManager.default.createDirectory(at: content.appendingPathComponent("beeld"), withIntermediateDirectories: true)
        try logo.write(to: content.appendingPathComponent("beeld/logo.svg"))
        let home = content.appendingPathComponent("index.md")
        try (String(contentsOf: home, encoding: .utf8) + "\n![Het logo van de organisatie](beeld/logo.svg)\n").write(to: home, atomically: true, encoding: .utf8)
        var options = SiteFixture.options(content: content.path, output: scratch.appendingPathComponent("site").path)
        options.templatesDirectory = templates.path
        options.dryRun = true
        let report = await BuildPipeline(options: options).run()
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors.map(\.formatted))")
        let d = try #require(errors.first)
        #expect(d.code == "attachment-on-site-file")
        #expect(d.file == content.path + "/beeld/logo.svg")
        #expect(d.line == 1 && d.column == 1)
        #expect(d.message == "dit bestand komt in de site op 'beeld/logo.svg', waar Spiegel zelf een bestand uit de map templates neerzet")
        #expect(d.hint == "geef het bestand een andere naam of zet het in een andere map, en pas de link aan")
    }
}

/// The handbook's pictures are published under `handleiding/`, where content kept in a folder
/// `content/handleiding/` lands too: one never silently replaces the other.
@Suite struct HandbookFileCollisionTests {
    @Test func aHandbookPictureOnAContentFileIsAnErrorNamingBoth() async throws {
        let scratch = SiteFixture.scratch()
        let content = scratch.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: SiteFixture.content, toPath: content.path)
        // A page of the content shows content/handleiding/beelden/kop.svg, which is published at
        // handleiding/beelden/kop.svg.
        try FileManager.default.createDirectory(at: content.appendingPathComponent("handleiding/beelden"), withIntermediateDirectories: true)
        try Data("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"4\" height=\"4\"/></svg>".utf8)
            .write(to: content.appendingPathComponent("handleiding/beelden/kop.svg"))
        let home = content.appendingPathComponent("index.md")
        try (String(contentsOf: home, encoding: .utf8) + "\n![Een vierkant](handleiding/beelden/kop.svg)\n").write(to: home, atomically: true, encoding: .utf8)
        // The handbook's chapter shows its own beelden/kop.svg: the same place in the site.
        let handbook = scratch.appendingPathComponent("handleiding")
        try FileManager.default.createDirectory(at: handbook.appendingPathComponent("beelden"), withIntermediateDirectories: true)
        try Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8).write(to: handbook.appendingPathComponent("beelden/kop.svg"))
        try "---\ntype: pagina\ntitel: Start\n---\n![Een kop met titel en type](beelden/kop.svg)\n"
            .write(to: handbook.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)

        let out = scratch.appendingPathComponent("site")
        var options = SiteFixture.options(content: content.path, output: out.path)
        options.handbookDirectory = handbook.path
        let report = await BuildPipeline(options: options).run()
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors.map(\.formatted))")
        let d = try #require(errors.first)
        #expect(d.code == "handbook-file-on-site-file")
        #expect(d.file == handbook.path + "/beelden/kop.svg")
        #expect(d.line == 1 && d.column == 1)
        #expect(d.message == "dit bestand van de handleiding komt in de site op 'handleiding/beelden/kop.svg', waar ook '"
            + content.path + "/handleiding/beelden/kop.svg' terechtkomt; het ene zou het andere vervangen")
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written")

        // Moved to a folder of its own in the content, both are published, each at its place.
        try FileManager.default.moveItem(at: content.appendingPathComponent("handleiding"), to: content.appendingPathComponent("beelden"))
        try (String(contentsOf: home, encoding: .utf8).replacingOccurrences(of: "](handleiding/beelden/kop.svg)", with: "](beelden/beelden/kop.svg)"))
            .write(to: home, atomically: true, encoding: .utf8)
        let moved = await BuildPipeline(options: options).run()
        #expect(moved.succeeded, "\(moved.diagnostics.map(\.formatted))")
        #expect(try Data(contentsOf: out.appendingPathComponent("handleiding/beelden/kop.svg")) == Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("beelden/beelden/kop.svg").path))
    }
}
