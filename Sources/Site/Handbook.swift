import Content
import Foundation

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

    /// Reads the chapters. No folder, no handbook: an organisation may leave it out.
    public static func load(from directory: String?) -> (Handbook?, [Diagnostic]) {
        guard let directory else { return (nil, []) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else { return (nil, []) }
        let loaded = ContentLoader.load(contentDirectory: directory)
        // Chapters need no backlinks or citations: only errors count here.
        var diagnostics = loaded.diagnostics.filter { $0.severity == .error }
        for entity in loaded.graph.entities where entity.type != .page && entity.type != .question {
            diagnostics.append(Diagnostic(file: entity.location.file, line: entity.location.line, column: entity.location.column,
                                          message: "a handbook chapter must be a pagina, not a \(entity.type.rawValue)",
                                          hint: "write 'type: pagina'"))
        }
        let entities = loaded.graph.entities.map { entity -> Entity in
            var moved = entity
            moved.url = folder + "/" + entity.url
            return moved
        }
        return (Handbook(graph: ContentGraph(entities: entities, relations: loaded.graph.relations)), diagnostics)
    }

    var indexURL: String { Self.folder + "/index.html" }

    /// The chapters as pages of the site, in its layout and menu.
    func render(templates: TemplateSet, context site: PageContext, wanted: (String) -> Bool,
                layout: (TemplateSet, [String: Any], String) -> String) -> [OutputFile] {
        var chapters = site
        chapters.graph = graph
        chapters.history = .none
        let reference = HandbookReference(strings: site.strings)
        return graph.entities.filter { $0.type == .page && wanted($0.url) }.map { chapter in
            var context = chapters.entityPage(chapter)
            var page = context["page"] as? [String: Any] ?? [:]
            if chapter.id == Self.referenceChapter {
                page["body"] = (page["body"] as? String ?? "") + reference.html()
            }
            if chapter.id != "index" {
                page["breadcrumbs"] = (page["breadcrumbs"] as? [[String: Any]] ?? [])
                    + [["title": site.strings["handbook"], "url": "index.html"]]
            }
            context["page"] = page
            return OutputFile(path: chapter.url, text: layout(templates, context, "pagina"))
        }
    }
}
