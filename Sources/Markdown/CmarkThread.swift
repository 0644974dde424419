import Foundation
import Synchronization

/// The thread cmark runs on: the Markdown actor's executor. cmark's work is one long queue that
/// cannot be shared between cores (`Cmark`), so it is a build's critical path; on the task pool,
/// whose threads are as many as cores, each turn would wait behind the other tasks' jobs (the
/// lock-free finishing of the runs already parsed), and cmark would stand idle between turns.
/// On a thread of its own it never waits for one.
final class CmarkThread: SerialExecutor {
    private let jobs = Mutex<[UnownedJob]>([])
    private let arrived = DispatchSemaphore(value: 0)

    init() {
        let thread = Thread { [self] in run() }
        thread.name = "spiegel-cmark"
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        jobs.withLock { $0.append(job) }
        arrived.signal()
    }

    func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }

    /// Runs the jobs in the order they came, one at a time, for the life of the process (cmark's
    /// tables live as long).
    private func run() {
        while true {
            arrived.wait()
            let job = jobs.withLock { $0.removeFirst() }
            job.runSynchronously(on: asUnownedSerialExecutor())
        }
    }
}
