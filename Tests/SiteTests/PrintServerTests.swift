import Foundation
import Pipeline
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import Site

/// The print server that outlives a build: a second build prints through the server the first
/// one started, a server that is not this build's is replaced, a build whose server cannot be
/// used or dies during a job still gets its PDFs, the same bytes as a fresh print, and no test
/// leaves a server running. Each test's server lives in a scratch folder of its own, with a short
/// idle time, and is stopped at the end.
@Suite(.enabled("WeasyPrint or poppler-utils (pdfinfo, pdftotext) is not installed; run 'make pdf-deps'") { await PDFTools.available() })
struct PrintServerTests {
    static func server(idle: Int = 30, variant: String = "") -> PrintServer {
        PrintServer(folder: SiteFixture.scratch().appendingPathComponent("cache").path, idle: idle, variant: variant)
    }

    /// The process of the server listening in `server`'s folder, nil when none listens.
    static func process(of server: PrintServer) async -> Int32? {
        guard let (connection, greeting) = await server.connect() else { return nil }
        connection.stop()
        return greeting.server
    }

    static func isRunning(_ process: Int32) -> Bool { kill(process, 0) == 0 }

    /// The server processes started for `server`'s folder, found by their command line.
    static func servers(of server: PrintServer) -> [Int32] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap(Int32.init).filter { process in
            (try? String(contentsOfFile: "/proc/\(process)/cmdline", encoding: .utf8))?.contains(server.lockPath) == true
        }
    }

    /// Waits (up to 20 s, polling) until `process` has ended.
    static func ended(_ process: Int32) async -> Bool {
        for _ in 0..<200 {
            if !isRunning(process) { return true }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return false
    }

    /// Stops the server of `server`'s folder and checks it is gone.
    static func stop(_ server: PrintServer) async {
        guard let process = await process(of: server) else { return }
        server.stop(process)
        #expect(await ended(process), "the print server \(process) is still running")
    }

    /// The sheet (and the booklet, with pikepdf) printed by a build's own worker.
    static func freshPrint(_ printer: WeasyPrint, _ jobs: [PrintJob], in root: URL) async throws -> [Data?] {
        for job in jobs { try? FileManager.default.removeItem(at: root.appendingPathComponent(job.pdf)) }
        let own = PrintPool(printer: printer, size: 1)
        _ = try await printer.print(jobs, in: root, cache: nil, pool: own)
        await own.shutdown()
        return jobs.map { PrintCacheTests.pdf($0, in: root) }
    }

    @Test func aSecondBuildPrintsThroughTheServerTheFirstStartedTheSameBytesAsAFreshPrint() async throws {
        let printer = try #require(await WeasyPrint.locate())
        let root = try PrintCacheTests.makeSite()
        let jobs = printer.pikepdfVersion == nil ? [PrintCacheTests.sheet] : [PrintCacheTests.sheet, PrintCacheTests.booklet]
        let server = Self.server()
        #expect(await server.attach() == nil, "no server runs before the first build")

        let first = PrintPool(printer: printer, server: server)
        await first.prestart()
        #expect(try await printer.print(jobs, in: root, cache: nil, pool: first).printed == jobs.count)
        await first.shutdown()
        let started = try #require(await Self.process(of: server), "the first build leaves a server running")

        // The second build finds it, trusts it, and needs no Python of its own to find WeasyPrint.
        let (found, connection) = try #require(await server.attach())
        #expect(found.version == printer.version && found.python == printer.python && found.pikepdfVersion == printer.pikepdfVersion)
        for job in jobs { try FileManager.default.removeItem(at: root.appendingPathComponent(job.pdf)) }
        let second = PrintPool(printer: found, server: server, first: connection)
        #expect(try await found.print(jobs, in: root, cache: nil, pool: second).printed == jobs.count)
        await second.shutdown()
        let viaServer = jobs.map { PrintCacheTests.pdf($0, in: root) }
        #expect(await Self.process(of: server) == started, "the same server printed for both builds")

        #expect(!viaServer.contains(nil))
        #expect(try await Self.freshPrint(printer, jobs, in: root) == viaServer, "a PDF from the server is the same bytes as a fresh print")
        await Self.stop(server)
    }

    @Test func aServerThatIsNotThisBuildsIsStoppedAndAFreshOneStarted() async throws {
        let printer = try #require(await WeasyPrint.locate())
        let root = try PrintCacheTests.makeSite()
        let current = Self.server()
        // A server started by another Spiegel (another script, or another Python): same folder.
        let older = PrintServer(folder: current.folder, idle: 30, variant: "an older spiegel")
        #expect(await older.start(for: printer, searchPath: nil) != nil)
        let old = try #require(await Self.process(of: older))

        #expect(await current.attach() == nil, "a server of another identity is not used")
        #expect(await Self.ended(old), "and it is stopped")
        let pool = PrintPool(printer: printer, server: current)
        await pool.prestart()
        #expect(try await printer.print([PrintCacheTests.sheet], in: root, cache: nil, pool: pool).printed == 1)
        await pool.shutdown()
        let fresh = try #require(await Self.process(of: current))
        #expect(fresh != old)
        #expect(await current.attach() != nil, "the fresh server is this build's")
        await Self.stop(current)
    }

    /// The preview's pool is not prestarted: its first job finds the server, or starts one, and
    /// replaces one it cannot trust on the way.
    @Test func aPoolsFirstJobStartsTheServerWhenNoneWasStartedAhead() async throws {
        let printer = try #require(await WeasyPrint.locate())
        let root = try PrintCacheTests.makeSite()
        let current = Self.server()
        let older = PrintServer(folder: current.folder, idle: 30, variant: "an older spiegel")
        let old = try #require(await older.start(for: printer, searchPath: nil)?.server)
        let pool = PrintPool(printer: printer, server: current)
        #expect(try await printer.print([PrintCacheTests.sheet], in: root, cache: nil, pool: pool).printed == 1)
        #expect(await Self.ended(old), "the server it could not trust is stopped")
        let started = try #require(await Self.process(of: current))
        #expect(started != old)
        // The next job goes to the same server, through the connection the pool keeps.
        try FileManager.default.removeItem(at: root.appendingPathComponent(PrintCacheTests.sheet.pdf))
        #expect(try await printer.print([PrintCacheTests.sheet], in: root, cache: nil, pool: pool).printed == 1)
        await pool.shutdown()
        #expect(await Self.process(of: current) == started)
        await Self.stop(current)
    }

    @Test func aServerThatCannotListenLeavesThePrintingToTheBuildsOwnWorkers() async throws {
        let printer = try #require(await WeasyPrint.locate())
        let root = try PrintCacheTests.makeSite()
        // Longer than a Unix socket's address may be.
        let deep = SiteFixture.scratch().appendingPathComponent(String(repeating: "lang-", count: 25)).path
        let server = PrintServer(folder: deep, idle: 30)
        let pool = PrintPool(printer: printer, server: server)
        await pool.prestart()
        #expect(try await printer.print([PrintCacheTests.sheet], in: root, cache: nil, pool: pool).printed == 1)
        await pool.shutdown()
        #expect(PrintCacheTests.pdf(in: root) != nil)
        #expect(await server.attach() == nil)
    }

    @Test func aJobWhoseServerProcessDiesIsPrintedByTheBuildsOwnWorker() async throws {
        let printer = try #require(await WeasyPrint.locate())
        let root = try PrintCacheTests.makeSite()
        let server = Self.server()
        #expect(await server.start(for: printer, searchPath: nil) != nil)
        let (connection, greeting) = try #require(await server.connect())
        // The process that would print this build's jobs dies before it answers.
        kill(try #require(greeting.worker), SIGKILL)
        let pool = PrintPool(printer: printer, server: server, first: connection)
        #expect(try await printer.print([PrintCacheTests.sheet], in: root, cache: nil, pool: pool).printed == 1)
        await pool.shutdown()
        let printed = PrintCacheTests.pdf(in: root)
        #expect(printed != nil)
        #expect(try await Self.freshPrint(printer, [PrintCacheTests.sheet], in: root) == [printed])
        await Self.stop(server)
    }

    @Test func twoBuildsStartingAtOnceShareOneServer() async throws {
        let printer = try #require(await WeasyPrint.locate())
        let roots = [try PrintCacheTests.makeSite(), try PrintCacheTests.makeSite()]
        let server = Self.server()
        let printed = try await withThrowingTaskGroup(of: Int.self) { group in
            for root in roots {
                group.addTask {
                    let pool = PrintPool(printer: printer, server: server)
                    await pool.prestart()
                    let outcome = try await printer.print([PrintCacheTests.sheet], in: root, cache: nil, pool: pool)
                    await pool.shutdown()
                    return outcome.printed
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(printed == 2)
        #expect(PrintCacheTests.pdf(in: roots[0]) == PrintCacheTests.pdf(in: roots[1]))
        #expect(PrintCacheTests.pdf(in: roots[0]) != nil)
        // One server holds the folder's lock; a second one started beside it gave way.
        let running = try String(contentsOfFile: "/proc/\(try #require(await Self.process(of: server)))/cmdline", encoding: .utf8)
        #expect(running.contains(server.socketPath))
        // The one that gave way waits two seconds for the lock before it ends.
        for _ in 0..<100 where Self.servers(of: server).count > 1 { try await Task.sleep(for: .milliseconds(100)) }
        #expect(Self.servers(of: server).count == 1, "\(Self.servers(of: server))")
        await Self.stop(server)
    }

    @Test func aServerEndsByItselfAfterItsIdleTime() async throws {
        let printer = try #require(await WeasyPrint.locate())
        let server = Self.server(idle: 1)
        let process = try #require(await server.start(for: printer, searchPath: nil)?.server)
        #expect(await Self.ended(process))
        #expect(!FileManager.default.fileExists(atPath: server.socketPath), "it removes its socket")
    }

    @Test func switchedOffByAFlagOrTheEnvironmentAndOffForALibraryBuild() {
        #expect(PrintServer.unlessSwitchedOff(folder: ".spiegel-cache", requested: true, environment: [:]) != nil)
        #expect(PrintServer.unlessSwitchedOff(folder: ".spiegel-cache", requested: false, environment: [:]) == nil)
        #expect(PrintServer.unlessSwitchedOff(folder: ".spiegel-cache", requested: true, environment: ["SPIEGEL_PRINT_SERVER": "0"]) == nil)
        #expect(PrintServer.unlessSwitchedOff(folder: ".spiegel-cache", requested: true, environment: ["SPIEGEL_PRINT_SERVER": "1"]) != nil)
        #expect(BuildOptions().printServer == nil, "a test's build leaves no process behind")
    }
}
