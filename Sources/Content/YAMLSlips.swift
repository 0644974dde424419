import Foundation

/// Slips that leave the YAML valid but change what it says, found by looking at each line and the
/// one above it: a list item indented so far that it joins the text of the item above, a key
/// indented into a text, a text that opens with a quote and runs on past its line, a text cut
/// short by ` #` (the start of a comment to YAML). Each is a
/// warning: the file is read as it stands, but the editor is told what it now means.
enum YAMLSlips {
    /// Every key of every type: a line in a text that starts with one of them was probably meant
    /// as a key. Other words followed by a colon ("Let op: …") are the text's own.
    static let knownKeys: Set<String> = Set(EntitySchema.all.flatMap { schema in
        schema.allFields.flatMap { [$0.key] + $0.itemFields.map(\.key) }
    })

    static func find(in yaml: String, file: String, lineOffset: Int) -> [Diagnostic] {
        let lines = YAMLLines(yaml)
        var found: [Diagnostic] = []
        func report(_ line: Int, column: Int, _ problem: Problem) {
            found.append(Diagnostic(file: file, line: line + lineOffset, column: column, problem))
        }
        // The key and column of a `|` or `>` text being read, or of a quoted text not yet closed.
        var block: (key: String, column: Int)?
        var quoteOpen: Character?
        var number = 0
        while number < lines.count {
            number += 1
            if let quote = quoteOpen {
                if Self.closes(lines.text(number), quote: quote) { quoteOpen = nil }
                continue
            }
            guard let shape = lines.shape(number) else { continue }
            if let owner = block {
                if shape.indent > owner.column {
                    if let key = shape.key, !shape.isItem, knownKeys.contains(String(key)) {
                        report(number, column: shape.indent + 1,
                               .keyInsideText(key: String(key), owner: owner.key, indent: shape.indent, expected: owner.column))
                    }
                    continue
                }
                block = nil
            }
            if let first = shape.value.first, first == "|" || first == ">" {
                block = (shape.key.map(String.init) ?? Self.listKey(above: number, in: lines) ?? "",
                         shape.key != nil ? shape.keyColumn : shape.indent)
                continue
            }
            if let quote = shape.value.first, quote == "\"" || quote == "'",
               !Self.closes(shape.value.dropFirst(), quote: quote) {
                var end = number + 1
                while end <= lines.count, !Self.closes(lines.text(end), quote: quote) { end += 1 }
                report(number, column: shape.keyColumn + (shape.key.map { $0.count + 2 } ?? 0) + 1,
                       .quoteNotClosedOnLine(quote: quote, endLine: min(end, lines.count) + lineOffset))
                quoteOpen = quote
                continue
            }
            // `Stap #1` is `Stap` to YAML: the rest is a comment.
            if Self.isPlainText(shape.value), let hash = shape.value.commentStart {
                let kept = shape.value[..<hash].trimmingCharacters(in: .whitespaces)
                let line = lines.text(number)
                report(number, column: line.distance(from: line.startIndex, to: hash) + 2,
                       .textCutByHash(key: shape.key.map(String.init), kept: kept, text: String(shape.value), lead: String(shape.lead)))
            }
            if shape.isItem, let (above, previous) = lines.previous(before: number), Self.isPlainText(previous.value),
               shape.indent > (previous.key != nil ? previous.keyColumn : previous.indent) {
                let text = String(lines.text(number).dropFirst(shape.indent))
                if previous.key == nil, previous.isItem {
                    report(number, column: shape.indent + 1, .itemIndentedIntoText(
                        key: Self.listKey(above: above, in: lines) ?? "", previousLine: above + lineOffset,
                        indent: shape.indent, expected: previous.indent, text: text))
                } else if let key = previous.key {
                    report(number, column: shape.indent + 1, .dashInText(key: String(key), line: above + lineOffset))
                }
            }
        }
        return found
    }

    /// Whether `text` holds the quote that closes a quoted text (`''` and `\"` do not close).
    private static func closes(_ text: Substring, quote: Character) -> Bool {
        var previous: Character?
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if character == quote {
                if quote == "'", characters.first == "'" { characters.removeFirst(); continue }
                if quote == "\"", previous == "\\" { previous = character; continue }
                return true
            }
            previous = character
        }
        return false
    }

    /// A value that YAML reads as plain text, which a more indented line continues.
    private static func isPlainText(_ value: Substring) -> Bool {
        guard let first = value.utf8.first else { return false }
        return !"\"'[{|>&*!#".utf8.contains(first)
    }

    /// The key of the list an item at `line` belongs to: the nearest key above it, less indented.
    private static func listKey(above line: Int, in lines: YAMLLines) -> String? {
        let indent = lines.indent(of: line)
        var number = line - 1
        while number >= 1 {
            if let shape = lines.shape(number), let key = shape.key, shape.keyColumn <= indent, shape.value.isEmpty {
                return String(key)
            }
            number -= 1
        }
        return nil
    }
}
