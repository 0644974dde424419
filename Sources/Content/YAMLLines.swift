/// The lines of a YAML text as an editor sees them: how far each is indented, whether it is a
/// list item (`- …`), and the key and value it holds. Enough to explain a parse error or spot a
/// slip by looking at a line and its neighbours; not a YAML parser.
///
/// Every file's front matter is read this way on every build, so the lines are cut and shaped
/// once, on the UTF-8 bytes as byte offsets: everything YAML gives a meaning to here (spaces,
/// `-`, `:`, `#`, quotes) is ASCII. Stepping a `Substring`'s UTF-8 view index by index cost
/// about 50 instructions a byte (10,000 a file for a four-line front matter, measured with
/// callgrind); offsets into one buffer cost a few. A line's `Shape`, with its substrings, is
/// made only when asked for.
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

    /// A line's shape as byte offsets into the text.
    private struct Offsets {
        var indent: Int
        var isItem: Bool
        var keyColumn: Int
        /// Where the key (or the item's text) starts.
        var content: Int
        /// Where the key's `:` is, nil when the line holds no key.
        var colon: Int?
        var value: Int
    }

    private let text: String
    /// Each line's start and end (before its newline), as byte offsets.
    private let lines: [Range<Int>]
    /// Spaces before each line's first character (all of a blank line's).
    private let indents: [Int]
    private let offsets: [Offsets?]

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        (lines, indents, offsets) = text.utf8.withContiguousStorageIfAvailable { bytes in
            var lines: [Range<Int>] = []
            var start = 0
            for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
                lines.append(start..<index)
                start = index + 1
            }
            lines.append(start..<bytes.count)
            let indents = lines.map { line in line.prefix { bytes[$0] == UInt8(ascii: " ") }.count }
            return (lines, indents, zip(lines, indents).map { Self.offsets(of: $0, indent: $1, in: bytes) })
        }!
    }

    var count: Int { lines.count }

    /// Line `number`, counted from 1.
    func text(_ number: Int) -> Substring {
        (1...count).contains(number) ? text[index(lines[number - 1].lowerBound)..<index(lines[number - 1].upperBound)] : ""
    }

    func indent(of number: Int) -> Int {
        (1...count).contains(number) ? indents[number - 1] : 0
    }

    /// Nil for a blank line, a comment, or a line past the end.
    func shape(_ number: Int) -> Shape? {
        guard (1...count).contains(number), let shape = offsets[number - 1] else { return nil }
        let end = index(lines[number - 1].upperBound)
        return Shape(indent: shape.indent, isItem: shape.isItem, keyColumn: shape.keyColumn,
                     key: shape.colon.map { text[index(shape.content)..<index($0)] },
                     value: text[index(shape.value)..<end],
                     lead: text[index(lines[number - 1].lowerBound)..<index(shape.content)])
    }

    /// The nearest line above `number` that is not blank or a comment.
    func previous(before number: Int) -> (Int, Shape)? {
        var line = min(number, count + 1) - 1
        while line >= 1 {
            if offsets[line - 1] != nil, let shape = shape(line) { return (line, shape) }
            line -= 1
        }
        return nil
    }

    /// The string index of a byte offset; the text is contiguous UTF-8, so this is not a walk.
    private func index(_ offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    private static func offsets(of line: Range<Int>, indent: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Offsets? {
        let space = UInt8(ascii: " ")
        var index = line.lowerBound + indent
        guard index < line.upperBound, bytes[index] != UInt8(ascii: "#") else { return nil }
        var isItem = false
        var keyColumn = indent
        if bytes[index] == UInt8(ascii: "-"), index + 1 == line.upperBound || bytes[index + 1] == space {
            isItem = true
            index += 1
            keyColumn += 1
            while index < line.upperBound, bytes[index] == space { keyColumn += 1; index += 1 }
        }
        guard let colon = keyEnd(in: index..<line.upperBound, of: bytes) else {
            return Offsets(indent: indent, isItem: isItem, keyColumn: keyColumn, content: index, colon: nil, value: index)
        }
        var value = colon + 1
        while value < line.upperBound, bytes[value] == space { value += 1 }
        return Offsets(indent: indent, isItem: isItem, keyColumn: keyColumn, content: index, colon: colon, value: value)
    }

    /// Where the `:` of `key:` is: the first colon followed by a space or the end of the line, in
    /// a text that does not start with a quote or a bracket, before any ` #` comment.
    private static func keyEnd(in content: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !content.isEmpty, !"\"'[{|>".utf8.contains(bytes[content.lowerBound]) else { return nil }
        var previous: UInt8 = 0
        for index in content {
            let byte = bytes[index]
            if byte == UInt8(ascii: "#"), previous == UInt8(ascii: " ") { return nil }
            if byte == UInt8(ascii: ":"), index + 1 == content.upperBound || bytes[index + 1] == UInt8(ascii: " ") {
                return index == content.lowerBound ? nil : index
            }
            previous = byte
        }
        return nil
    }
}

extension Substring {
    /// Where ` #` starts a comment in a plain text, found on the bytes.
    var commentStart: String.Index? {
        var copy = self
        return copy.withUTF8 { bytes -> Int? in
            var previous: UInt8 = 0
            for (offset, byte) in bytes.enumerated() {
                if byte == UInt8(ascii: "#"), previous == UInt8(ascii: " ") { return offset - 1 }
                previous = byte
            }
            return nil
        }.map { utf8.index(startIndex, offsetBy: $0) }
    }
}
