import ArgumentParser

/// The options of `spiegel serve`, which hands them on to the preview program.
public struct ServeOptions: ParsableArguments {
    @OptionGroup public var paths: ContentPaths
    /// Nil when not given: the preview program's own defaults (`PreviewServer.Options`) apply.
    @Option(help: ArgumentHelp(CommandHelp.port))
    public var port: UInt16?
    @Option(help: ArgumentHelp(CommandHelp.bind))
    public var bind: String?

    public init() {}

    /// The options given, as arguments for the preview program.
    public var arguments: [String] {
        let given: [(String, String?)] = [("--content", paths.content), ("--templates", paths.templates), ("--config", paths.config),
                                          ("--handbook", paths.handbook), ("--port", port.map(String.init)), ("--bind", bind)]
        return given.flatMap { option, value in value.map { [option, $0] } ?? [] }
    }
}
