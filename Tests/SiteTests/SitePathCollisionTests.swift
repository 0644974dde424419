import Content
import Foundation
import Pipeline
import Site
import Testing

/// Two files of the site on one path that no earlier check foresees: the build stops with an
/// error at the source of one, naming the other, and the previous site stays as it was.
@Suite struct SitePathCollisionTests {
    /// A handbook with only a start page, and a copy of the fixture's templates.
    private func scratchSite() throws -> (scratch: URL, options: BuildOptions) {
        let scratch = SiteFixture.scratch()
        let templates = scratch.appendingPathComponent("templates"), handbook = scratch.appendingPathComponent("handleiding")
        try FileManager.default.copyItem(atPath: SiteFixture.templates, toPath: templates.path)
        try FileManager.default.createDirectory(at: handbook, withIntermediateDirectories: true)
        try "---\ntype: pagina\ntitel: Handleiding\n---\nWelkom.\n".write(to: handbook.appendingPathComponent("index.md"),
                                                                       atomically: true, encoding: .utf8)
        var options = SiteFixture.options(output: scratch.appendingPathComponent("site").path)
        options.templatesDirectory = templates.path
        options.handbookDirectory = handbook.path
        return (scratch, options)
    }

    @Test func aTemplateFileOnAHandbookChapterIsAnErrorAtTheChapter() async throws {
        let (scratch, options) = try scratchSite()
        // The previous site, which must survive the failed build.
        try FileManager.default.createDirectory(atPath: options.outputDirectory, withIntermediateDirectories: true)
        try "vorige".write(toFile: options.outputDirectory + "/index.html", atomically: true, encoding: .utf8)
        try Data().write(to: URL(fileURLWithPath: options.outputDirectory + "/" + SiteWriter.markerName))
        let folder = scratch.appendingPathComponent("templates/handleiding")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "<p>Onze eigen handleiding</p>".write(to: folder.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)

        let report = await BuildPipeline(options: options).run()
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors.map(\.formatted))")
        let d = try #require(errors.first)
        #expect(d.code == "two-files-on-one-path")
        #expect(d.file == options.handbookDirectory! + "/index.md")
        #expect(d.line == 2 && d.column == 1)
        #expect(d.message == "dit bestand komt in de site op 'handleiding/index.html', waar ook een bestand komt dat Spiegel zelf maakt "
            + "of uit de templates kopieert terechtkomt; het ene zou het andere vervangen")
        #expect(!report.siteWritten)
        #expect(try String(contentsOfFile: options.outputDirectory + "/index.html", encoding: .utf8) == "vorige")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "the staging folder is removed: \(leftovers)")
    }

    @Test func twoSourcesOnOnePathAreNamedBothAndAPrintedPDFCounts() throws {
        let page = SourceLocation(file: "content/casus.md", line: 2, column: 1)
        let picture = SourceLocation(file: "content/bijeenkomsten/casus-pakket.pdf", line: 1, column: 1)
        let found = OwnFileCollisions.inSite([
            OutputFile(path: "casus.html", data: Data("a".utf8), origin: page),
            OutputFile(path: "bijeenkomsten/casus-pakket.pdf", data: Data(), origin: picture),
            OutputFile(path: "casus.html", data: Data("b".utf8), origin: SourceLocation(file: "content/oud/casus.md", line: 3, column: 1)),
            // A PDF the build prints, which Spiegel makes itself: no origin.
            OutputFile(path: "bijeenkomsten/casus-pakket.pdf", data: Data()),
            OutputFile(path: "index.html", data: Data()),
        ])
        #expect(found.count == 2)
        #expect(found[0].file == "content/casus.md" && found[0].line == 2)
        #expect(found[0].message == "dit bestand komt in de site op 'casus.html', waar ook 'content/oud/casus.md' terechtkomt; "
            + "het ene zou het andere vervangen")
        #expect(found[1].file == "content/bijeenkomsten/casus-pakket.pdf")
        #expect(found[1].message.contains("een bestand komt dat Spiegel zelf maakt"))
        #expect(found[1].hint == "geef een van de twee een andere naam, een eigen 'id:' of een andere map")
        #expect(OwnFileCollisions.inSite([OutputFile(path: "a.html", data: Data()), OutputFile(path: "b.html", data: Data())]).isEmpty)
    }
}
