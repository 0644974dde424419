import Foundation

/// The print workers of a build (or of the preview, which keeps them between requests): at most
/// one per core. With a print server (`PrintServer`) they are connections to it, each served by
/// a process of the server's own; without one, or when it cannot be started or reached, or dies
/// during a job, they are processes of the build's own: the first started ahead of need by a
/// build (`prestart`), or by the preview when a job needs one; others only while jobs queue up.
public actor PrintPool {
    private let printer: WeasyPrint
    private let size: Int
    private var server: PrintServer?
    /// The server being started by `prestart`; its outcome decides whether jobs connect to it.
    private var serverStarting: Task<PrintServer.Greeting?, Never>?
    private var idle: [PrintWorker] = []
    /// Started ahead of need (`prestart`), not yet known to have imported WeasyPrint.
    private var launched: [PrintWorker] = []
    private var running = 0
    private var waiting: [CheckedContinuation<PrintWorker?, Never>] = []
    private let searchPath: String?

    /// `first`: a connection to `server` made already (`PrintServer.attach`).
    public init(printer: WeasyPrint, server: PrintServer? = nil, first: PrintWorker? = nil, searchPath: String? = nil,
                size: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.printer = printer
        self.server = server
        self.searchPath = searchPath
        self.size = max(1, size)
        if let first {
            idle = [first]
            running = 1
        }
    }

    /// Prints one job on the first worker free. A worker that fails is stopped, not reused; when
    /// it was the server's, the server is not asked again in this pool, and the job is printed
    /// by a worker of the build's own.
    func print(_ request: PrintWorker.Request) async throws -> PrintWorker.Reply {
        let worker = try await acquire()
        do {
            let reply = try await worker.print(request)
            release(worker)
            return reply
        } catch {
            discard(worker)
            guard worker.isConnection else { throw error }
            server = nil
            return try await print(request)
        }
    }

    /// Gets a worker ready before any job: a build calls this as soon as it has found WeasyPrint,
    /// so Python imports it while the content is read and rendered. With a server, that is
    /// starting the server (when it was running already, `attach` found it); without, one worker,
    /// not one per core: after a typical edit one or two sheets and the booklet are printed,
    /// which the first worker finishes about as soon as a second would have started (half a
    /// second of CPU that a busy machine feels). When every PDF comes from the cache, `shutdown`
    /// ends that worker unused; a server stays up for the next build.
    public func prestart() {
        if let server, running == 0, serverStarting == nil {
            let printer = self.printer, searchPath = self.searchPath
            serverStarting = Task { await server.start(for: printer, searchPath: searchPath) }
            return
        }
        guard running == 0, let worker = try? PrintWorker.launch(python: printer.python, options: printer.optionFlags) else { return }
        running += 1
        launched.append(worker)
    }

    /// Stops every worker (a connection ends, the server stays); the next job starts new ones.
    public func shutdown() {
        for worker in idle { worker.stop() }
        for worker in launched { worker.kill() }
        running -= idle.count + launched.count
        idle = []
        launched = []
    }

    private func acquire() async throws -> PrintWorker {
        while true {
            if let worker = idle.popLast() { return worker }
            if let worker = launched.popLast() {
                do {
                    try await worker.ready()
                    return worker
                } catch {
                    running -= 1
                    wakeOne(with: nil)
                    throw error
                }
            }
            if let connection = await connect() { return connection }
            // A second worker only for a queue: starting Python costs as much as printing two
            // or three sheets, which the first worker does sooner.
            if running < size, running == 0 || waiting.count >= 2 {
                running += 1
                do { return try await PrintWorker.start(python: printer.python, options: printer.optionFlags) } catch {
                    running -= 1
                    wakeOne(with: nil)
                    throw error
                }
            }
            // Nil when a worker was discarded: look again, a new one may be started.
            if let worker = await withCheckedContinuation({ waiting.append($0) }) { return worker }
        }
    }

    /// A new connection to the server, while there is room for one; a connection costs no
    /// start of Python, so one per core as soon as jobs wait. The first job of a pool that was
    /// not prestarted (the preview's) starts the server or finds it running. Nil, and no server
    /// for the rest of this pool, when it cannot be reached or started.
    private func connect() async -> PrintWorker? {
        guard let server, running < size else { return nil }
        running += 1
        if serverStarting == nil {
            let printer = self.printer, searchPath = self.searchPath
            serverStarting = Task { await server.start(for: printer, searchPath: searchPath) }
        }
        // Busy (another build's server is about to listen) counts as started.
        if let starting = serverStarting, await starting.value == nil { self.server = nil }
        if self.server != nil, let (connection, _) = await server.connect() { return connection }
        running -= 1
        self.server = nil
        return nil
    }

    private func release(_ worker: PrintWorker) {
        if waiting.isEmpty { idle.append(worker) } else { waiting.removeFirst().resume(returning: worker) }
    }

    private func discard(_ worker: PrintWorker) {
        worker.stop()
        running -= 1
        wakeOne(with: nil)
    }

    private func wakeOne(with worker: PrintWorker?) {
        if !waiting.isEmpty { waiting.removeFirst().resume(returning: worker) }
    }
}
