import ArgumentParser
import Pipeline

/// Where the sources are: every command that reads the content takes these options.
public struct ContentPaths: ParsableArguments {
    /// Nil when not given: `spiegel.yml` may then list layers (`inhoud:`), or `content` is read.
    @Option(help: ArgumentHelp(CommandHelp.content))
    public var content: String?
    @Option(help: ArgumentHelp(CommandHelp.templates))
    public var templates: String?
    /// Nil when not given, so that the help names the default in Dutch (`BuildOptions` holds it).
    @Option(help: ArgumentHelp(CommandHelp.config))
    public var config: String?
    @Option(help: ArgumentHelp(CommandHelp.handbook))
    public var handbook: String?

    public init() {}

    public var options: BuildOptions {
        var o = BuildOptions()
        o.contentDirectory = content ?? o.contentDirectory
        o.templatesDirectory = templates ?? o.templatesDirectory
        o.contentGiven = content != nil
        o.templatesGiven = templates != nil
        o.configFile = config ?? o.configFile
        o.handbookDirectory = handbook ?? o.handbookDirectory
        return o
    }
}
