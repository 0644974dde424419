import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A WeasyPrint process that outlives one build (`PrintServerScript`): the first build that
/// prints starts it, listening on a Unix socket in the cache folder, and later builds connect
/// instead of starting Python and importing WeasyPrint (1.3–1.8 s here). It ends by itself after
/// `idle` seconds without a connection. Everything here may fail without failing a build: a server
/// that cannot be started, reached or trusted leaves the printing to the build's own workers.
///
/// Trusted means: the same server program and the same Python as this build would use, and the
/// WeasyPrint it imported is still the one installed. Otherwise the build stops it and starts a
/// fresh one.
public struct PrintServer: Sendable {
    public let folder: String
    /// Seconds without a connection after which the server ends.
    public let idle: Int
    /// Mixed into the identity; the tests start a server that looks older than this build's.
    let variant: String

    /// Ten minutes: a trainer's edit, a look at the sheet, the next edit.
    public static let defaultIdle = 600

    public init(folder: String, idle: Int = PrintServer.defaultIdle) {
        self.init(folder: folder, idle: idle, variant: "")
    }

    init(folder: String, idle: Int, variant: String) {
        self.folder = folder
        self.idle = idle
        self.variant = variant
    }

    /// The server of `folder` (`.spiegel-cache/` by default) unless switched off by the
    /// `--no-print-server` flag (`requested` false) or by `SPIEGEL_PRINT_SERVER=0` in the environment.
    public static func unlessSwitchedOff(folder: String, requested: Bool,
                                         environment: [String: String] = ProcessInfo.processInfo.environment) -> PrintServer? {
        guard requested, !["0", "nee", "no", "off", "false"].contains(environment["SPIEGEL_PRINT_SERVER"]?.lowercased() ?? "") else { return nil }
        return PrintServer(folder: folder)
    }

    var socketPath: String { folder + "/print-server.sock" }
    var lockPath: String { folder + "/print-server.lock" }

    /// What a server answers first on every connection.
    struct Greeting: Decodable, Sendable {
        var version: String?
        var pikepdf: String?
        var python: String?
        var identity: String?
        var installed: String?
        /// The server's process, and the one that serves this connection.
        var server: Int32?
        var worker: Int32?
        var busy: Bool?
    }

    /// The server program, the Python it is started with (as found on the search path, before
    /// any Python runs) and `variant`, as one hash.
    func identity(candidate: String) -> String {
        SHA256.hex(Data("\(PrintServerScript.source)\0\(candidate)\0\(variant)".utf8))
    }

    /// Whether the server that sent `greeting` runs this build's server program with the Python
    /// this build would use, and the WeasyPrint it imported is still the one installed.
    private func trusts(_ greeting: Greeting, candidate: String) -> Bool {
        greeting.identity == identity(candidate: candidate) && greeting.version != nil && greeting.installed == greeting.version
    }

    /// The running server, when it can be trusted: the printer it prints with (so the build need
    /// not start Python to find WeasyPrint) and a first connection. A server that cannot be
    /// trusted is stopped; nil then, and the build finds WeasyPrint itself.
    public func attach(searchPath: String? = nil) async -> (printer: WeasyPrint, connection: PrintWorker)? {
        guard let candidate = WeasyPrint.candidates(searchPath: searchPath).first,
              let (connection, greeting) = await connect() else { return nil }
        guard trusts(greeting, candidate: candidate), let version = greeting.version, let python = greeting.python,
              let printer = WeasyPrint(python: python, version: version, pikepdfVersion: greeting.pikepdf) else {
            connection.stop()
            if let server = greeting.server { stop(server) }
            return nil
        }
        return (printer, connection)
    }

    /// Starts a server for `printer`, or finds one running that can be trusted (one that cannot is
    /// stopped): its greeting once it listens, or one that says `busy` when another server is
    /// starting; nil when none could be started. The wait
    /// for Python to import WeasyPrint happens on a thread of its own.
    func start(for printer: WeasyPrint, searchPath: String?) async -> Greeting? {
        guard let candidate = WeasyPrint.candidates(searchPath: searchPath).first,
              (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil,
              socketPath.utf8.count < MemoryLayout.size(ofValue: sockaddr_un().sun_path) else { return nil }
        // A server holds the lock while it starts and while it ends (one this build stopped):
        // wait for it to listen, or to be gone, rather than start Python beside it.
        for _ in 0..<200 where lockIsHeld() {
            if let (connection, greeting) = await connect() {
                connection.stop()
                if trusts(greeting, candidate: candidate) { return greeting }
                if let server = greeting.server { stop(server) }
            }
            try? await Task.sleep(for: .milliseconds(100))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: printer.python)
        process.arguments = ["-c", PrintServerScript.source, printer.optionFlags, socketPath, lockPath, "\(idle)",
                             identity(candidate: candidate)]
        let fromServer = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = fromServer
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        // The started Python forks the server and ends at once; the server keeps the pipe.
        let output = fromServer.fileHandleForReading
        try? fromServer.fileHandleForWriting.close()
        let line: Data? = await withCheckedContinuation { continuation in
            Thread {
                process.waitUntilExit()
                continuation.resume(returning: PrintWorker.readLine(from: output.fileDescriptor))
            }.start()
        }
        try? output.close()
        guard let line, let greeting = try? JSONDecoder().decode(Greeting.self, from: line),
              greeting.version != nil || greeting.busy == true else { return nil }
        return greeting
    }

    /// Whether a server process holds the folder's lock (`PrintServerScript`).
    private func lockIsHeld() -> Bool {
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { return true }
        flock(fd, LOCK_UN)
        return false
    }

    /// A connection to the server, with its greeting; nil when none listens.
    func connect() async -> (PrintWorker, Greeting)? {
        guard let connection = PrintWorker.connect(to: socketPath) else { return nil }
        guard let line = await connection.greeting(),
              let greeting = try? JSONDecoder().decode(Greeting.self, from: line), greeting.version != nil else {
            connection.stop()
            return nil
        }
        return (connection, greeting)
    }

    /// Asks the server's process to end; the connections it is serving end as they would have.
    func stop(_ server: Int32) {
        kill(server, SIGTERM)
    }
}
