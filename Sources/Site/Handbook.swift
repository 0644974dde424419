import Content
import Foundation
import TemplateEngine

/// The editors' handbook: Dutch chapters written by hand in the `handleiding/` folder (pages with
/// front matter, read by the same loader as the content, so their links are checked too) and a
/// reference of every type and key, generated from `EntitySchema` into the chapter `typen`.
/// Published under `handleiding/` and linked from every page's footer.
public struct Handbook: Sendable {
    /// Where the handbook lives in the site.
    public static let folder = "handleiding"
    /// The chapter that receives the generated reference of types and keys.
    static let referenceChapter = "typen"

    /// The chapters, with URLs already under `handleiding/`.
    public let graph: ContentGraph

    /// The handbook made of chapters read by the content stages (so their links are checked too).
    public static func make(from chapters: LoadedContent) -> (Handbook, [Diagnostic]) {
        // Chapters need no backlinks or citations: only errors count here.
        var diagnostics = chapters.diagnostics.filter { $0.severity == .error }
        for entity in chapters.graph.entities where entity.type != .page && entity.type != .question {
            diagnostics.append(Diagnostic(at: entity.location, .handbookChapterNotPage(type: entity.type.rawValue)))
        }
        let entities = chapters.graph.entities.map { entity -> Entity in
            var moved = entity
            moved.url = folder + "/" + entity.url
            // Pictures beside the chapters move with them, so their relative links still hold.
            moved.attachments = entity.attachments.map { attachment in
                var moved = attachment
                moved.path = folder + "/" + attachment.path
                return moved
            }
            return moved
        }
        return (Handbook(graph: ContentGraph(entities: entities, relations: chapters.graph.relations)), diagnostics)
    }

    var indexURL: String { Self.folder + "/index.html" }

    /// The chapters as pages of the site, in its layout and menu.
    func render(templates: TemplateSet, context site: PageContext, wanted: (String) -> Bool,
                layout: (TemplateSet, TemplateFields, String) -> [UInt8]) -> [OutputFile] {
        var chapters = site
        chapters.graph = graph
        chapters.history = .none
        let reference = HandbookReference(strings: site.strings)
        return graph.entities.filter { $0.type == .page && wanted($0.url) }.map { chapter in
            var context = chapters.entityPage(chapter)
            var page = TemplateObject(context["page"]) ?? TemplateObject()
            if chapter.id == Self.referenceChapter {
                let body = if case .text(let text)? = page["body"] { text } else { "" }
                page.set("body", body + reference.html())
            }
            if chapter.id != "index" {
                var handbook = TemplateObject()
                handbook.set("title", site.strings["handbook"])
                handbook.set("url", "index.html")
                let trail = if case .list(let list)? = page["breadcrumbs"] { list } else { [TemplateValue]() }
                page.set("breadcrumbs", trail + [handbook.value])
            }
            context.set("page", page.value)
            return OutputFile(path: chapter.url, data: Data(layout(templates, context.fields, "pagina")), origin: chapter.location)
        } + SiteRenderer.attachmentFiles(graph.attachments, wanted: wanted, emit: nil)
    }
}
