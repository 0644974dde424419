import ArgumentParser
import CommandLineSupport
import Content
import Foundation
import Pipeline

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CommandHelp.check, discussion: CommandHelp.checkDiscussion)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
        /// The help text lists the formats in Dutch; ArgumentParser would add "(values: …)".
        static var allValueStrings: [String] { [] }
    }

    @OptionGroup var paths: ContentPaths
    /// Nil when not given, so that the help names the default in Dutch.
    @Option(help: ArgumentHelp(CommandHelp.format))
    var format: Format?
    @Flag(help: ArgumentHelp(CommandHelp.strict))
    var strict = false

    func run() async throws {
        var options = paths.options
        options.dryRun = true
        let started = ContinuousClock.now
        let report = await BuildPipeline(options: options).run()
        var diagnostics = report.diagnostics
        if strict { diagnostics = diagnostics.map { var d = $0; d.severity = .error; return d } }
        switch format ?? .text {
        case .text:
            let console = Console(verbose: false)
            console.print(diagnostics)
            if !report.drafts.isEmpty { console.note(.draftsLeftOut(files: report.drafts.map(\.location.file))) }
            if diagnostics.isEmpty {
                let entities = report.graph?.entities.count ?? 0
                console.summary(.checkClean(items: entities, seconds: Console.seconds(since: started)))
            }
        case .json:
            FileHandle.standardOutput.write(DiagnosticsJSON.encode(diagnostics))
        }
        if diagnostics.hasErrors { throw ExitCode(1) }
    }
}

/// `spiegel check --format json`: one object with a `diagnostics` list whose entries always carry
/// the same seven keys (`hint` is null when there is none), so editor plugins and CI scripts need
/// no special cases. `code` names the kind of problem in English and does not change with the
/// Dutch wording of `message`.
enum DiagnosticsJSON {
    private struct Document: Encodable { let diagnostics: [Entry] }

    private struct Entry: Encodable {
        let diagnostic: Diagnostic

        enum CodingKeys: String, CodingKey { case file, line, column, severity, code, message, hint }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(diagnostic.file, forKey: .file)
            try c.encode(diagnostic.line, forKey: .line)
            try c.encode(diagnostic.column, forKey: .column)
            try c.encode(diagnostic.severity, forKey: .severity)
            try c.encode(diagnostic.code, forKey: .code)
            try c.encode(diagnostic.message, forKey: .message)
            try c.encode(diagnostic.hint, forKey: .hint)
        }
    }

    static func encode(_ diagnostics: [Diagnostic]) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(diagnostics: diagnostics.map(Entry.init)))) ?? Data("{\"diagnostics\":[]}".utf8)
        return data + Data("\n".utf8)
    }
}
