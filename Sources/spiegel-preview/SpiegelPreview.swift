import ArgumentParser
import CommandLineSupport
import Content
import Foundation
import Preview
import Site

/// The preview server, which `spiegel serve` starts with its options. A program of its own, so
/// that `spiegel build` does not load the HTTP server's libraries (see `Serve`).
@main
struct SpiegelPreview: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spiegel-preview",
        abstract: CommandHelp.previewProgram,
        version: BuildStamp.description)

    @OptionGroup var serve: ServeOptions

    static func main() { runExitingTwoOnWrongUse() }

    func run() async throws {
        // Ctrl-C and `kill` must stop the preview even when the parent blocked those signals and
        // the block was inherited (a test runner, some IDEs): the default action, ending the
        // process, is all the server needs, since it writes nothing to disk.
        var stopSignals = sigset_t()
        sigemptyset(&stopSignals)
        sigaddset(&stopSignals, SIGINT)
        sigaddset(&stopSignals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &stopSignals, nil)
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)

        var options = PreviewServer.Options()
        options.build = serve.paths.options
        // PDF links print the sheet when clicked, when WeasyPrint is installed.
        options.build.pdf = true
        // Through the print server a build may have left running, or one the first PDF starts
        // (unless SPIEGEL_PRINT_SERVER=0).
        options.build.printServer = PrintServer.unlessSwitchedOff(folder: ".spiegel-cache", requested: true)
        options.port = serve.port ?? options.port
        options.host = serve.bind ?? options.host
        let console = Console(verbose: true)
        let server: PreviewServer
        do {
            server = try PreviewServer(options: options, log: console.progress)
        } catch {
            console.error(.cannotListen(address: options.host, reason: "\(error)"))
            throw ExitCode(2)
        }
        // The server runs until it fails (a taken port, say) or the process is interrupted.
        do {
            try await server.run()
        } catch {
            console.error(.previewStopped(reason: "\(error)"))
            throw ExitCode(1)
        }
    }
}
