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

        public init() {}
    }

    public struct Report: Sendable {
        public var diagnostics: [Diagnostic] = []
        public var pages = 0
        public var files = 0
        /// Seconds per stage, in the order they ran.
        public var timings: [(stage: String, seconds: Double)] = []
        public var succeeded: Bool { !diagnostics.hasErrors }
        public var graph: ContentGraph?
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

        // 1. Configuration and templates: small, but a broken template should be reported with
        //    the content problems, not after them.
        let (config, configDiagnostics) = SiteConfig.load(from: options.configFile)
        report.diagnostics += configDiagnostics
        let (templates, templateDiagnostics) = TemplateSet.load(from: options.templatesDirectory)
        report.diagnostics += templateDiagnostics
        progress("templates loaded")

        // 2–4. Load → parse → graph → validate: every content problem, collected in one pass.
        let content = ContentLoader.load(contentDirectory: options.contentDirectory)
        report.diagnostics += content.diagnostics
        report.graph = content.graph
        lap("load, parse and validate")
        progress("\(content.graph.entities.count) entities read")

        // Nothing is written when anything is wrong: the previous site stays as it was.
        guard report.succeeded, let templates else { return report }
        if options.dryRun { return report }

        // 5. Render: a pure function of graph, templates and configuration. Whether pages get a
        //    search box depends on Pagefind being installed, so ask before rendering.
        let search = options.search ? SearchIndex.command() : nil
        if options.search && search == nil { progress("search is off: install Pagefind with 'pip install pagefind-bin'") }
        let files = SiteRenderer(graph: content.graph, templates: templates, config: config, search: search != nil).render()
        report.files = files.count
        report.pages = files.filter { $0.path.hasSuffix(".html") }.count
        lap("render")
        progress("\(report.pages) pages rendered")

        // 6. Write: to a staging folder, then swapped in whole.
        do {
            var finishing: [(String) throws -> Void] = []
            if let search { finishing.append { try SearchIndex.index($0, command: search) } }
            try SiteWriter.write(files, to: options.outputDirectory, finishing: finishing)
        } catch {
            report.diagnostics.append(Diagnostic(file: options.outputDirectory, line: 1, column: 1, message: "\(error)"))
        }
        lap("write")
        return report
    }
}
