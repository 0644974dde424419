/// The lines of a YAML text as an editor sees them: how far each is indented, whether it is a
/// list item (`- …`), and the key and value it holds. Enough to explain a parse error or spot a
/// slip by looking at a line and its neighbours; not a YAML parser.
///
/// Every file's front matter is read this way on every build, so the lines are cut and shaped
/// once, on the UTF-8 bytes: everything YAML gives a meaning to here (spaces, `-`, `:`, `#`,
/// quotes) is ASCII, and walking the bytes skips Swift's character-by-character grapheme breaking.
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

    private let text: String
    private let ranges: [Range<String.Index>]
    private let shapes: [Shape?]

    init(_ text: String) {
        self.text = text
        var ranges: [Range<String.Index>] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\n") {
                ranges.append(start..<index)
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        ranges.append(start..<bytes.endIndex)
        self.ranges = ranges
        shapes = ranges.map { Self.shape(of: text[$0]) }
    }

    var count: Int { ranges.count }

    /// Line `number`, counted from 1.
    func text(_ number: Int) -> Substring {
        (1...count).contains(number) ? text[ranges[number - 1]] : ""
    }

    func indent(of number: Int) -> Int {
        text(number).utf8.prefix { $0 == UInt8(ascii: " ") }.count
    }

    /// Nil for a blank line, a comment, or a line past the end.
    func shape(_ number: Int) -> Shape? {
        (1...count).contains(number) ? shapes[number - 1] : nil
    }

    /// The nearest line above `number` that is not blank or a comment.
    func previous(before number: Int) -> (Int, Shape)? {
        var line = min(number, count + 1) - 1
        while line >= 1 {
            if let shape = shapes[line - 1] { return (line, shape) }
            line -= 1
        }
        return nil
    }

    private static func shape(of line: Substring) -> Shape? {
        let bytes = line.utf8
        let space = UInt8(ascii: " ")
        var index = bytes.startIndex
        var indent = 0
        while index < bytes.endIndex, bytes[index] == space { indent += 1; index = bytes.index(after: index) }
        guard index < bytes.endIndex, bytes[index] != UInt8(ascii: "#") else { return nil }
        var isItem = false
        var keyColumn = indent
        if bytes[index] == UInt8(ascii: "-") {
            let next = bytes.index(after: index)
            if next == bytes.endIndex || bytes[next] == space {
                isItem = true
                index = next
                keyColumn += 1
                while index < bytes.endIndex, bytes[index] == space { keyColumn += 1; index = bytes.index(after: index) }
            }
        }
        let lead = line[..<index]
        let content = line[index...]
        guard let colon = keyEnd(in: content) else {
            return Shape(indent: indent, isItem: isItem, keyColumn: keyColumn, key: nil, value: content, lead: lead)
        }
        var valueStart = bytes.index(after: colon)
        while valueStart < bytes.endIndex, bytes[valueStart] == space { valueStart = bytes.index(after: valueStart) }
        return Shape(indent: indent, isItem: isItem, keyColumn: keyColumn, key: line[index..<colon],
                     value: line[valueStart...], lead: lead)
    }

    /// Where the `:` of `key:` is: the first colon followed by a space or the end of the line, in
    /// a text that does not start with a quote or a bracket, before any ` #` comment.
    private static func keyEnd(in content: Substring) -> String.Index? {
        let bytes = content.utf8
        guard let first = bytes.first, !"\"'[{|>".utf8.contains(first) else { return nil }
        var previous: UInt8 = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            if byte == UInt8(ascii: "#"), previous == UInt8(ascii: " ") { return nil }
            if byte == UInt8(ascii: ":"), next == bytes.endIndex || bytes[next] == UInt8(ascii: " ") {
                return index == bytes.startIndex ? nil : index
            }
            previous = byte
            index = next
        }
        return nil
    }
}

extension Substring {
    /// Where ` #` starts a comment in a plain text, found on the bytes.
    var commentStart: String.Index? {
        let bytes = utf8
        var previous: UInt8 = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "#"), previous == UInt8(ascii: " ") { return bytes.index(before: index) }
            previous = bytes[index]
            index = bytes.index(after: index)
        }
        return nil
    }
}
