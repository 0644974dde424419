import ArgumentParser

/// The options of `spiegel serve`, which hands them on to the preview program.
public struct ServeOptions: ParsableArguments {
    @OptionGroup public var paths: ContentPaths
    @Option(help: "The port to listen on (0: any free port).")
    public var port: UInt16 = 8080
    @Option(help: "The address to listen on. The default keeps the preview on this computer; 0.0.0.0 shows it to the whole network.")
    public var bind = "127.0.0.1"

    public init() {}

    /// The same options as arguments, for the preview program.
    public var arguments: [String] {
        ["--content", paths.content, "--templates", paths.templates, "--config", paths.config, "--handbook", paths.handbook,
         "--port", String(port), "--bind", bind]
    }
}
