import Content
import Foundation
import Parallel
import TemplateEngine

/// Turns a content graph into the files of the site. A pure function of its inputs: the same
/// graph, templates and configuration give byte-identical files.
public struct SiteRenderer: Sendable {
    public let graph: ContentGraph
    public let templates: TemplateSet
    public let config: SiteConfig
    public let strings: UIStrings
    /// Whether pages carry a search box: Pagefind indexes the site after it is written, and the
    /// renderer writes `zoekindex.js` for the box to search when the site is opened from disk.
    public let search: Bool
    /// Whether the worksheets' PDFs are printed in this build: pages then link to them and
    /// graph.json names them.
    public let withPDFs: Bool
    let worksheets: WorksheetCatalog
    /// Header and footer variants, rendered once each and shared by all pages.
    let chrome: PageChrome
    let texts: TemplateValue
    /// When each source file last changed; `.none` outside a git checkout.
    public let history: GitHistory
    public let handbook: Handbook?
    /// The organisation's look against the templates' stylesheets.
    let look: LookStyle

    public init(graph: ContentGraph, templates: TemplateSet, config: SiteConfig, strings: UIStrings = .dutch,
                search: Bool = false, withPDFs: Bool = false, history: GitHistory = .none, handbook: Handbook? = nil) {
        self.graph = graph
        self.templates = templates
        self.config = config
        self.strings = strings
        self.search = search
        self.withPDFs = withPDFs
        self.history = history
        self.handbook = handbook
        worksheets = WorksheetCatalog(graph: graph, strings: strings)
        chrome = PageChrome(templates: templates)
        texts = TemplateValues.strings(strings.texts)
        look = LookStyle(config.look, assets: templates.assets)
    }

    /// The PDFs to print after the files are written, when this build makes PDFs.
    public var printJobs: [PrintJob] {
        guard withPDFs else { return [] }
        let context = context(Navigation(graph: graph, strings: strings, worksheets: worksheets))
        // The worksheets first: a meeting's pack may hold them.
        return worksheetPages(context).printJobs(templates) + MeetingPrints(pages: context, withPDFs: withPDFs).printJobs(templates)
    }

    private func context(_ navigation: Navigation) -> PageContext {
        PageContext(graph: graph, config: config, strings: strings, texts: texts, navigation: navigation, chrome: chrome,
                    search: search, withPDFs: withPDFs, worksheets: worksheets, history: history, handbookURL: handbook?.indexURL, look: look)
    }

    private func worksheetPages(_ context: PageContext) -> WorksheetPages {
        WorksheetPages(catalog: worksheets, pages: context,
                       sheets: WorksheetContext(graph: graph, config: config, strings: strings, withPDFs: withPDFs, history: history, look: look))
    }

