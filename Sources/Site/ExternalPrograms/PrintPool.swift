import Foundation

/// The print workers of a build (or of the preview, which keeps them between requests): at most
/// one per core: the first started ahead of need by a build (`prestart`), or by the preview when a
/// job needs one; others only while jobs queue up.
public actor PrintPool {
    private let printer: WeasyPrint
    private let size: Int
    private var idle: [PrintWorker] = []
    /// Started ahead of need (`prestart`), not yet known to have imported WeasyPrint.
    private var launched: [PrintWorker] = []
    private var running = 0
    private var waiting: [CheckedContinuation<PrintWorker?, Never>] = []

    public init(printer: WeasyPrint, size: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.printer = printer
        self.size = max(1, size)
    }

    /// Prints one job on the first worker free. A worker that fails is stopped, not reused.
    func print(_ request: PrintWorker.Request) async throws -> PrintWorker.Reply {
        let worker = try await acquire()
        do {
            let reply = try await worker.print(request)
            release(worker)
            return reply
        } catch {
            discard(worker)
            throw error
        }
    }

    /// Starts one worker now, before any job: a build calls this as soon as it has found
    /// WeasyPrint, so Python imports it while the content is read and rendered. One, not one per
    /// core: after a typical edit one or two sheets and the booklet are printed, which the first
    /// worker finishes about as soon as a second would have started (half a second of CPU that a
    /// busy machine feels). When every PDF comes from the cache, `shutdown` ends it unused.
    public func prestart() {
        guard running == 0, let worker = try? PrintWorker.launch(python: printer.python, options: printer.options) else { return }
        running += 1
        launched.append(worker)
    }

    /// Stops every worker; the next job starts new ones.
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
            // A second worker only for a queue: starting Python costs as much as printing two
            // or three sheets, which the first worker does sooner.
            if running < size, running == 0 || waiting.count >= 2 {
                running += 1
                do { return try await PrintWorker.start(python: printer.python, options: printer.options) } catch {
                    running -= 1
                    wakeOne(with: nil)
                    throw error
                }
            }
            // Nil when a worker was discarded: look again, a new one may be started.
            if let worker = await withCheckedContinuation({ waiting.append($0) }) { return worker }
        }
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
