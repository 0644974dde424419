import Dispatch

/// A value computed on another thread while the build goes on; `value` waits for it.
/// For slow work that needs nothing from the stages running meanwhile (`git log`, graph.json,
/// the order of the graph's entities while their relations are checked).
public final class Pending<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: T?

    public init(_ work: @escaping @Sendable () -> T) {
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// Waits for the work; the semaphore orders the write of `result` before this read.
    public lazy var value: T = {
        done.wait()
        return result!
    }()
}
