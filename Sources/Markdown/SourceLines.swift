/// The lines of a Markdown source, for turning cmark's block-level positions into the exact
/// line and column of a link destination (cmark-gfm does not track positions of inline nodes).
struct SourceLines {
    private let lines: [Substring]

    init(_ source: String) {
        lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Finds `destination` on or after `line` (1-based); falls back to the given position.
    func locate(_ destination: String, near line: Int, column: Int) -> (line: Int, column: Int) {
        guard !destination.isEmpty, line >= 1 else { return (max(line, 1), max(column, 1)) }
        let last = min(lines.count, line + 200)
        var index = line - 1
        while index < last {
            if let range = lines[index].range(of: destination) {
                let col = lines[index].utf8.distance(from: lines[index].startIndex, to: range.lowerBound) + 1
                return (index + 1, col)
            }
            index += 1
        }
        return (line, max(column, 1))
    }
}
