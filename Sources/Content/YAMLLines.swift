/// The lines of a YAML text as an editor sees them: how far each is indented, whether it is a
/// list item (`- …`), and the key and value it holds. Enough to explain a parse error or spot a
/// slip by looking at a line and its neighbours; not a YAML parser.
struct YAMLLines {
    struct Shape {
        /// Spaces before the first character.
        var indent: Int
        var isItem: Bool
        /// The column (from 0) where the key starts: after `- ` for an item.
        var keyColumn: Int
        /// `titel` in `titel: Tijd`, nil when the line holds no `key:`.
        var key: Substring?
        /// What follows `key: `, or the item's text; empty for `key:` alone.
        var value: Substring
        /// The line up to the key (or the item's text): `"  - "`.
        var lead: Substring
    }

    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    var count: Int { lines.count }

    /// Line `number`, counted from 1.
    func text(_ number: Int) -> Substring {
        (1...lines.count).contains(number) ? lines[number - 1] : ""
    }

    func indent(of number: Int) -> Int {
        text(number).prefix { $0 == " " }.count
    }

    /// Nil for a blank line, a comment, or a line past the end.
    func shape(_ number: Int) -> Shape? {
        let line = text(number)
        let indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        guard let first = rest.first, first != "#" else { return nil }
        let isItem = rest == "-" || rest.hasPrefix("- ")
        let content = isItem ? rest.dropFirst().drop { $0 == " " } : rest
        let keyColumn = line.distance(from: line.startIndex, to: content.startIndex)
        let lead = line[..<content.startIndex]
        guard let keyEnd = Self.keyEnd(in: content) else {
            return Shape(indent: indent, isItem: isItem, keyColumn: keyColumn, key: nil, value: content, lead: lead)
        }
        let value = content[content.index(after: keyEnd)...].drop { $0 == " " }
        return Shape(indent: indent, isItem: isItem, keyColumn: keyColumn, key: content[..<keyEnd], value: value, lead: lead)
    }

    /// Where the `:` of `key:` is: the first colon followed by a space or the end of the line, in
    /// a text that does not start with a quote or a bracket.
    private static func keyEnd(in content: Substring) -> Substring.Index? {
        guard let first = content.first, !"\"'[{|>".contains(first) else { return nil }
        var index = content.startIndex
        while index < content.endIndex {
            let next = content.index(after: index)
            if content[index] == "#", index > content.startIndex, content[content.index(before: index)] == " " { return nil }
            if content[index] == ":", next == content.endIndex || content[next] == " " {
                return index == content.startIndex ? nil : index
            }
            index = next
        }
        return nil
    }

    /// The nearest line above `number` that is not blank or a comment.
    func previous(before number: Int) -> (Int, Shape)? {
        var line = number - 1
        while line >= 1 {
            if let shape = shape(line) { return (line, shape) }
            line -= 1
        }
        return nil
    }
}
