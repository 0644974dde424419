import Content
import Foundation
import Parallel
import Site
import Synchronization

/// The one build pipeline: `spiegel build`, `spiegel check`, `spiegel serve` and the fuzz harness
/// all run these stages, in this order:
///
///   1. discover the files         → `discover`
///   2. read every front matter    → `readFrontMatter`
///   3. identify                   → `identify` (ids, URLs, the link table)
///   4. parse and render bodies    → `renderBodies` (links set to their page URLs in cmark's tree)
///   5. build the graph            → `buildGraph`
///   6. validate                   → `validate`
///   7. render pages               → `SiteRenderer.render`
///   8. write                      → `SiteWriter.Staging.commit` (with PDFs and the search index)
///
/// Each stage is a function of the stage before it, so tests call one on its own. Stages 1–6 read
/// a folder of Markdown (`loadContent`); the editors' handbook goes through them too. Parallel
/// stages map on all cores with task groups; cmark-gfm, which is not thread-safe, runs on one
/// actor inside the Markdown module.
public struct BuildPipeline: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) { self.options = options }

    /// What the editor reads when the site cannot be written.
    private func writeProblem(_ error: Error) -> Problem {
        if let failure = error as? WeasyPrint.Failure { return .pdfNotPrinted(path: failure.file, reason: failure.message) }
        return (error as? SiteWriter.WriteError)?.problem ?? .siteNotWritten(path: options.outputDirectory, reason: "\(error)")
    }

    public func run(progress: @escaping @Sendable (Notice) -> Void = { _ in }) async -> BuildReport {
        var report = BuildReport()
        var clock = StageClock()
        let options = self.options

        // Beside the content, each on its own: configuration, templates (the look's colours measured
        // against their stylesheets), the handbook and, for a build, `git log` (a process of its
        // own). A broken template is reported with the content problems, not after them.
        let (config, configDiagnostics) = SiteConfig.load(from: options.configFile)
        report.diagnostics += configDiagnostics
        let templateLayers = config.templateLayers(commandLine: options.templatesDirectory, given: options.templatesGiven)
        async let templatesLoaded = { [look = config.look] in
            let (templates, diagnostics) = TemplateSet.load(layers: templateLayers)
            return (templates, diagnostics, templates.map { LookStyle.diagnostics(look, assets: $0.assets) } ?? [])
        }()
        async let handbookLoaded = Self.loadHandbook(options.handbookDirectory)
        let layers = config.contentLayers(commandLine: options.contentDirectory, given: options.contentGiven)
        async let historyRead = options.readsGitHistory && !options.dryRun
            ? GitHistory.read(layers: layers.folders.map(\.value), site: SiteConfig.folder(of: options.configFile)) : GitHistory.none
        // So are the programs that finish the site: asking them their versions starts Python,
        // and the first print worker starts importing WeasyPrint as soon as it is found.
        async let printerFound = options.pdf && !options.dryRun ? Self.findPrinter(options) : nil
        async let searchFound = options.search && !options.dryRun ? Pagefind.command() : nil

        // 1–6. Every content problem, collected in one pass.
        var cache: SourceCache? = nil
        let content = await Self.loadContent(layers: layers, cache: &cache, drafts: options.drafts, clock: &clock)
        let (templates, templateDiagnostics, lookDiagnostics) = await templatesLoaded
        let (handbook, handbookDiagnostics) = await handbookLoaded
        // The look's problems stand among the other problems of spiegel.yml, in the order of its lines.
        report.diagnostics = (report.diagnostics + lookDiagnostics).sorted()
        report.diagnostics += templateDiagnostics + handbookDiagnostics + content.diagnostics
        report.graph = content.graph
        report.drafts = content.drafts
        report.timings = clock.laps
        progress(.itemsRead(content.graph.entities.count))

        // A page, picture or file that would land on a file the site writes itself is an error too.
        if let templates { report.diagnostics += OwnFileCollisions.find(in: content.graph, templates: templates, handbook: handbook) }

        // Nothing is written when anything is wrong: the previous site stays as it was.
        guard report.succeeded, let templates else {
            await printerFound?.pool.shutdown()
            return report
        }
        if options.dryRun { return report }
        let history = await historyRead

        // Without the print engine the HTML worksheets are still built, but pages must not link to
        // PDFs that will not exist; whether pages get a search box depends on Pagefind.
        let found = await printerFound
        let printer = options.pdf ? Self.checkPrinter(found?.printer, options, into: &report) : nil
        let search = await searchFound
        if options.search && search == nil { progress(.searchOff) }
        clock.lap("find the external programs")

        // 7. Render, a pure function of graph, templates, configuration and history. Pages go
        //    to a staging folder beside the output as they are rendered.
        let staging: SiteWriter.Staging
        do {
            staging = try SiteWriter.Staging(output: options.outputDirectory)
        } catch {
            report.diagnostics.append(Diagnostic(file: options.outputDirectory, line: 1, column: 1, writeProblem(error)))
            await found?.pool.shutdown()
            return report
        }
        let renderer = SiteRenderer(graph: content.graph, templates: templates, config: config, search: search != nil,
                                    withPDFs: printer != nil, history: history, handbook: handbook)
        let files = await renderer.render(emit: staging.add)
        // The PDFs are printed into the staging folder later: their paths count too.
        let pdfs = printer == nil ? [] : renderer.printJobs.map { OutputFile(path: $0.pdf, data: Data()) }
        let collisions = OwnFileCollisions.inSite(files + pdfs)
        guard collisions.isEmpty else {
            report.diagnostics += collisions
            staging.discard()
            await found?.pool.shutdown()
            return report
        }
        report.files = files.count
        report.pages = files.filter { $0.path.hasSuffix(".html") }.count
        clock.lap("render")
        progress(.pagesRendered(report.pages))

        // 8. Finish the staging folder, print the PDFs from the HTML written there, index it for
        //    search (last, so it covers exactly what is published), then swap it in whole: a
        //    failed step leaves the previous site as it was.
        //    A PDF whose inputs the cache knows is copied from it, not printed again.
        let jobs = renderer.printJobs
        var finishing: [@Sendable (URL) async throws -> Void] = []
        let pool = found?.pool
        let printed = Mutex(WeasyPrint.Outcome())
        if let printer, let pool, !jobs.isEmpty {
            progress(.printingPDFs(count: jobs.count, printer: printer.version))
            let cache = options.pdfCacheDirectory.map { PDFCache(directory: $0) }
            finishing.append { root in
                let outcome = try await printer.print(jobs, in: root, site: config.baseURL, cache: cache, pool: pool)
                printed.withLock { $0 = outcome }
            }
        }
        if let search { finishing.append { try await Pagefind.index($0.path, command: search) } }
        do {
            try await staging.commit(files, finishing: finishing)
            report.siteWritten = true
            if printer != nil { report.pdfs = jobs.count }
        } catch {
            report.diagnostics.append(Diagnostic(file: options.outputDirectory, line: 1, column: 1, writeProblem(error)))
        }
        await pool?.shutdown()
        report.pdfsPrinted = printed.withLock { $0.printed }
        clock.lap(printer == nil ? "write" : "write and print")
        report.timings = clock.laps
        report.leftovers = [content, files, renderer]
        return report
    }

    // MARK: - Stages 1–6: a folder of Markdown into a validated graph

    /// The shorter ways in (one-shot loads, one folder) are in `BuildPipeline+Loading.swift`;
    /// what runs beside the stages (the handbook, the print engine) in `BuildPipeline+Beside.swift`.
    /// Stages 1–6 for the content layers, merged: a later layer adds, replaces or hides.
    public static func loadContent(layers: ContentLayers, cache: inout SourceCache?, changed: Set<String>? = nil,
                                   drafts: Drafts.Policy = .leaveOut, clock: inout StageClock) async -> LoadedContent {
        guard let found = discover(layers, cache: cache, changed: changed) else {
            cache = cache.map { _ in SourceCache() }
            return LoadedContent(graph: ContentGraph(entities: [], relations: []), diagnostics: [Diagnostic(
                file: layers.folders.first?.value ?? "content", line: 1, column: 1, .contentFolderMissing)])
        }
        cache?.discovered = found
        clock.lap("discover")
        return await loadContent(found.files, discovered: found.diagnostics, hidden: layers.hidden, cache: &cache,
                                 changed: changed, drafts: drafts, clock: &clock)
    }

    /// Stages 2–6 for files already found (or held in memory, as the fuzzer's are).
    public static func loadContent(_ found: [ContentFile], discovered: [Diagnostic] = [], hidden: [ContentLayers.Entry] = [],
                                   cache: inout SourceCache?, changed: Set<String>? = nil, drafts policy: Drafts.Policy = .leaveOut,
                                   clock: inout StageClock) async -> LoadedContent {
        let (files, reread) = await readFrontMatter(found, cache: &cache, changed: changed)
        clock.lap("read front matter")
        let identities = identify(files, hidden: hidden, cache: &cache)
        clock.lap("identify")
        let bodies = await renderBodies(files, identities, cache: &cache)
        clock.lap("parse and render bodies")
        let (graph, problems) = await buildGraph(files, bodies, identities, cache: &cache)
        clock.lap("build the graph")
        let checked = await validate(graph, problems: discovered + problems, cache: &cache)
        // Drafts leave the published graph here, once, so that no later stage needs to know of them.
        let (published, draftProblems, drafts) = Drafts.apply(policy, to: graph)
        let diagnostics = draftProblems.isEmpty ? checked : (checked + draftProblems).sorted()
        clock.lap("validate")
        // With the same identities, only the entities of the files read again can differ from
        // the previous load. Otherwise (a file added or removed, an id changed) any may.
        let touched = cache?.keptIdentities == true
            ? Set(reread.flatMap { files[$0].entities.map(\.id) }) : nil
        return LoadedContent(graph: published, diagnostics: diagnostics, touched: touched, drafts: drafts)
    }

    /// 1. The Markdown files of every layer, in layer order; nil when the only folder does not
    ///    exist. A missing layer folder of several is an error at its entry in `spiegel.yml`.
    ///    The preview keeps the last list when the change names only files it already had.
    public static func discover(_ layers: ContentLayers, cache: SourceCache? = nil, changed: Set<String>? = nil) -> SourceCache.Discovery? {
        let folder = layers.folders.map(\.value).joined(separator: "\n")
        if layers.folders.count == 1, let cache, let previous = cache.discovered, let changed, !previous.followedLinks,
           previous.keeps(folder: folder, after: changed, index: cache.index) {
            return previous
        }
        guard let found = ContentDiscovery.files(in: layers) else { return nil }
        return SourceCache.Discovery(folder: folder, files: found.files, diagnostics: found.diagnostics, followedLinks: found.followedLinks)
    }

    /// 2. Every file's front matter, on all cores; from the cache for files that did not change.
    ///    Also says which files were read again (their positions).
    public static func readFrontMatter(_ found: [ContentFile], cache: inout SourceCache?,
                                       changed: Set<String>? = nil) async -> (files: [DecodedFile], reread: [Int]) {
        guard cache != nil else { return (await found.parallelMap(EntityDecoder.decode), Array(found.indices)) }
        // Changed in place: a copy of the cache would copy its tables whole.
        return await cache!.frontMatter(of: found, changed: changed) { await $0.parallelMap(EntityDecoder.decode) }
    }

    /// 3. Who declares what: ids, URLs and the link table, from the front matter alone (the
    ///    cache's, when the files read again declare what they declared before).
    ///    A later layer's entity replaces an earlier one's of the same id; hidden ids are left out.
    public static func identify(_ files: [DecodedFile], hidden: [ContentLayers.Entry] = [], cache: inout SourceCache?) -> Identities {
        if cache?.keptIdentities == true, var kept = cache?.identities {
            // Ids and URLs stay; what bodies may show of other entities (`Reuse`) follows their text.
            kept.reuse = Reuse.Table(files, firstByID: kept.firstByID)
            return kept
        }
        let identities = Identities(files, hidden: hidden)
        cache?.keep(identities)
        return identities
    }

    /// 4. Every body parsed and rendered, its links already pointing at page URLs, and each
    ///    file's entities with their bodies. cmark takes one run of files at a time; each run's
    ///    other work (deciding its links, finding their places in the source) goes on beside the
    ///    next run's turn. Every run starts at once; the Markdown module bounds how many runs'
    ///    parsed trees wait at a time. With a cache, only the bodies of files read again are
    ///    rendered, or every body when the identities changed (a link may then lead elsewhere).
    public static func renderBodies(_ files: [DecodedFile], _ identities: Identities,
                                    cache: inout SourceCache?) async -> [BodyRenderer.Output] {
        let links = identities.links
        let reuse = identities.reuse
        // A file another layer replaces or hides is not rendered: what it links to is not the site's.
        let leftOut = identities.merge.leftOut
        let render = { @Sendable (files: [DecodedFile]) async -> [BodyRenderer.Output] in
            let files = leftOut.isEmpty ? files : files.map { leftOut.contains($0.file.displayPath) ? DecodedFile(file: $0.file) : $0 }
            return await files.parallelRunMap {
                await BodyRenderer.render($0, links: links, reuse: reuse, present: Self.presentReused)
            }
        }
        guard cache != nil else { return await render(files) }
        return await cache!.bodies(render: render)
    }

    /// Items shown in other pages' bodies are written in the site's words, known before any body.
    private static let presentReused = ReusedItems.presenter(.dutch)

    /// 5. The graph: every entity (the first of each id) with its body, and the relations that
    ///    its front matter and its links declare and that name an existing entity of the right type.
    ///    Returns the problems found on the way, for `validate`.
    public static func buildGraph(_ files: [DecodedFile], _ bodies: [BodyRenderer.Output], _ identities: Identities,
                                  cache: inout SourceCache?) async -> (ContentGraph, [Diagnostic]) {
        var entities: [Entity] = []
        entities.reserveCapacity(files.count)
        var problems = identities.duplicates
        // By index: loop variables would copy every file and body.
        for i in files.indices {
            entities += bodies[i].entities.filter { identities.firstByID[$0.id] == $0.location }
            if !files[i].diagnostics.isEmpty { problems += files[i].diagnostics }
            if !bodies[i].diagnostics.isEmpty { problems += bodies[i].diagnostics }
        }
        // Each attachment's own file checked once, however many pages use it.
        var seen = Set<String>()
        let attachments = bodies.flatMap(\.attachments).filter { seen.insert($0.path).inserted }
        problems += await attachments.parallelMap { $0.problems() }.flatMap { $0 }
        // The graph's order and look-ups need only the entities: made while the relations are checked.
        let ordered = entities
        async let layout = ContentGraph.Layout(ordered)
        let validator = Validator(entities: entities, unreadable: identities.unreadable,
                                  merge: identities.merge.hidden.isEmpty ? nil : identities.merge)
        problems += Validator.siteDiagnostics(entities: entities, byID: validator.byID)
        // Each entity's checks and each body's links; with a cache, only those an edit can change.
        let links = bodies.map(\.links)
        let check = { @Sendable (entityPositions: [Int], linkPositions: [Int]) async in
            (entities: await entityPositions.parallelMap { validator.check(ordered[$0]) },
             links: await linkPositions.parallelMap { validator.checkLinks(links[$0]) })
        }
        let (checked, linked) = cache == nil
            ? await check(Array(ordered.indices), Array(links.indices))
            : await cache!.checks(entities: ordered, links: links, check: check)
        // By index: a loop variable would copy every outcome.
        for outcomes in [checked, linked] {
            for i in outcomes.indices where !outcomes[i].diagnostics.isEmpty { problems += outcomes[i].diagnostics }
        }
        return (ContentGraph(layout: await layout, relationGroups: checked.map(\.relations) + linked.map(\.relations)), problems)
    }

    /// 6. Every problem, in file order: those found so far and the warnings, which depend on the
    ///    whole graph (a page nothing links to, a source cited nowhere).
    ///    With a cache, only the warnings an edit can change are made again.
    public static func validate(_ graph: ContentGraph, problems: [Diagnostic], cache: inout SourceCache?) async -> [Diagnostic] {
        let warn = { @Sendable (entities: [Entity]) async in await entities.parallelMap { Validator.warning(for: $0, in: graph) } }
        let warnings = cache == nil ? await warn(graph.entities).compactMap { $0 } : await cache!.warnings(in: graph, warn: warn)
        return (problems + warnings).sorted()
    }
}
