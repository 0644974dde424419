import Content
import Foundation

/// Turns a content graph into the files of the site. A pure function of its inputs: the same
/// graph, templates and configuration give byte-identical files.
public struct SiteRenderer: Sendable {
    public let graph: ContentGraph
    public let templates: TemplateSet
    public let config: SiteConfig
    public let strings: UIStrings
    /// Whether pages carry a search box (Pagefind indexes the site after it is written).
    public let search: Bool
    /// Whether the worksheets' PDFs are printed in this build: pages then link to them and
    /// graph.json names them.
    public let withPDFs: Bool
    let worksheets: WorksheetCatalog
    /// Header and footer variants, rendered once each and shared by all pages.
    let chrome: PageChrome

    public init(graph: ContentGraph, templates: TemplateSet, config: SiteConfig, strings: UIStrings = .dutch,
                search: Bool = false, withPDFs: Bool = false) {
        self.graph = graph
        self.templates = templates
        self.config = config
        self.strings = strings
        self.search = search
        self.withPDFs = withPDFs
        worksheets = WorksheetCatalog(graph: graph, strings: strings)
        chrome = PageChrome(templates: templates)
    }

    /// The PDFs to print after the files are written, when this build makes PDFs.
    public var printJobs: [PrintJob] { withPDFs ? worksheetPages(context(Navigation(graph: graph, strings: strings, worksheets: worksheets))).printJobs : [] }

    private func context(_ navigation: Navigation) -> PageContext {
        PageContext(graph: graph, config: config, strings: strings, navigation: navigation, chrome: chrome,
                    search: search, worksheets: worksheets)
    }

    private func worksheetPages(_ context: PageContext) -> WorksheetPages {
        WorksheetPages(catalog: worksheets, pages: context,
                       sheets: WorksheetContext(graph: graph, config: config, strings: strings, withPDFs: withPDFs))
    }

    public func render() -> [OutputFile] {
        let navigation = Navigation(graph: graph, strings: strings, worksheets: worksheets)
        let context = self.context(navigation)
        let templates = self.templates
        let pages = graph.entities.filter { entity in
            // Questions live on their parent's page; worksheets are rendered as worksheets below.
            guard entity.type != .question, entity.type != .worksheet else { return false }
            if case .page(let page) = entity.kind, page.overviewOf != nil { return false }
            return true
        }
        // Page rendering is independent per page and runs on all cores.
        var files = pages.concurrentMap { entity in
            OutputFile(path: entity.url, text: Self.layout(templates, context.entityPage(entity),
                                                           template: entity.id == "index" && templates.names.contains("home") ? "home" : entity.type.rawValue))
        }
        for type in EntityType.fileTypes where type != .page && type != .worksheet && !graph.entities(of: type).isEmpty {
            files.append(OutputFile(path: SiteURL.overviewPage(of: type),
                                    text: Self.layout(templates, context.overviewPage(type), template: "overzicht")))
        }
        files.append(OutputFile(path: MapPage.url, text: Self.layout(templates, MapPage(context: context).page(), template: "pagina")))
        files += AudiencePages(context: context).pages { url, page, template in
            OutputFile(path: url, text: Self.layout(templates, page, template: template))
        }
        var notFound = context.base(url: "404.html", title: strings["notFoundTitle"])
        notFound["page"] = ["title": strings["notFoundTitle"], "body": "<p>\(strings["notFoundText"])</p>", "noindex": true]
        files.append(OutputFile(path: "404.html", text: Self.layout(templates, notFound, template: "pagina")))
        files += worksheetPages(context).files(templates)
        files.append(OutputFile(path: "graph.json", data: GraphJSON.encode(graph, worksheets: worksheets.sheets, withPDFs: withPDFs)))
        if let base = config.baseURL {
            files.append(OutputFile(path: "sitemap.xml", text: Sitemap.xml(pages: files.map(\.path), baseURL: base)))
        }
        for (path, data) in templates.assets.sorted(by: { $0.key < $1.key }) {
            files.append(OutputFile(path: path, data: data))
        }
        return files.sorted { $0.path < $1.path }
    }

    private static func layout(_ templates: TemplateSet, _ context: [String: Any], template: String) -> String {
        var context = TemplateValues.compact(context)
        context["content"] = templates.render(context, template: template)
        return templates.render(context, template: "layout")
    }
}
