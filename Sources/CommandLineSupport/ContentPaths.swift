import ArgumentParser
import Pipeline

/// Where the sources are: every command that reads the content takes these options.
public struct ContentPaths: ParsableArguments {
    @Option(help: ArgumentHelp(CommandHelp.content))
    public var content = "content"
    @Option(help: ArgumentHelp(CommandHelp.templates))
    public var templates = "templates"
    @Option(help: ArgumentHelp(CommandHelp.config))
    public var config = "spiegel.yml"
    @Option(help: ArgumentHelp(CommandHelp.handbook))
    public var handbook = "handleiding"

    public init() {}

    public var options: BuildOptions {
        var o = BuildOptions()
        o.contentDirectory = content
        o.templatesDirectory = templates
        o.configFile = config
        o.handbookDirectory = handbook
        return o
    }
}
