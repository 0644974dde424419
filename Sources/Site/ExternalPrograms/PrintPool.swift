import Foundation

/// The print workers of a build (or of the preview, which keeps them between requests): at most
/// one per core, each started when a job first needs it, so a build that finds every PDF in the
/// cache starts no Python at all.
public actor PrintPool {
    private let printer: WeasyPrint
    private let size: Int
    private var idle: [PrintWorker] = []
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

    /// Stops every worker; the next job starts new ones.
    public func shutdown() {
        for worker in idle { worker.stop() }
        running -= idle.count
        idle = []
    }

    private func acquire() async throws -> PrintWorker {
        while true {
            if let worker = idle.popLast() { return worker }
            if running < size {
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
