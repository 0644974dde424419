import ArgumentParser
import CommandLineSupport
import Content
import Foundation
import Pipeline

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site from the content folder.")

    @OptionGroup var paths: ContentPaths
    @Option(help: "Where the site is written. Replaced whole, and only when the build succeeds.")
    var output = "site"
    @Flag(name: .shortAndLong, help: "Print progress and the summary even when not on a terminal.")
    var verbose = false
    @Flag(name: .customLong("search"), inversion: .prefixedNo, help: "Index the site for search with Pagefind when it is installed.")
    var search = true
    @Flag(help: "Also print every worksheet and the booklet (werkbladen/werkboek.pdf) to PDF with WeasyPrint.")
    var pdf = false

    func run() async throws {
        var options = paths.options
        options.outputDirectory = output
        options.search = search
        options.pdf = pdf
        let console = Console(verbose: verbose)
        let report = await BuildPipeline(options: options).run(progress: console.progress)
        console.print(report.diagnostics)
        guard report.succeeded else {
            let errors = report.diagnostics.filter { $0.severity == .error }.count
            console.error(.buildFailed(errors: errors, output: output, siteWritten: report.siteWritten))
            throw ExitCode(1)
        }
        let seconds = report.timings.map(\.seconds).reduce(0, +)
        if verbose {
            for timing in report.timings { console.progress(.stageTime(stage: timing.stage, seconds: timing.seconds)) }
        }
        console.summary(.built(pages: report.pages, files: report.files, pdfs: report.pdfs, output: output, seconds: seconds))
        // Done: the process ends here rather than free the whole site first.
        Foundation.exit(0)
    }
}
