import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// Maps on all cores, keeping the order of the input so output stays deterministic.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1, Parallelism.enabled else { return map(transform) }
        let results = ResultSlots<T>(count: count)
        // Chunks keep the dispatch overhead small for thousands of cheap items.
        let chunks = Swift.min(count, 64)
        self.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = chunk * input.count / chunks
                let end = (chunk + 1) * input.count / chunks
                for index in start..<end { results.set(index, transform(input[index])) }
            }
        }
        return results.values
    }
}

extension Array where Element: Sendable {
    /// Like `concurrentMap`, but hands each thread a whole run of elements, for work that is
    /// cheaper in batches (one lock taken per batch instead of per element).
    public func concurrentBatchMap<T: Sendable>(_ transform: @Sendable (ArraySlice<Element>) -> [T]) -> [T] {
        guard count > 1, Parallelism.enabled else { return transform(self[...]) }
        return batchRanges.concurrentMap { transform(self[$0]) }.flatMap { $0 }
    }

    /// The array cut into at most 64 runs of nearly equal length, in order.
    var batchRanges: [Range<Int>] {
        let batches = Swift.min(count, 64)
        let bounds = (0...batches).map { $0 * count / batches }
        return (0..<batches).map { bounds[$0]..<bounds[$0 + 1] }
    }
}

/// Write-once slots filled from several threads; each index is written by exactly one thread,
/// and read after the writer is known to be done (`concurrentMap` waits for every thread,
/// `LoadPipeline` waits on a semaphore). The slots are raw memory allocated once: writing through
/// an array property would go through copy-on-write, and two threads writing at once could each
/// copy the array (in debug builds, where the uniqueness check sees the other thread's access,
/// they did, and crashed).
final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func set(_ index: Int, _ value: T) { slots[index] = value }

    subscript(index: Int) -> T { slots[index]! }

    var values: [T] { (0..<count).map { slots[$0]! } }
}

/// `SPIEGEL_THREADS=1` runs every stage on one thread: for tests that prove the output does not
/// depend on how work was spread, and for profiling.
enum Parallelism {
    static let enabled = ProcessInfo.processInfo.environment["SPIEGEL_THREADS"] != "1"
}