    /// Every file of the site, or only those at `paths` (the preview server's partial rebuild;
    /// `PageDependencies` says which paths an edit touches). `emit` is handed each entity's page
    /// as soon as it is rendered, from any thread, so that writing can start before rendering ends;
    /// the returned list then holds those pages by path only (their data empty), so that a written
    /// page is not kept in memory until the build ends.
    public func render(only paths: Set<String>? = nil, emit: (@Sendable (OutputFile) -> Void)? = nil) async -> [OutputFile] {
        let wanted = { @Sendable (path: String) in paths?.contains(path) ?? true }
        let navigation = Navigation(graph: graph, strings: strings, worksheets: worksheets)
        var context = self.context(navigation)
        // A whole build lists most entities on many pages; a partial one renders a few pages.
        if paths == nil { context.cards = await LinkCards(graph: self.graph, strings: strings) }
        let templates = self.templates
        let layout: @Sendable (String, [String: Any], String) -> OutputFile = { url, page, template in
            OutputFile(path: url, data: Data(Self.layout(templates, page, template: template)))
        }
        let pages = graph.entities.filter { entity in
            // Questions live on their parent's page; worksheets are rendered as worksheets below.
            guard entity.type != .question, entity.type != .worksheet, wanted(entity.url) else { return false }
            if case .page(let page) = entity.kind, page.overviewOf != nil { return false }
            return true
        }
        // The map and graph.json each cover the whole graph: they are made beside the pages
        // rather than after them. So are the worksheets and the editors' handbook, which need
        // nothing from the pages.
        let pageContext = context
        async let graphJSON = wanted("graph.json") ? self.graphJSON() : nil
        async let map = wanted(MapPage.url) ? layout(MapPage.url, MapPage(context: pageContext).page(), "pagina") : nil
        async let sheetPages = paths == nil || paths!.contains(where: { $0.hasPrefix(EntityType.worksheet.section + "/") })
            ? worksheetPages(pageContext).files(templates).filter { wanted($0.path) } : []
        async let handbookPages = handbook.map { handbook in
            handbook.render(templates: templates, context: pageContext, wanted: wanted, layout: Self.layout)
        } ?? []
        // Page rendering is independent per page and runs on all cores; each page is handed to
        // `emit` (written) by the task that rendered it.
        var files = await pages.parallelMap { entity in
            let template = entity.id == "index" && templates.names.contains("home") ? "home" : entity.type.rawValue
            let file = OutputFile(path: entity.url, data: Data(Self.layout(templates, pageContext.entityPage(entity).fields, template: template)),
                                  origin: entity.location)
            guard let emit else { return file }
            emit(file)
            return OutputFile(path: file.path, data: Data(), origin: file.origin)
        }
        for type in EntityType.fileTypes where type != .page && type != .worksheet && !graph.entities(of: type).isEmpty
            && wanted(SiteURL.overviewPage(of: type)) {
            files.append(layout(SiteURL.overviewPage(of: type), context.overviewPage(type), "overzicht"))
        }
        if let map = await map { files.append(map) }
        // What changed: the page always (outside git it says there is no history), the feed
        // only with absolute addresses and dates to carry.
        let feed = config.baseURL.flatMap { base in
            ChangesFeed.xml(entries: RecentChanges.entries(graph: graph, history: history), baseURL: base, siteName: config.name,
                            organisation: config.organisation, strings: strings)
        }
        if wanted(RecentChanges.url) {
            files.append(layout(RecentChanges.url, RecentChanges(context: context, withFeed: feed != nil).page(), "pagina"))
        }
        if let feed, wanted(ChangesFeed.path) { files.append(OutputFile(path: ChangesFeed.path, text: feed)) }
        if paths == nil || paths!.contains(where: { $0.hasPrefix(AudiencePages.section + "/") }) {
            files += AudiencePages(context: context).pages(layout: layout).filter { wanted($0.path) }
        }
        if wanted("404.html") {
            var notFound = context.base(url: "404.html", title: strings["notFoundTitle"])
            notFound["page"] = ["title": strings["notFoundTitle"], "body": "<p>\(strings["notFoundText"])</p>", "noindex": true]
            files.append(layout("404.html", notFound, "pagina"))
        }
        files += await sheetPages
        files += MeetingPrints(pages: context, withPDFs: withPDFs).files(templates, wanted: wanted)
        if MeetingComposer.hasSomethingToCompose(graph) {
            let composer = MeetingComposer(context: context)
            if wanted(MeetingComposer.url) { files.append(layout(MeetingComposer.url, composer.page(), "bijeenkomst-samenstellen")) }
            if wanted(MeetingComposer.dataPath) { files.append(composer.dataFile()) }
        }
        files += await handbookPages
        if let graphJSON = await graphJSON { files.append(graphJSON) }
        // Pagefind searches a site served over HTTP; this index is for one opened from disk.
        if search, wanted(DiskSearchIndex.path), let index = DiskSearchIndex(graph: graph).file() { files.append(index) }
        if let base = config.baseURL, wanted("sitemap.xml") {
            // A partial render (the preview, after a page was added or removed) lists the pages
            // by rendering them all once: rare, and the only way the list cannot drift from the site.
            let pages = paths == nil ? files.map(\.path) : await render(only: nil).map(\.path)
            files.append(OutputFile(path: "sitemap.xml", text: Sitemap.xml(pages: pages, baseURL: base)))
        }
        for (path, data) in templates.assets.sorted(by: { $0.key < $1.key }) where wanted(path) {
            files.append(OutputFile(path: path, data: data))
        }
        if let logo = look.logo, wanted(logo), let source = config.look.logo?.value, let data = FileManager.default.contents(atPath: source) {
            files.append(OutputFile(path: logo, data: data))
        }
        files += Self.attachmentFiles(graph.attachments, wanted: wanted, emit: emit)
        return files.sorted { $0.path < $1.path }
    }

    /// The pictures and files the pages use, copied at their paths under the content folder:
    /// each once, however many pages use it. Like pages, they are handed to `emit` and not kept.
    static func attachmentFiles(_ attachments: [Attachment], wanted: (String) -> Bool,
                                emit: (@Sendable (OutputFile) -> Void)?) -> [OutputFile] {
        attachments.filter { wanted($0.path) }.compactMap { attachment in
            // Gone since its link was checked (an editor deleting it meanwhile): the next check reports it.
            guard let data = FileManager.default.contents(atPath: attachment.absolutePath) else { return nil }
            let file = OutputFile(path: attachment.path, data: data, origin: SourceLocation(file: attachment.displayPath, line: 1, column: 1))
            guard let emit else { return file }
            emit(file)
            return OutputFile(path: file.path, data: Data(), origin: file.origin)
        }
    }

    private func graphJSON() -> OutputFile {
        OutputFile(path: "graph.json", data: GraphJSON.encode(graph, worksheets: worksheets.sheets, withPDFs: withPDFs))
    }

    private static func layout(_ templates: TemplateSet, _ context: [String: Any], template: String) -> [UInt8] {
        layout(templates, TemplateValues.compact(context), template: template)
    }

    private static func layout(_ templates: TemplateSet, _ context: TemplateFields, template: String) -> [UInt8] {
        var context = context
        context["content"] = .text(String(decoding: templates.renderBytes(context, template: template), as: UTF8.self))
        return templates.renderBytes(context, template: "layout")
    }
}
