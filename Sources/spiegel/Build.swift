import ArgumentParser
import CommandLineSupport
import Content
import Foundation
import Pipeline
import Site

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: CommandHelp.build)

    @OptionGroup var paths: ContentPaths
    /// Nil when not given, so that the help names the default in Dutch (`BuildOptions` holds it).
    @Option(name: .customLong("output"), help: ArgumentHelp(CommandHelp.output))
    var outputGiven: String?
    @Flag(name: .shortAndLong, help: ArgumentHelp(CommandHelp.verbose))
    var verbose = false
    @Flag(name: .customLong("search"), inversion: .prefixedNo, help: ArgumentHelp(CommandHelp.search))
    var search: Bool?
    @Flag(help: ArgumentHelp(CommandHelp.pdf))
    var pdf = false
    @Flag(help: ArgumentHelp(CommandHelp.noCache))
    var noCache = false
    @Flag(help: ArgumentHelp(CommandHelp.noPrintServer))
    var noPrintServer = false

    func run() async throws {
        var options = paths.options
        options.outputDirectory = outputGiven ?? options.outputDirectory
        options.search = search ?? options.search
        let output = options.outputDirectory
        options.pdf = pdf
        if noCache { options.pdfCacheDirectory = nil }
        // The server's socket lives in the cache folder even when --no-cache keeps no PDFs there.
        options.printServer = PrintServer.unlessSwitchedOff(folder: ".spiegel-cache", requested: !noPrintServer)
        let console = Console(verbose: verbose)
        let report = await BuildPipeline(options: options).run(progress: console.progress)
        console.print(report.diagnostics)
        if !report.drafts.isEmpty { console.progress(.draftsLeftOut(files: report.drafts.map(\.location.file))) }
        guard report.succeeded else {
            let errors = report.diagnostics.filter { $0.severity == .error }.count
            console.error(.buildFailed(errors: errors, output: output, siteWritten: report.siteWritten))
            throw ExitCode(1)
        }
        let seconds = report.timings.map(\.seconds).reduce(0, +)
        if verbose {
            for timing in report.timings { console.progress(.stageTime(stage: timing.stage, seconds: timing.seconds, cpu: timing.cpu)) }
        }
        console.summary(.built(pages: report.pages, files: report.files, pdfs: report.pdfs, printed: report.pdfsPrinted,
                               output: output, seconds: seconds))
        // Done: the process ends here rather than free the whole site first.
        Foundation.exit(0)
    }
}
