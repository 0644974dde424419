import Content
import Foundation

/// Turns a content graph into the files of the site. A pure function of its inputs: the same
/// graph, templates and configuration give byte-identical files.
public struct SiteRenderer: Sendable {
    public let graph: ContentGraph
    public let templates: TemplateSet
    public let config: SiteConfig
    public let strings: UIStrings
    /// When each source file last changed; `.none` outside a git checkout.
    public let history: GitHistory
    public let handbook: Handbook?

    public init(graph: ContentGraph, templates: TemplateSet, config: SiteConfig, strings: UIStrings = .dutch,
                history: GitHistory = .none, handbook: Handbook? = nil) {
        self.graph = graph
        self.templates = templates
        self.config = config
        self.strings = strings
        self.history = history
        self.handbook = handbook
    }

    /// Every file of the site, or only those at `paths` (the preview server's partial rebuild;
    /// `PageDependencies` says which paths an edit touches).
    public func render(only paths: Set<String>? = nil) -> [OutputFile] {
        let wanted = { (path: String) in paths?.contains(path) ?? true }
        let navigation = Navigation(graph: graph, strings: strings)
        let context = PageContext(graph: graph, config: config, strings: strings, navigation: navigation, history: history,
                                  handbookURL: handbook?.indexURL)
        let templates = self.templates
        let pages = graph.entities.filter { entity in
            guard entity.type != .question, wanted(entity.url) else { return false }
            if case .page(let page) = entity.kind, page.overviewOf != nil { return false }
            return true
        }
        // Page rendering is independent per page and runs on all cores.
        var files = pages.concurrentMap { entity in
            OutputFile(path: entity.url, text: Self.layout(templates, context.entityPage(entity),
                                                           template: entity.id == "index" && templates.names.contains("home") ? "home" : entity.type.rawValue))
        }
        for type in EntityType.fileTypes where type != .page && !graph.entities(of: type).isEmpty && wanted(SiteURL.overviewPage(of: type)) {
            files.append(OutputFile(path: SiteURL.overviewPage(of: type),
                                    text: Self.layout(templates, context.overviewPage(type), template: "overzicht")))
        }
        if wanted("404.html") {
            var notFound = context.base(url: "404.html", title: strings["notFoundTitle"])
            notFound["page"] = ["title": strings["notFoundTitle"], "body": "<p>\(strings["notFoundText"])</p>"]
            files.append(OutputFile(path: "404.html", text: Self.layout(templates, notFound, template: "pagina")))
        }
        if let handbook { files += handbook.render(templates: templates, context: context, wanted: wanted, layout: Self.layout) }
        if wanted("graph.json") { files.append(OutputFile(path: "graph.json", data: GraphJSON.encode(graph))) }
        for (path, data) in templates.assets.sorted(by: { $0.key < $1.key }) where wanted(path) {
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
