import Foundation
import Content
import Site

/// What a run of the pipeline reads and does.
public struct BuildOptions: Sendable {
    public var contentDirectory = "content"
    public var templatesDirectory = "templates"
    public var outputDirectory = "site"
    public var configFile = "spiegel.yml"
    /// Whether `--content` or `--templates` named the folder: then it is the only one, whatever
    /// layers `spiegel.yml` lists (`inhoud:`, `sjablonen:`).
    public var contentGiven = false
    public var templatesGiven = false
    /// Validate only; write nothing (`spiegel check`).
    public var dryRun = false
    /// Index the site with Pagefind when it is installed.
    public var search = true
    /// Also print every worksheet and the booklet to PDF (`spiegel build --pdf`).
    public var pdf = false
    /// Where printed PDFs are kept between builds, outside the site; nil prints every PDF afresh
    /// and keeps none (`--no-cache`).
    public var pdfCacheDirectory: String? = ".spiegel-cache"
    /// The WeasyPrint process that outlives a build and prints for the next ones (`PrintServer`);
    /// nil: each build starts workers of its own. The command line switches it on
    /// (`--no-print-server`, `SPIEGEL_PRINT_SERVER=0`); off by default, so a test's build leaves
    /// no process behind.
    public var printServer: PrintServer?
    /// Where to look for WeasyPrint; nil means `PATH`.
    public var printEngineSearchPath: String?
    /// The editors' handbook's chapters; nil or a missing folder: no handbook.
    public var handbookDirectory: String? = "handleiding"
    /// Show on each page when its source file last changed, from `git log`. Off for fixtures
    /// whose dates would change with every commit of the repository that holds them.
    public var readsGitHistory = true
    /// What becomes of drafts (`concept: ja`): a build and `check` leave them out, the preview
    /// shows them.
    public var drafts = Drafts.Policy.leaveOut

    public init() {}
}

/// What a run of the pipeline found and made.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic] = []
    public var pages = 0
    public var files = 0
    public var pdfs = 0
    /// Of `pdfs`, how many were printed in this build rather than taken from the cache.
    public var pdfsPrinted = 0
    /// Whether the output folder now holds this build's site. A build whose only error is a
    /// missing print engine still writes the HTML.
    public var siteWritten = false
    /// Seconds per stage, in the order they ran, and the processor time the whole program used
    /// meanwhile: their ratio says how many cores the stage kept busy.
    public var timings: [(stage: String, seconds: Double, cpu: Double)] = []
    public var succeeded: Bool { !diagnostics.hasErrors }
    public var graph: ContentGraph?
    /// The drafts the content holds (files with `concept: ja`), which the site leaves out.
    public var drafts: [Entity] = []
    /// What the build made that a command line need not free before it exits: freeing
    /// thousands of pages one by one takes longer than the process's end (as compilers do).
    public var leftovers: [any Sendable] = []

    public init() {}
}

/// Times the stages one after another, by the clock and by the processor time the program used.
public struct StageClock: Sendable {
    public private(set) var laps: [(stage: String, seconds: Double, cpu: Double)] = []
    private var started = ContinuousClock.now
    private var startedCPU = Self.processorTime()

    public init() {}

    /// Ends the stage called `stage`, which started when the one before it ended.
    public mutating func lap(_ stage: String) {
        let now = ContinuousClock.now, cpu = Self.processorTime()
        let d = now - started
        laps.append((stage, Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18, cpu - startedCPU))
        started = now
        startedCPU = cpu
    }

    /// Seconds of processor time the program has used so far, on all its threads.
    private static func processorTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
