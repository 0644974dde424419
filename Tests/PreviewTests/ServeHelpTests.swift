import CommandLineSupport
import Preview
import Testing

/// `spiegel serve --help` names the preview's defaults in its Dutch text; the values themselves
/// live in `PreviewServer.Options`, which applies them when no option is given.
@Suite struct ServeHelpTests {
    @Test func theHelpNamesThePreviewsOwnDefaults() {
        let options = PreviewServer.Options()
        #expect(CommandHelp.port.contains("(standaard: \(options.port);"))
        #expect(CommandHelp.bind.contains("(standaard: \(options.host),"))
    }
}
