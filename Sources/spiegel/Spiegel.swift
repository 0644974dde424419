import ArgumentParser
import CommandLineSupport

@main
struct Spiegel: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spiegel",
        abstract: CommandHelp.spiegel,
        version: BuildStamp.description,
        subcommands: [Build.self, Check.self, New.self, Schema.self, Serve.self],
        defaultSubcommand: Build.self)

    static func main() { runExitingTwoOnWrongUse() }
}
