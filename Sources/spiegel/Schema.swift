import ArgumentParser
import CommandLineSupport
import Content
import Foundation

/// `spiegel schema`: the front matter of every type as a JSON Schema, for editors' editors.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: CommandHelp.schema, discussion: CommandHelp.schemaDiscussion)

    @Option(help: ArgumentHelp(CommandHelp.schemaOutput))
    var output: String?

    func run() throws {
        let text = FrontMatterJSONSchema.text()
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            Console(verbose: false).error(.cannotWrite(path: output, reason: error.localizedDescription))
            throw ExitCode(1)
        }
    }
}
