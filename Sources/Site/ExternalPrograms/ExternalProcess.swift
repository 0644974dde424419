import Foundation

/// How Spiegel runs the programs it depends on (git, WeasyPrint, Pagefind): each waits on a
/// thread of its own, never on one of the task pool's threads, of which there are only as many
/// as cores, so a build goes on rendering while a program runs.
enum ExternalProcess {
    struct Result: Sendable {
        var status: Int32
        /// Standard output and standard error together, when asked for.
        var output: String
    }

    /// Runs `arguments` (the first found on `PATH`, or `path` when given) in `directory`.
    /// Nil when the program cannot be started.
    static func run(_ arguments: [String], in directory: String? = nil, path: String? = nil,
                    captureOutput: Bool = true, captureErrors: Bool = true) async -> Result? {
        await withCheckedContinuation { continuation in
            Thread {
                continuation.resume(returning: runAndWait(arguments, in: directory, path: path,
                                                          captureOutput: captureOutput, captureErrors: captureErrors))
            }.start()
        }
    }

    private static func runAndWait(_ arguments: [String], in directory: String?, path: String?,
                                   captureOutput: Bool, captureErrors: Bool) -> Result? {
        let process = Process()
        if arguments[0].hasPrefix("/") {
            process.executableURL = URL(fileURLWithPath: arguments[0])
            process.arguments = Array(arguments.dropFirst())
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
        }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if let path {
            var environment = ProcessInfo.processInfo.environment
            environment["PATH"] = path
            process.environment = environment
        }
        let pipe = Pipe()
        process.standardOutput = captureOutput ? pipe : FileHandle.nullDevice
        process.standardError = captureErrors ? pipe : FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        // Read before waiting: a full pipe would otherwise block the child.
        let data = captureOutput || captureErrors ? pipe.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
