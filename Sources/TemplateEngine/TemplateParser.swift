/// Reads a template into nodes as the Mustache specification says. A line holding only one
/// section, inverted, closing, comment, partial or delimiter tag (and blanks) is left out of the
/// output with its line ending. `{{=<% %>=}}` changes the delimiters until the end of the
/// template or the next change, inside sections too; partials are parsed on their own, with the
/// default delimiters. Every refusal says where, by line and column.
struct TemplateParser {
    typealias Node = CompiledTemplate.Node

    private let characters: [Character]
    private var position = 0
    private var open: [Character] = ["{", "{"]
    private var close: [Character] = ["}", "}"]
    /// A line has begun and its mark is still to be added, to whichever section it begins in.
    private var lineBegins = true
    /// Only blanks since the current line's mark, which is then the last node of the section
    /// being read: a tag read now may stand alone on its line.
    private var lineClean = false

    private struct OpenSection {
        let name: String
        let start: Int
    }

    init(_ characters: [Character]) { self.characters = characters }

    mutating func parse() throws(TemplateError) -> [Node] { try parse(in: nil) }

    private var atEnd: Bool { position == characters.count }

    private mutating func parse(in section: OpenSection?) throws(TemplateError) -> [Node] {
        var nodes: [Node] = []
        // Text not yet added: blanks before a standalone tag are dropped with it.
        var pending: [Character] = []
        func flush() {
            if !pending.isEmpty { nodes.append(.text(Array(String(pending).utf8))) }
            pending = []
        }
        while !atEnd {
            if lineBegins {
                nodes.append(.lineStart)
                lineBegins = false
                lineClean = true
            }
            let character = characters[position]
            if Self.isNewline(character) {
                pending.append(character)
                position += 1
                flush()
                lineBegins = true
                continue
            }
            guard starts(with: open, at: position) else {
                if character != " " && character != "\t" { lineClean = false }
                pending.append(character)
                position += 1
                continue
            }
            let start = position
            let (sigil, content) = try readTag()
            switch sigil {
            case "!":
                if !standalone(&nodes, &pending) { flush() }
            case "=":
                try setDelimiters(content, at: start)
                if !standalone(&nodes, &pending) { flush() }
            case "#", "^":
                let name = try variableName(content, at: start)
                if !standalone(&nodes, &pending) { flush() }
                let body = try parse(in: OpenSection(name: name, start: start))
                nodes.append(.section(CompiledTemplate.Name(name), body: body, inverted: sigil == "^"))
            case "/":
                let name = try variableName(content, at: start)
                guard let section else {
                    throw error(at: start, .closesUnopened(name: name))
                }
                guard name == section.name else {
                    let (line, column) = location(of: section.start)
                    throw error(at: start, .closesOther(name: name, open: section.name, line: line, column: column))
                }
                if !standalone(&nodes, &pending) { flush() }
                return nodes
            case ">":
                guard !content.hasPrefix("*") else { throw error(at: start, .dynamicPartial) }
                guard !content.isEmpty, !content.contains(where: \.isWhitespace) else {
                    throw error(at: start, .notPartialName(content))
                }
                let blanks = pending
                if standalone(&nodes, &pending) {
                    nodes.append(.partial(content, indentation: Array(String(blanks).utf8)))
                } else {
                    flush()
                    nodes.append(.partial(content, indentation: nil))
                }
            case "<", "$":
                throw error(at: start, .inheritance)
            case "%":
                throw error(at: start, .pragma)
            default:
                let name = try variableName(content, at: start)
                flush()
                lineClean = false
                nodes.append(.variable(CompiledTemplate.Name(name), escaped: sigil == nil))
            }
        }
        if let section {
            throw error(at: section.start, .sectionNeverClosed(name: section.name))
        }
        flush()
        return nodes
    }

    /// Reads a tag from its opening delimiter through its closing one: its sigil (`#`, `^`, `/`,
    /// `!`, `>`, `&`, `{`, `=`, …, or nil for a variable) and what is between, without blanks
    /// around it.
    private mutating func readTag() throws(TemplateError) -> (sigil: Character?, content: String) {
        let start = position
        position += open.count
        var sigil: Character?
        if !atEnd, "#^/!>&{=<$%".contains(characters[position]) {
            sigil = characters[position]
            position += 1
        }
        // `{{{name}}}` and `{{=<% %>=}}` end with their own character before the delimiter.
        let end = sigil == "{" ? ["}"] + close : sigil == "=" ? ["="] + close : close
        var found = position
        while found < characters.count, !starts(with: end, at: found) { found += 1 }
        guard found < characters.count else {
            throw error(at: start, .tagNeverClosed(end: String(end)))
        }
        var content = characters[position..<found]
        position = found + end.count
        while let first = content.first, first.isWhitespace { content.removeFirst() }
        while let last = content.last, last.isWhitespace { content.removeLast() }
        return (sigil, String(content))
    }

    /// The name in a variable or section tag.
    private func variableName(_ content: String, at start: Int) throws(TemplateError) -> String {
        guard !content.isEmpty else { throw error(at: start, .tagWithoutName) }
        guard !content.contains(where: \.isWhitespace) else {
            throw error(at: start, .nameWithSpaces(content))
        }
        guard !content.contains("("), !content.contains(")") else {
            throw error(at: start, .transform(content))
        }
        return content
    }

    private mutating func setDelimiters(_ content: String, at start: Int) throws(TemplateError) {
        let parts = content.split(whereSeparator: \.isWhitespace)
        guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
            throw error(at: start, .badDelimiters(content))
        }
        open = Array(parts[0])
        close = Array(parts[1])
    }

    /// Whether the tag just read stands alone on its line: only blanks before it since the
    /// line's start, only blanks after it up to the line's end (or the template's). If so the
    /// rest of the line is consumed, and the line's mark and the blanks before are dropped.
    /// If not, the line is no longer clean: no later tag on it stands alone.
    private mutating func standalone(_ nodes: inout [Node], _ pending: inout [Character]) -> Bool {
        guard lineClean else { return false }
        lineClean = false
        var probe = position
        while probe < characters.count, characters[probe] == " " || characters[probe] == "\t" { probe += 1 }
        if probe < characters.count {
            guard Self.isNewline(characters[probe]) else { return false }
            probe += 1
            lineBegins = true
        }
        position = probe
        lineClean = true
        nodes.removeLast()
        pending = []
        return true
    }

    private func starts(with delimiter: [Character], at index: Int) -> Bool {
        guard index + delimiter.count <= characters.count else { return false }
        for offset in delimiter.indices where characters[index + offset] != delimiter[offset] { return false }
        return true
    }

    /// `\r\n` is one `Character`.
    private static func isNewline(_ character: Character) -> Bool { character == "\n" || character == "\r\n" }

    /// Line and column, from 1, of a character.
    private func location(of index: Int) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for character in characters[..<index] {
            if Self.isNewline(character) { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    private func error(at index: Int, _ kind: TemplateError.Kind) -> TemplateError {
        let (line, column) = location(of: index)
        return TemplateError(line: line, column: column, kind)
    }
}
