import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One long-lived WeasyPrint process, fed one job at a time: a build's own (`PrintWorkerScript`,
/// through pipes) or one of the print server's (`PrintServer`, through a Unix socket). Starting
/// Python and importing WeasyPrint costs over a second; a sheet then takes a fifth of that, so a
/// build sends all its jobs to a few of them. Like `ExternalProcess`, each wait happens on a
/// thread of its own, never on one of the task pool's.
public final class PrintWorker: Sendable {
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
        /// The booklet's cover and contents are kept in the PDF cache's folder under a key made of
        /// this (what they load) and their text with the page numbers filled in.
        var frontKey: String? = nil
        var frontCache: String? = nil
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

    /// The build's own worker process; nil for a connection to the print server.
    private let process: Process?
    /// Held, not only their descriptors: a file handle closes its descriptor when it goes.
    private let input: FileHandle
    private let output: FileHandle

    private init(process: Process?, input: FileHandle, output: FileHandle) {
        self.process = process
        self.input = input
        self.output = output
    }

    /// Starts the script with `python` and waits until WeasyPrint is imported.
    static func start(python: String, options: String) async throws -> PrintWorker {
        let worker = try launch(python: python, options: options)
        try await worker.ready()
        return worker
    }

    /// Starts the script without waiting for it: Python imports WeasyPrint while the build goes on.
    static func launch(python: String, options: String) throws -> PrintWorker {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", PrintWorkerScript.source, options]
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

    /// Whether this is a connection to the print server rather than a process of the build's own.
    var isConnection: Bool { process == nil }

    /// A connection to the print server listening at `path`; nil when none does.
    static func connect(to path: String) -> PrintWorker? {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { return nil }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        // Close-on-exec: no program the build starts may hold the connection open.
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return nil }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        let second = connected == 0 ? fcntl(fd, F_DUPFD_CLOEXEC, 0) : -1
        guard second >= 0 else {
            close(fd)
            return nil
        }
        signal(SIGPIPE, SIG_IGN)
        return PrintWorker(process: nil, input: FileHandle(fileDescriptor: fd, closeOnDealloc: true),
                           output: FileHandle(fileDescriptor: second, closeOnDealloc: true))
    }

    /// The print server's first line on a new connection.
    func greeting() async -> Data? {
        let output = self.output.fileDescriptor
        return await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: Self.readLine(from: output)) }.start()
        }
    }

    /// Ends a worker that was never used, without waiting for Python to finish importing.
    func kill() {
        process?.terminate()
        if process == nil { shutdown(input.fileDescriptor, Int32(SHUT_RDWR)) }
        try? input.close()
        try? output.close()
    }

    /// Ends the process, or the server's process for this connection: the script stops when its
    /// input ends.
    func stop() {
        if process == nil { shutdown(input.fileDescriptor, Int32(SHUT_RDWR)) }
        try? input.close()
        process?.waitUntilExit()
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
    static func readLine(from fd: Int32) -> Data? {
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
