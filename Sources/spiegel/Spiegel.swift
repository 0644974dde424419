import ArgumentParser
import Foundation

@main
struct Spiegel: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spiegel",
        abstract: "Turns a folder of Markdown into a Dutch, cross-linked knowledge base with reflection worksheets.",
        subcommands: [Build.self, Check.self, New.self, Serve.self],
        defaultSubcommand: Build.self)

    /// Usage problems exit with 2 (ArgumentParser's default is 64), as editors' scripts and the
    /// pre-commit hook expect: 0 clean, 1 content errors, 2 wrong use of the command.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
