import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One long-lived WeasyPrint process (`PrintWorkerScript`), fed one job at a time. Starting
/// Python and importing WeasyPrint costs about half a second; a sheet then takes a fifth of
/// that, so a build starts a few workers and sends them all its jobs. Like `ExternalProcess`,
/// each wait happens on a thread of its own, never on one of the task pool's.
final class PrintWorker: Sendable {
    /// A job as the script reads it: the page at `page` (site-relative) printed to `pdf`, with
    /// the site's files read from `root` and addressed as under `site`; for the booklet, `front`
    /// (the cover and contents) printed as that page, then the sheets' PDFs in `parts` after it.
    struct Request: Encodable, Sendable {
        var pdf: String
        var root: String
        var site: String
        var page: String
        /// Print with a font configuration of its own (the page declares `@font-face`).
        var ownFonts = false
        var front: String? = nil
        var ids: [String]? = nil
        var parts: [String]? = nil
    }

    struct Reply: Decodable, Sendable {
        var ok: Bool?
        var error: String?
        var pages: Int?
        var version: String?
    }

    struct Stopped: Error, CustomStringConvertible {
        let description: String
    }

    private let process: Process
    /// Held, not only their descriptors: a file handle closes its descriptor when it goes.
    private let input: FileHandle
    private let output: FileHandle

    private init(process: Process, input: FileHandle, output: FileHandle) {
        self.process = process
        self.input = input
        self.output = output
    }

    /// Starts the script with `python` and waits until WeasyPrint is imported.
    static func start(python: String, options: [String]) async throws -> PrintWorker {
        let worker = try launch(python: python, options: options)
        try await worker.ready()
        return worker
    }

    /// Starts the script without waiting for it: Python imports WeasyPrint while the build goes on.
    static func launch(python: String, options: [String]) throws -> PrintWorker {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        let flags = "{" + options.map { "\"\($0)\": true" }.joined(separator: ", ") + "}"
        process.arguments = ["-c", PrintWorkerScript.source, flags]
        let toWorker = Pipe(), fromWorker = Pipe()
        process.standardInput = toWorker
        process.standardOutput = fromWorker
        // WeasyPrint's warnings (an unknown CSS property) would fill a pipe nobody reads;
        // failures come back as replies.
        process.standardError = FileHandle.nullDevice
        // A worker that dies would otherwise take Spiegel with it on the next write to its pipe.
        signal(SIGPIPE, SIG_IGN)
        do { try process.run() } catch { throw Stopped(description: "\(python) could not be started: \(error)") }
        return PrintWorker(process: process, input: toWorker.fileHandleForWriting, output: fromWorker.fileHandleForReading)
    }

    /// Waits for the script's first line, which it writes once WeasyPrint is imported.
    func ready() async throws {
        let hello = try await exchange(nil)
        guard hello.version != nil else {
            stop()
            throw Stopped(description: hello.error ?? "WeasyPrint did not start")
        }
    }

    func print(_ request: Request) async throws -> Reply {
        try await exchange(try JSONEncoder().encode(request))
    }

    /// Ends a worker that was never used, without waiting for Python to finish importing.
    func kill() {
        process.terminate()
        try? input.close()
        try? output.close()
    }

    /// Ends the process: the script stops when its input ends.
    func stop() {
        try? input.close()
        process.waitUntilExit()
        try? output.close()
    }

    /// Sends `line` (when given) and reads one line back, on a thread of its own.
    private func exchange(_ line: Data?) async throws -> Reply {
        let input = self.input.fileDescriptor, output = self.output.fileDescriptor
        let answer: Data? = await withCheckedContinuation { continuation in
            Thread {
                if let line, !Self.writeAll(line + Data("\n".utf8), to: input) { return continuation.resume(returning: nil) }
                continuation.resume(returning: Self.readLine(from: output))
            }.start()
        }
        guard let answer, let reply = try? JSONDecoder().decode(Reply.self, from: answer) else {
            throw Stopped(description: "the print process stopped unexpectedly")
        }
        return reply
    }

    private static func writeAll(_ data: Data, to fd: Int32) -> Bool {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 { if errno == EINTR { continue }; return false }
                offset += written
            }
            return true
        }
    }

    /// One reply line, a byte at a time: replies are short, and reading no further than the
    /// line's end leaves nothing buffered between two jobs.
    private static func readLine(from fd: Int32) -> Data? {
        var line = Data()
        var byte: UInt8 = 0
        while true {
            let count = read(fd, &byte, 1)
            if count < 0, errno == EINTR { continue }
            guard count == 1 else { return nil }
            if byte == UInt8(ascii: "\n") { return line }
            line.append(byte)
        }
    }
}
