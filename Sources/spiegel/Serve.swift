import ArgumentParser
import CommandLineSupport
import Content
import Foundation

/// `spiegel serve` starts the preview program, `spiegel-preview`, in its own place. The preview
/// is an HTTP server, and its library brings Foundation's networking and, with it, libcurl and
/// thirty more libraries: linked into `spiegel`, loading them took every build and check 8 ms
/// before it began.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CommandHelp.serve, discussion: CommandHelp.serveDiscussion)

    @OptionGroup var options: ServeOptions

    /// The preview program, next to this one.
    static var previewProgram: URL? {
        Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("spiegel-preview")
    }

    func run() throws {
        let console = Console(verbose: true)
        guard let program = Self.previewProgram, FileManager.default.isExecutableFile(atPath: program.path) else {
            console.error(.previewProgramMissing)
            throw ExitCode(1)
        }
        let arguments = [program.path] + options.arguments
        // The preview takes this process's place: the same process id, terminal and signals.
        let argv = arguments.map { strdup($0) } + [nil]
        execv(program.path, argv)
        console.error(.cannotStart(program: program.path, reason: String(cString: strerror(errno))))
        throw ExitCode(1)
    }
}
