import ArgumentParser
import CommandLineSupport
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
    @Flag(help: "Print every PDF afresh instead of taking unchanged ones from .spiegel-cache/, and keep none there.")
    var noCache = false

    func run() async throws {
        var options = paths.options
        options.outputDirectory = output
        options.search = search
        options.pdf = pdf
        if noCache { options.pdfCacheDirectory = nil }
        let console = Console(verbose: verbose)
        let report = await BuildPipeline(options: options).run(progress: console.progress)
        console.print(report.diagnostics)
        guard report.succeeded else {
            let errors = report.diagnostics.filter { $0.severity == .error }.count
            console.error(report.siteWritten
                ? "build failed: \(errors) error(s); the site was written to '\(output)' without PDFs"
                : "build failed: \(errors) error(s); '\(output)' was left as it was")
            throw ExitCode(1)
        }
        let seconds = report.timings.map(\.seconds).reduce(0, +)
        if verbose {
            for timing in report.timings { console.progress(String(format: "%@: %.3f s", timing.stage, timing.seconds)) }
        }
        let pdfs = report.pdfs > 0 ? " and \(report.pdfs) PDFs (\(report.pdfsPrinted) printed, \(report.pdfs - report.pdfsPrinted) from the cache)" : ""
        console.summary(String(format: "built %d pages (%d files)%@ into %@ in %.2f s", report.pages, report.files, pdfs, output, seconds))
        // Done: the process ends here rather than free the whole site first.
        Foundation.exit(0)
    }
}
