import ArgumentParser
import Content
import Foundation
import Site

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the content as the build does, and write nothing.",
        discussion: "Exit status: 0 clean, 1 errors (or warnings with --strict), 2 wrong use of the command.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var paths: ContentPaths
    @Option(help: "text (path:line:column: severity: message) or json.")
    var format: Format = .text
    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        var options = paths.options
        options.dryRun = true
        let report = SiteBuild(options: options).run()
        var diagnostics = report.diagnostics
        if strict { diagnostics = diagnostics.map { var d = $0; d.severity = .error; return d } }
        switch format {
        case .text:
            Console(verbose: false).print(diagnostics)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            struct Output: Encodable { let diagnostics: [Diagnostic] }
            let data = try encoder.encode(Output(diagnostics: diagnostics))
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        }
        if diagnostics.hasErrors { throw ExitCode(1) }
    }
}
