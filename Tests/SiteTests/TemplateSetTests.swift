import Foundation
import Testing
import Pipeline
@testable import Site

struct TemplateSetTests {
    /// Set delimiters are part of Mustache: a site whose template changes them builds, and the
    /// tags written with the new delimiters are filled in.
    @Test func aTemplateWithSetDelimitersIsRendered() async throws {
        let scratch = SiteFixture.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let templates = scratch.appendingPathComponent("templates")
        try FileManager.default.copyItem(atPath: SiteFixture.templates, toPath: templates.path)
        let pagina = templates.appendingPathComponent("pagina.mustache")
        let original = try String(contentsOf: pagina, encoding: .utf8)
        try ("{{=<% %>=}}<p class=\"delims\"><% page.title %></p><%={{ }}=%>\n" + original).write(to: pagina, atomically: true, encoding: .utf8)

        var options = SiteFixture.options(output: scratch.appendingPathComponent("site").path)
        options.templatesDirectory = templates.path
        let report = await BuildPipeline(options: options).run()
        #expect(report.succeeded)
        let home = try String(contentsOf: scratch.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(home.contains("<p class=\"delims\">"))
        #expect(!home.contains("<%"))
    }

    /// Every broken template is reported, each with its own file and position.
    @Test func brokenTemplatesAreReportedWithFileLineAndColumn() throws {
        let scratch = SiteFixture.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let templates = scratch.appendingPathComponent("templates")
        try FileManager.default.copyItem(atPath: SiteFixture.templates, toPath: templates.path)
        try "<p>\n  {{#a}}\n  {{/b}}\n".write(to: templates.appendingPathComponent("bron.mustache"), atomically: true, encoding: .utf8)
        try "<p>{{=<%>=}}</p>".write(to: templates.appendingPathComponent("partials/pager.mustache"), atomically: true, encoding: .utf8)

        let (set, diagnostics) = TemplateSet.load(from: templates.path)
        #expect(set == nil)
        let bron = try #require(diagnostics.first { $0.file.hasSuffix("/bron.mustache") })
        #expect((bron.line, bron.column) == (3, 3))
        #expect(bron.message == "{{/b}} sluit 'a', die op regel 2, kolom 3 geopend is")
        let pager = try #require(diagnostics.first { $0.file.hasSuffix("/partials/pager.mustache") })
        #expect((pager.line, pager.column) == (1, 4))
        #expect(pager.message == "'<%>' stelt geen twee scheidingstekens in")
        #expect(pager.hint != nil)
    }
}
