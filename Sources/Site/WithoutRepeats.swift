extension Array where Element: Hashable {
    /// The elements without repeats, in order. Lists of links are short: comparing with what was
    /// kept costs less than hashing each into a set, which a long list still gets.
    func withoutRepeats() -> [Element] {
        guard count > 16 else {
            var kept: [Element] = []
            kept.reserveCapacity(count)
            for element in self where !kept.contains(element) { kept.append(element) }
            return kept
        }
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
