import Content
import Foundation
import Pipeline
import Site

/// The site as the preview serves it: every file in memory, by site path, rebuilt after each edit.
///
/// A rebuild runs the build's own content stages (`BuildPipeline.loadContent`) with a cache of
/// each file's front matter and rendered body: after an edit only the edited files are read and
/// rendered again, and the graph and its checks are made whole, as a build makes them.
/// What is rendered depends on what changed:
/// - a content file: `PageDependencies` names the pages whose output can differ (the page itself,
///   the pages related to it either way, its neighbours, its overview); only those are rendered
///   and compared with what was served. When the menu changes, every page is.
/// - a template, `spiegel.yml` or a handbook chapter: every page, since each one carries the layout
///   (and the footer links to the handbook); a commit or pull (`.git/logs/HEAD`): every page, for
///   the dates.
/// While there are errors the last good build stays in place: every page is served from it with a
/// strip at the top that names the problem and links to the full error page, and the pages of the
/// broken files (or any page the last good build lacks) answer with the error page. Warnings are
/// shown in a strip too. The first good rebuild brings the current site back. The rebuilds write
/// the state below; `PreviewSite+Responses.swift` answers requests from it.
actor PreviewSite {
    let options: BuildOptions
    let strings: UIStrings
    private let log: @Sendable (Notice) -> Void
    private var cache: SourceCache? = SourceCache()
    /// Read by `PreviewSite+Layers.swift` for the layers it lists, and for a PDF's site address
    /// by `PreviewSite+Responses.swift`.
    private(set) var config = SiteConfig()
    private var configDiagnostics: [Diagnostic] = []
    private var templates: TemplateSet?
    private var templateDiagnostics: [Diagnostic] = []
    private var history = GitHistory.none
    private var handbook: Handbook?
    /// `.git/logs/HEAD`, standardized, when the content is in a git checkout (known after `start`).
    private(set) var gitLog: String?
    private var handbookDiagnostics: [Diagnostic] = []
    /// The last graph that rendered without errors, and its files.
    private(set) var good: (graph: ContentGraph, files: [String: Data])?
    /// graph.json describes every entity, so writing it costs as much as a few hundred pages; it
    /// is written when asked for, from the renderer of the last good rebuild, not on every save.
    private var graphJSON: (renderer: SiteRenderer, data: Data?)?
    private(set) var problems: [Diagnostic] = []
    /// The page each source file of the last good build made, by file path: found when a
    /// problem needs it, not on every rebuild.
    private var pageByFile: [String: String]?
    private(set) var version = 0
    /// With WeasyPrint (and `options.pdf`), the worksheets' PDFs, printed when asked for, and the
    /// renderer of the last good rebuild, which says what each PDF is printed from.
    private(set) var prints: PreviewPrints?
    private(set) var printRenderer: SiteRenderer?

    init(options: BuildOptions, strings: UIStrings = .dutch, log: @escaping @Sendable (Notice) -> Void) {
        // The preview shows drafts (with a banner), so the editor sees them as they will be.
        var options = options
        options.drafts = .show
        self.options = options
        self.strings = strings
        self.log = log
    }

    var current: ReloadEvent { ReloadEvent(version: version, paths: nil) }
    var hasErrors: Bool { problems.hasErrors }

    /// The first build: everything.
    func start() async -> ReloadEvent? {
        (config, configDiagnostics) = SiteConfig.load(from: options.configFile)
        if options.readsGitHistory {
            // The repository of the last layer, the organisation's own, where its editors commit.
            let ownLayer = contentLayers.folders.last?.value ?? options.contentDirectory
            gitLog = await GitHistory.headLog(contentDirectory: ownLayer).map { URL(fileURLWithPath: $0).standardizedFileURL.path }
            history = await readHistory()
        }
        (templates, templateDiagnostics) = TemplateSet.load(layers: templateLayers)
        (handbook, handbookDiagnostics) = await BuildPipeline.loadHandbook(options.handbookDirectory)
        if options.pdf, let printer = await WeasyPrint.locate(searchPath: options.printEngineSearchPath) {
            prints = PreviewPrints(printer: printer, cacheDirectory: options.pdfCacheDirectory, server: options.printServer,
                                   searchPath: options.printEngineSearchPath)
        }
        return await rebuild(layoutChanged: true, trigger: [], contentChanges: nil)
    }

    /// Stops the print workers, if any were started.
    func close() async { await prints?.close() }

    /// A rebuild after the files at `changes.paths` (absolute, standardized) changed. Nil when no
    /// page looks different.
    func rebuild(after changes: SourceChanges) async -> ReloadEvent? {
        let paths = changes.paths
        let templateRoots = templateLayers.map { URL(fileURLWithPath: $0.value).standardizedFileURL.path + "/" }
        let configPath = URL(fileURLWithPath: options.configFile).standardizedFileURL.path
        let standardized = paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let handbookRoot = options.handbookDirectory.map { URL(fileURLWithPath: $0).standardizedFileURL.path + "/" }
        let configChanged = standardized.contains(configPath)
        // The configuration lists the layers: when it changes, any template may come from elsewhere.
        let templatesChanged = configChanged || standardized.contains { path in templateRoots.contains { path.hasPrefix($0) } }
        let handbookChanged = handbookRoot.map { root in standardized.contains { $0.hasPrefix(root) || $0 + "/" == root } } ?? false
        let layersBefore = contentLayers
        if configChanged { (config, configDiagnostics) = SiteConfig.load(from: options.configFile) }
        if templatesChanged { (templates, templateDiagnostics) = TemplateSet.load(layers: templateLayers) }
        // Other layers or other hidden ids: every file is found and merged again.
        if contentLayers != layersBefore { cache = SourceCache() }
        if handbookChanged { (handbook, handbookDiagnostics) = await BuildPipeline.loadHandbook(options.handbookDirectory) }
        // A commit or pull moves the dates on the pages; which ones is cheaper to find by rendering
        // all than by comparing two histories, and commits are rare next to saves.
        let historyChanged = options.readsGitHistory && gitLog.map { standardized.contains($0) } == true
        if historyChanged { history = await readHistory() }
        // The content cache needs the changed paths inside the content folder; a lost event, or the
        // folder itself replaced, makes it look at every file.
        // With several layers, a change in any of them makes it compare every file's stamp: a
        // path relative to one layer says nothing about the file of the same name in another.
        let contentRoots = contentLayers.folders.map { URL(fileURLWithPath: $0.value).standardizedFileURL.path }
        let contentChanges: [String]?
        if contentRoots.count == 1, let contentRoot = contentRoots.first {
            contentChanges = changes.complete && !standardized.contains(contentRoot)
                ? standardized.filter { $0.hasPrefix(contentRoot + "/") }.map { String($0.dropFirst(contentRoot.count + 1)) }
                : nil
        } else {
            let inLayers = standardized.contains { path in contentRoots.contains { path == $0 || path.hasPrefix($0 + "/") } }
            contentChanges = changes.complete && !inLayers ? [] : nil
        }
        return await rebuild(layoutChanged: templatesChanged || configChanged || handbookChanged || historyChanged, trigger: paths,
                             contentChanges: contentChanges)
    }

    private func rebuild(layoutChanged: Bool, trigger: [String], contentChanges: [String]?) async -> ReloadEvent? {
        let started = ContinuousClock.now
        // Changes to files that are not Markdown, or that editors and tools write beside them,
        // touch no page.
        var changed = contentChanges.map { Set($0.filter { !$0.split(separator: "/").contains(where: { EditorScratchFiles.contains(String($0)) }) }) }
        // Taken out while the stages change it: a second reference would make them copy it whole.
        var cache = self.cache
        // A page lists the size of each picture or file it uses, so an edit to one is an edit to
        // those pages. A picture added or removed may mend or break a link on any page: rare, and
        // then every body is rendered again.
        let changedAttachments = changed?.filter { AttachmentKind(path: $0) != nil } ?? []
        if !changedAttachments.isEmpty {
            let users = good?.graph.entities.filter { $0.attachments.contains { changedAttachments.contains($0.path) } } ?? []
            let used = Set(users.flatMap { $0.attachments.map(\.path) })
            // Paths of changes are known only on a site of one layer (above), so they are that layer's.
            let layer = contentLayers.folders.first?.value ?? options.contentDirectory
            if !problems.hasErrors, changedAttachments.allSatisfy({ used.contains($0) && FileManager.default.fileExists(
                atPath: layer + "/" + $0) }) {
                changed?.formUnion(users.map(\.sourcePath))
            } else {
                cache = SourceCache()
            }
        }
        self.cache = nil
        var clock = StageClock()
        let loaded = await BuildPipeline.loadContent(layers: contentLayers, cache: &cache, changed: changed,
                                                     drafts: options.drafts, clock: &clock)
        self.cache = cache
        let lookDiagnostics = templates.map { LookStyle.diagnostics(config.look, assets: $0.assets) } ?? []
        let diagnostics = (configDiagnostics + lookDiagnostics).sorted() + templateDiagnostics + handbookDiagnostics + loaded.diagnostics
            + (templates.map { OwnFileCollisions.find(in: loaded.graph, templates: $0, handbook: handbook) } ?? [])
        let wasBroken = problems.hasErrors || good == nil
        guard !diagnostics.hasErrors, let templates else {
            let changed = diagnostics != problems
            problems = diagnostics
            guard changed else { return nil }
            version += 1
            let errors = diagnostics.filter { $0.severity == .error }
            log(.previewHasErrors(errors: errors))
            return ReloadEvent(version: version, paths: nil)
        }
        let warningsChanged = diagnostics != problems

        let renderer = SiteRenderer(graph: loaded.graph, templates: templates, config: config, strings: strings,
                                    withPDFs: prints != nil, history: history, handbook: handbook)
        var files = good?.files ?? [:]
        // `touched` names what changed since the cache's previous load, which is the last good one
        // unless the site was broken in between.
        let pagesAffected = layoutChanged || good == nil ? nil
            : PageDependencies.affectedPaths(from: good!.graph, to: loaded.graph, strings: strings,
                                             candidates: wasBroken ? nil : loaded.touched)?.subtracting(["graph.json"])
        // Pictures and files are copied from disk again when one of them changed, or when a page
        // starts to use one the preview does not hold yet.
        let attachments = loaded.graph.attachments.map(\.path).filter { path in
            files[path] == nil || changed.map { $0.contains(path) } ?? true
        }
        let affected = pagesAffected?.union(attachments)
        clock.lap("find the pages to render")
        let rendered: [OutputFile]
        if let affected {
            rendered = await renderer.render(only: affected)
            for path in affected { files[path] = nil }
        } else {
            rendered = await renderer.render()
            files = [:]
        }
        clock.lap("render")
        // Two files on one path: an error like any other, and the last good site stays served.
        let collisions = OwnFileCollisions.inSite(rendered)
        guard collisions.isEmpty else {
            problems = diagnostics + collisions
            version += 1
            log(.previewHasErrors(errors: collisions))
            return ReloadEvent(version: version, paths: nil)
        }
        for file in rendered { files[file.path] = file.data }
        let previous = good?.files ?? [:]
        // Only rendered files can differ from what was served.
        let differing = (affected ?? Set(files.keys).union(previous.keys)).filter { files[$0] != previous[$0] }.sorted()
        // The problems and the files change together: a request answered while this rebuild
        // awaits its pages must see the last good build with its problems, not a mix.
        good = (loaded.graph, files)
        problems = diagnostics
        pageByFile = nil
        if prints != nil { printRenderer = renderer }
        if affected != nil { graphJSON = (renderer, nil) } else { graphJSON = nil }

        let milliseconds = Self.milliseconds(since: started)
        log(trigger.isEmpty
            ? .previewBuilt(rendered: rendered.count, files: files.count, changed: differing.count, milliseconds: milliseconds)
            : .previewRebuilt(after: trigger.map(display), fixed: wasBroken, rendered: rendered.count, files: files.count,
                              changed: differing.count, milliseconds: milliseconds))
        if ProcessInfo.processInfo.environment["SPIEGEL_STAGE_TIMES"] != nil {
            log(.stageTimes(clock.laps.map { ($0.stage, Int($0.seconds * 1000)) }))
        }
        guard wasBroken || warningsChanged || !differing.isEmpty else { return nil }
        version += 1
        // The warnings' strip is on every page.
        return ReloadEvent(version: version, paths: wasBroken || warningsChanged ? nil : differing)
    }

    /// The files of the last good rebuild, graph.json among them when `path` asks for it: it is
    /// written on the first request after a rebuild, and kept until the next.
    func servedFiles(for path: String) async -> [String: Data] {
        var files = good?.files ?? [:]
        if path == "graph.json", let pending = graphJSON {
            var data = pending.data
            if data == nil { data = await pending.renderer.render(only: ["graph.json"]).first?.data }
            graphJSON = (pending.renderer, data)
            files[path] = data
        }
        return files
    }

    /// The page the last good build made from the source file at `file`, if any.
    func page(of file: String) -> String? {
        if pageByFile == nil {
            var pages: [String: String] = [:]
            // A question shares its parent's file; the file's page is its parent's.
            for entity in good?.graph.entities ?? [] where entity.type != .question && pages[entity.location.file] == nil {
                pages[entity.location.file] = entity.url
            }
            pageByFile = pages
        }
        return pageByFile?[file]
    }

    private func display(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }

    private static func milliseconds(since start: ContinuousClock.Instant) -> Int {
        let d = ContinuousClock.now - start
        return Int(d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000)
    }
}
