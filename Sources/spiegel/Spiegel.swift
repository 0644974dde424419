import ArgumentParser
import CommandLineSupport

@main
struct Spiegel: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spiegel",
        abstract: "Turns a folder of Markdown into a Dutch, cross-linked knowledge base with reflection worksheets.",
        subcommands: [Build.self, Check.self, New.self, Serve.self],
        defaultSubcommand: Build.self)

    static func main() { runExitingTwoOnWrongUse() }
}
