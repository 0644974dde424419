import Testing
@testable import Content

struct ConcurrentMapTests {
    /// Many cheap items, so threads store their results at the same moments: every result must
    /// land in its place. (Storing through a copy-on-write array crashed here in debug builds.)
    @Test func everyResultLandsInItsPlaceWhenThreadsStoreAtOnce() {
        let input = Array(0..<200_000)
        for _ in 0..<5 {
            #expect(input.concurrentMap { String($0) } == input.map { String($0) })
        }
    }

    @Test func batchesKeepTheOrderOfTheInput() {
        let input = Array(0..<10_000)
        #expect(input.concurrentBatchMap { $0.map { $0 * 2 } } == input.map { $0 * 2 })
    }
}
