import ArgumentParser

/// The options of `spiegel serve`, which hands them on to the preview program.
public struct ServeOptions: ParsableArguments {
    @OptionGroup public var paths: ContentPaths
    @Option(help: ArgumentHelp(CommandHelp.port))
    public var port: UInt16 = 8080
    @Option(help: ArgumentHelp(CommandHelp.bind))
    public var bind = "127.0.0.1"

    public init() {}

    /// The same options as arguments, for the preview program.
    public var arguments: [String] {
        (paths.content.map { ["--content", $0] } ?? []) + (paths.templates.map { ["--templates", $0] } ?? [])
            + ["--config", paths.config, "--handbook", paths.handbook, "--port", String(port), "--bind", bind]
    }
}
