import Foundation
import Yams

/// Picks the likely cause of a YAML error from the line libyaml stopped at and the line above it.
struct YAMLCauseFinder {
    let lines: YAMLLines
    /// Added to a line of `lines` to name it as the editor's file numbers it.
    let lineOffset: Int

    /// The cause, the line it is on and, when libyaml named it, the column.
    func cause(at markLine: Int, context: YamlError.Context?) -> (YAMLCause, line: Int, column: Int?) {
        // An open quote or bracket: libyaml names where it began.
        if let context {
            let line = context.mark.line
            let opener = lines.text(line).dropFirst(max(0, context.mark.column - 1)).first
            if context.text.contains("quoted scalar"), let quote = opener, quote == "\"" || quote == "'" {
                return (.unclosedQuote(line: line + lineOffset, quote: quote), line, context.mark.column)
            }
            if context.text.contains("flow sequence") || context.text.contains("flow mapping"),
               let open = opener, open == "[" || open == "{" {
                return (.unclosedBracket(line: line + lineOffset, open: open), line, context.mark.column)
            }
        }
        let mark = min(max(markLine, 1), max(lines.count, 1))
        for line in [mark, mark - 1] where line >= 1 {
            if let cause = tab(line) ?? missingSpace(line) ?? quoteInsideQuotes(line) ?? specialFirstCharacter(line)
                ?? colonInText(line) ?? missingDash(line) {
                return (cause, line, nil)
            }
            if let (cause, column) = indentation(line) { return (cause, line, column) }
        }
        return (.other, mark, nil)
    }

    private func tab(_ line: Int) -> YAMLCause? {
        let text = lines.text(line)
        guard text.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") else { return nil }
        return .tab(line: line + lineOffset, text: String(text))
    }

    /// `titel:Tijd` or `-Tekst`.
    private func missingSpace(_ line: Int) -> YAMLCause? {
        let text = lines.text(line)
        let rest = text.drop { $0 == " " }
        if rest.hasPrefix("-"), let second = rest.dropFirst().first, second != " ", second != "-" {
            return .missingSpaceAfterDash(line: line + lineOffset, text: String(rest.dropFirst()))
        }
        let content = rest.hasPrefix("- ") ? rest.dropFirst(2).drop { $0 == " " } : rest
        guard let colon = content.firstIndex(of: ":"), colon > content.startIndex else { return nil }
        let key = content[..<colon], value = content[content.index(after: colon)...]
        guard key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }),
              let next = value.first, next != " ", next != "/" else { return nil }
        return .missingSpaceAfterColon(line: line + lineOffset, key: String(key), value: String(value))
    }

    /// `titel: *Let op* dit`, `titel: `code``: characters that start an alias, anchor, tag or reserved token.
    private func specialFirstCharacter(_ line: Int) -> YAMLCause? {
        guard let shape = lines.shape(line), let key = shape.key, let first = shape.value.first, "*&!@`%".contains(first) else { return nil }
        return .specialFirstCharacter(line: line + lineOffset, key: String(key), value: String(shape.value), indent: String(shape.lead))
    }

    /// `"Hij zei "ja" en ging"`: the quote closes before the text ends.
    private func quoteInsideQuotes(_ line: Int) -> YAMLCause? {
        guard let shape = lines.shape(line), let quote = shape.value.first, quote == "\"" || quote == "'" else { return nil }
        let value = shape.value.trimmingCharacters(in: .whitespaces)
        // `"Hij zei "ja""`, or `"Tijd" voor elkaar`: a quote closes before the text ends.
        guard value.count > 2, value.dropFirst().dropLast().contains(quote) else { return nil }
        return .quoteInsideQuotes(line: line + lineOffset, key: shape.key.map(String.init), value: value, indent: String(shape.lead))
    }

    /// `  begrippen` below `  - tijdlijn`: an item without its dash.
    private func missingDash(_ line: Int) -> YAMLCause? {
        guard let shape = lines.shape(line), !shape.isItem, shape.key == nil,
              let (_, previous) = lines.previous(before: line), previous.isItem, previous.indent == shape.indent else { return nil }
        return .missingDash(line: line + lineOffset, text: String(lines.text(line)), indent: shape.indent)
    }

    /// `titel: Tijd: een kaart`.
    private func colonInText(_ line: Int) -> YAMLCause? {
        guard let shape = lines.shape(line), let key = shape.key, shape.value.contains(": "),
              let first = shape.value.first, first != "\"", first != "'" else { return nil }
        return .colonInText(line: line + lineOffset, key: String(key), value: String(shape.value), indent: String(shape.lead))
    }

    /// An item or key indented differently from its neighbours at the same level, and the column
    /// of its dash or key.
    private func indentation(_ line: Int) -> (YAMLCause, Int)? {
        guard let shape = lines.shape(line) else { return nil }
        let above = lines.previous(before: line)
        func cause(neighbour: Int, expected: Int) -> (YAMLCause, Int) {
            (.indentation(isItem: shape.isItem, line: line + lineOffset, text: String(lines.text(line)),
                          neighbourLine: neighbour + lineOffset, neighbour: String(lines.text(neighbour)), expected: expected),
             (shape.isItem ? shape.indent : shape.keyColumn) + 1)
        }
        if shape.isItem {
            // The first item under `key:` may be indented as the editor likes.
            if let (_, previous) = above, previous.key != nil, previous.value.isEmpty, shape.indent > previous.keyColumn { return nil }
            let items = (1..<line).filter { lines.shape($0)?.isItem == true }
            guard !items.contains(where: { lines.indent(of: $0) == shape.indent }),
                  let nearest = closest(to: shape.indent, among: items, column: { lines.indent(of: $0) }) else { return nil }
            return cause(neighbour: nearest, expected: lines.indent(of: nearest))
        }
        guard shape.key != nil else { return nil }
        // Below `key: text`, a deeper key would be inside the text.
        if let (number, previous) = above, previous.key != nil, !previous.value.isEmpty,
           !"|>".contains(previous.value.first!), shape.keyColumn > previous.keyColumn {
            return cause(neighbour: number, expected: previous.keyColumn)
        }
        let keys = (1..<line).filter { lines.shape($0)?.key != nil }
        guard !keys.contains(where: { lines.shape($0)!.keyColumn == shape.keyColumn }),
              let nearest = closest(to: shape.keyColumn, among: keys, column: { lines.shape($0)!.keyColumn }) else { return nil }
        return cause(neighbour: nearest, expected: lines.shape(nearest)!.keyColumn)
    }

    /// The line whose column is nearest to `column`; of equals, the lowest in the file.
    private func closest(to column: Int, among candidates: [Int], column of: (Int) -> Int) -> Int? {
        candidates.min { a, b in
            let da = abs(of(a) - column), db = abs(of(b) - column)
            return da != db ? da < db : a > b
        }
    }
}
