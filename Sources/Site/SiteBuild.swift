import Content
import Foundation

/// `spiegel build` from start to end. Each stage is a value the tests can call on its own;
/// this file is where a newcomer reads the whole story in order.
public struct SiteBuild: Sendable {
    public struct Options: Sendable {
        public var contentDirectory = "content"
        public var templatesDirectory = "templates"
        public var outputDirectory = "site"
        public var configFile = "spiegel.yml"
        /// Validate only; write nothing (`spiegel check`).
        public var dryRun = false
        /// Index the site with Pagefind when it is installed.
        public var search = true
        /// Also print every worksheet and the booklet to PDF (`spiegel build --pdf`).
        public var pdf = false
        /// Where to look for WeasyPrint; nil means `PATH`.
        public var printEngineSearchPath: String?
        /// The editors' handbook's chapters; nil or a missing folder: no handbook.
        public var handbookDirectory: String? = "handleiding"
        /// Show on each page when its source file last changed, from `git log`. Off for fixtures
        /// whose dates would change with every commit of the repository that holds them.
        public var readsGitHistory = true

        public init() {}
    }

    public struct Report: Sendable {
        public var diagnostics: [Diagnostic] = []
        public var pages = 0
        public var files = 0
        public var pdfs = 0
        /// Whether the output folder now holds this build's site. A build whose only error is a
        /// missing print engine still writes the HTML.
        public var siteWritten = false
        /// Seconds per stage, in the order they ran.
        public var timings: [(stage: String, seconds: Double)] = []
        public var succeeded: Bool { !diagnostics.hasErrors }
        public var graph: ContentGraph?
        /// What the build made that a command line need not free before it exits: freeing
        /// thousands of pages one by one takes longer than the process's end (as compilers do).
        public var leftovers: [any Sendable] = []
    }

    public let options: Options
    public init(options: Options) { self.options = options }

    public func run(progress: (String) -> Void = { _ in }) -> Report {
        var report = Report()
        var clock = ContinuousClock.now
        func lap(_ stage: String) {
            let now = ContinuousClock.now
            let d = now - clock
            report.timings.append((stage, Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18))
            clock = now
        }

        // 1. Configuration, templates and the editors' handbook, read beside the content: small,
        //    but a broken template should be reported with the content problems, not after them.
        let (config, configDiagnostics) = SiteConfig.load(from: options.configFile)
        report.diagnostics += configDiagnostics
        let templatesDirectory = options.templatesDirectory, handbookDirectory = options.handbookDirectory
        let pendingTemplates = Pending { TemplateSet.load(from: templatesDirectory) }
        let pendingHandbook = Pending { Handbook.load(from: handbookDirectory) }

        // 5 starts here: `git log` runs in its own process while the content loads.
        let contentDirectory = options.contentDirectory
        let pendingHistory = options.readsGitHistory && !options.dryRun
            ? Pending { GitHistory.read(contentDirectory: contentDirectory) } : nil

        // 2–4. Load → parse → graph → validate: every content problem, collected in one pass.
        let content = ContentLoader.load(contentDirectory: options.contentDirectory)
        let (templates, templateDiagnostics) = pendingTemplates.value
        report.diagnostics += templateDiagnostics
        let (handbook, handbookDiagnostics) = pendingHandbook.value
        report.diagnostics += handbookDiagnostics
        progress("templates loaded")
        report.diagnostics += content.diagnostics
        report.graph = content.graph
        lap("load, parse and validate")
        progress("\(content.graph.entities.count) entities read")

        // Nothing is written when anything is wrong: the previous site stays as it was.
        guard report.succeeded, let templates else { return report }
        if options.dryRun { return report }

        // 5. Git: when each source file last changed, in one pass over the log (started above).
        let history = pendingHistory?.value ?? .none
        lap("git history")

        // 6. Find the print engine first: without it the HTML worksheets are still built, but
        //    pages must not link to PDFs that will not exist.
        var printer: WeasyPrint?
        if options.pdf {
            printer = WeasyPrint.locate(searchPath: options.printEngineSearchPath)
            if printer == nil {
                report.diagnostics.append(Diagnostic(
                    file: options.outputDirectory, line: 1, column: 1,
                    message: "--pdf needs WeasyPrint, which was not found; the site and its HTML worksheets were built without PDFs",
                    hint: WeasyPrint.installHint))
            } else if let printer, !printer.makesForms || !printer.makesTags {
                report.diagnostics.append(Diagnostic(
                    file: options.outputDirectory, line: 1, column: 1, severity: .warning,
                    message: "\(printer.version) makes PDFs without fillable fields or screen-reader tags",
                    hint: "install a newer WeasyPrint with 'python3 -m pip install weasyprint'"))
            }
        }

        if options.pdf { lap("find the print engine") }

        // 7. Render: a pure function of graph, templates, configuration and history. Whether pages get a
        //    search box depends on Pagefind being installed, so ask before rendering.
        let search = options.search ? SearchIndex.command() : nil
        if options.search && search == nil { progress("search is off: install Pagefind with 'pip install pagefind-bin'") }
        //    Pages go to a staging folder beside the output while they are rendered (step 8).
        let staging: SiteWriter.Staging
        do {
            staging = try SiteWriter.Staging(output: options.outputDirectory)
        } catch {
            report.diagnostics.append(Diagnostic(file: options.outputDirectory, line: 1, column: 1, message: "\(error)"))
            return report
        }
        let renderer = SiteRenderer(graph: content.graph, templates: templates, config: config,
                                    search: search != nil, withPDFs: printer != nil, history: history, handbook: handbook)
        let files = renderer.render(emit: staging.add)
        report.files = files.count
        report.pages = files.filter { $0.path.hasSuffix(".html") }.count
        lap("render")
        progress("\(report.pages) pages rendered")

        // 8. Finish the staging folder, print the PDFs from the HTML written there, then swap
        //    the folder in whole: a failed print leaves the previous site as it was.
        let jobs = renderer.printJobs
        do {
            var finishing: [(URL) throws -> Void] = []
            if let printer, !jobs.isEmpty {
                progress("printing \(jobs.count) PDFs with \(printer.version)")
                finishing.append { try printer.print(jobs, in: $0) }
            }
            // Index last, so the search covers exactly what is published.
            if let search { finishing.append { try SearchIndex.index($0.path, command: search) } }
            try staging.commit(files, finishing: finishing)
            report.siteWritten = true
            if printer != nil { report.pdfs = jobs.count }
        } catch {
            report.diagnostics.append(Diagnostic(file: options.outputDirectory, line: 1, column: 1, message: "\(error)"))
        }
        lap(printer == nil ? "write" : "write and print")
        report.leftovers = [content, files, renderer]
        return report
    }
}
