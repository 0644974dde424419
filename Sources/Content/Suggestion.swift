/// The nearest known word to a misspelt key, id or type, for "bedoel je …?".
public enum Suggestion {
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        var best: (String, Int)?
        for candidate in candidates {
            let a = word.lowercased(), b = candidate.lowercased()
            var distance = editDistance(a, b)
            // A key with a word added or cut off ("jaartal" for "jaar") is a near miss too.
            if min(a.count, b.count) >= 3, a.hasPrefix(b) || b.hasPrefix(a) { distance = min(distance, 1) }
            if distance <= max(2, candidate.count / 3), best.map({ distance < $0.1 }) ?? true {
                best = (candidate, distance)
            }
        }
        return best?.0
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1,
                                       previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
