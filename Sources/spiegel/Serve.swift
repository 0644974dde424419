import ArgumentParser
import Foundation
import Preview

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site in a browser, rebuilt and reloaded as you edit.",
        discussion: """
        Serves the site from memory (nothing is written to disk) on http://127.0.0.1:PORT/. Every change under the
        content and templates folders, and to the configuration, rebuilds the pages it touches and reloads the open
        pages that changed. While the content has errors every page shows them, with file, line and hint, until the
        file is fixed.
        """)

    @OptionGroup var paths: ContentPaths
    @Option(help: "The port to listen on (0: any free port).")
    var port: UInt16 = 8080
    @Option(help: "The address to listen on. The default keeps the preview on this computer; 0.0.0.0 shows it to the whole network.")
    var bind = "127.0.0.1"

    func run() throws {
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
        options.build = paths.options
        options.port = port
        options.host = bind
        let console = Console(verbose: true)
        let server: PreviewServer
        do {
            server = try PreviewServer(options: options, log: console.progress)
        } catch {
            throw ValidationError("cannot listen on \(bind): \(error)")
        }
        // ArgumentParser's entry point is synchronous; the server runs on the concurrency pool
        // until it fails (a taken port, say) or the process is interrupted.
        let failure = ServeFailure()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await server.run() } catch { failure.message = "\(error)" }
            done.signal()
        }
        done.wait()
        if let message = failure.message {
            console.error("the preview stopped: \(message)")
            throw ExitCode(1)
        }
    }
}

/// Carries the server's error from its task back to the command.
private final class ServeFailure: @unchecked Sendable {
    var message: String?
}
