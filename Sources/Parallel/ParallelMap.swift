/// Maps on all cores with a task group, keeping the input's order so output stays deterministic.
///
/// The input is cut into runs (at most `runs`): a task per element would cost more than the work
/// of a cheap element, and thousands of pages are mapped at a time.
extension Array where Element: Sendable {
    public func parallelMap<T: Sendable>(runs: Int = 64, _ transform: @escaping @Sendable (Element) async -> T) async -> [T] {
        await parallelRunMap(runs: runs) { run in
            var out: [T] = []
            out.reserveCapacity(run.count)
            for element in run { out.append(await transform(element)) }
            return out
        }
    }

    /// Like `parallelMap`, but hands each task a whole run of elements, for work that is cheaper
    /// in batches (one turn on the Markdown actor per run instead of per element).
    public func parallelRunMap<T: Sendable>(runs: Int = 64,
                                            _ transform: @escaping @Sendable (ArraySlice<Element>) async -> [T]) async -> [T] {
        guard count > 1, Parallelism.enabled else { return await transform(self[...]) }
        let ranges = runRanges(Swift.min(runs, count))
        let parts = await withTaskGroup(of: (Int, [T]).self, returning: [[T]].self) { group in
            for (index, range) in ranges.enumerated() {
                let run = self[range]
                group.addTask { (index, await transform(run)) }
            }
            var parts = [[T]](repeating: [], count: ranges.count)
            for await (index, part) in group { parts[index] = part }
            return parts
        }
        return parts.flatMap { $0 }
    }

    /// The array cut into `runs` ranges of nearly equal length, in order.
    private func runRanges(_ runs: Int) -> [Range<Int>] {
        let bounds = (0...runs).map { $0 * count / runs }
        return (0..<runs).map { bounds[$0]..<bounds[$0 + 1] }
    }
}
