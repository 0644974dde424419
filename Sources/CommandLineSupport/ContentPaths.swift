import ArgumentParser
import Pipeline

/// Where the sources are: every command that reads the content takes these options.
public struct ContentPaths: ParsableArguments {
    @Option(help: "The folder with the Markdown sources.")
    public var content = "content"
    @Option(help: "The folder with the Mustache templates and CSS.")
    public var templates = "templates"
    @Option(help: "The site configuration file (name, organisation, address).")
    public var config = "spiegel.yml"
    @Option(help: "The editors' handbook chapters, published under handleiding/ (left out when the folder is missing).")
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
