import Content
import Foundation
import Pipeline
import Testing
@testable import Site

/// Pages are rendered by `CompiledTemplate`; swift-mustache is the reference. Every file of the
/// real knowledge base (all page types, worksheets, booklet, handbook) must come out byte for byte
/// the same from both.
struct TemplateRendererAgreementTests {
    @Test func theWholeSiteRendersTheSameWithSwiftMustache() async throws {
        let (templates, problems) = TemplateSet.load(from: SiteFixture.templates)
        #expect(problems.isEmpty)
        let compiled = try #require(templates)
        #expect(compiled.isCompiled, "a template uses a feature CompiledTemplate leaves to swift-mustache")
        let content = await loadContent(SiteFixture.realContent)
        #expect(!content.diagnostics.hasErrors)
        let (config, _) = SiteConfig.load(from: SiteFixture.realConfig)
        let (handbook, _) = await BuildPipeline.loadHandbook(SiteFixture.repository.appendingPathComponent("handleiding").path)
        func render(_ templates: TemplateSet) async -> [OutputFile] {
            await SiteRenderer(graph: content.graph, templates: templates, config: config, search: true, withPDFs: true,
                         handbook: handbook).render()
        }
        let fast = await render(compiled)
        let reference = await render(compiled.withReferenceRenderer)
        #expect(fast.map(\.path) == reference.map(\.path))
        #expect(fast.count > 100)
        for (a, b) in zip(fast, reference) where a.data != b.data {
            Issue.record("\(a.path) differs from swift-mustache's rendering")
        }
    }
}

extension TemplateRendererAgreementTests {
    @Test func aTemplateWithSetDelimitersIsRenderedBySwiftMustache() async throws {
        let scratch = SiteFixture.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let templates = scratch.appendingPathComponent("templates")
        try FileManager.default.copyItem(atPath: SiteFixture.templates, toPath: templates.path)
        let pagina = templates.appendingPathComponent("pagina.mustache")
        let original = try String(contentsOf: pagina, encoding: .utf8)
        try ("{{=<% %>=}}<p class=\"delims\"><% page.title %></p><%={{ }}=%>\n" + original).write(to: pagina, atomically: true, encoding: .utf8)

        let set = try #require(TemplateSet.load(from: templates.path).0)
        #expect(!set.isCompiled)
        var options = SiteFixture.options(output: scratch.appendingPathComponent("site").path)
        options.templatesDirectory = templates.path
        let report = await BuildPipeline(options: options).run()
        #expect(report.succeeded)
        let home = try String(contentsOf: scratch.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(home.contains("<p class=\"delims\">"))
    }
}
