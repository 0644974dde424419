/// A Mustache template parsed once into nodes whose names are already split, rendered by
/// appending to one buffer. It follows swift-mustache, which stays the reference: the same
/// whitespace rules (standalone tags, partial indentation) and the same section semantics, checked
/// by tests that render every template of the site with both. Templates that use what this
/// renderer leaves out (set delimiters, inheritance blocks, transforms, dynamic partials) are not
/// compiled, and `TemplateSet` renders them with swift-mustache.
public struct CompiledTemplate: Sendable {
    indirect enum Node: Sendable {
        /// Text as it goes out: UTF-8, appended to the page's bytes as it is.
        case text([UInt8])
        case variable(Name, escaped: Bool)
        case section(Name, body: [Node], inverted: Bool)
        case partial(String, indentation: String?)

        static func text(_ text: String) -> Node { .text(Array(text.utf8)) }
    }

    /// A variable name: `.` is the current value; `a.b` looks `a` up the context stack, then `b`
    /// inside it; `.a` looks only in the current value.
    struct Name: Sendable {
        /// The dotted parts, each with its fingerprint, computed once rather than at every lookup.
        let parts: [TemplateFields.Name]
        let current: Bool
        let onlyTop: Bool

        init(_ name: String) {
            current = name == "."
            onlyTop = !current && name.hasPrefix(".")
            parts = name.split(separator: ".").map { TemplateFields.Name(String($0)) }
        }
    }

    /// A feature this renderer leaves to swift-mustache.
    public struct Unsupported: Error, Equatable {
        public let feature: String
    }

    let nodes: [Node]

    public init(_ source: String) throws(Unsupported) {
        var parser = TemplateParser(Array(source))
        nodes = try parser.parse(section: nil, newLine: true)
    }
}

/// A port of swift-mustache's parser for the supported tags, line by line: text is cut at every
/// newline, and a line holding only a section, comment or partial tag (and blanks) is dropped.
struct TemplateParser {
    private let characters: [Character]
    private var position = 0

    init(_ characters: [Character]) { self.characters = characters }

    private var atEnd: Bool { position == characters.count }
    private var current: Character { atEnd ? "\0" : characters[position] }

    mutating func parse(section: String?, newLine startsOnNewLine: Bool) throws(CompiledTemplate.Unsupported) -> [CompiledTemplate.Node] {
        var nodes: [CompiledTemplate.Node] = []
        var newLine = startsOnNewLine
        var blanks = ""
        while !atEnd {
            if newLine { blanks = read { $0 == " " || $0 == "\t" } }
            let (text, foundTag) = try readText()
            if !atEnd, !foundTag, current.isNewline {
                nodes.append(.text(blanks + text + String(current)))
                newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(blanks + text))
                blanks = ""
                newLine = false
            }
            guard foundTag, !atEnd else { break }
            var standaloneTag = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                let name = try readName()
                if standalone(newLine) {
                    standaloneTag = true
                } else if !blanks.isEmpty {
                    nodes.append(.text(blanks))
                    blanks = ""
                }
                let body = try parse(section: name, newLine: standaloneTag)
                nodes.append(.section(CompiledTemplate.Name(name), body: body, inverted: inverted))
            case "/":
                position += 1
                let name = try readName()
                guard name == section else { throw .init(feature: "a section closed by another name") }
                if !standalone(newLine), !blanks.isEmpty { nodes.append(.text(blanks)) }
                return nodes
            case "!":
                position += 1
                try skipComment()
                standaloneTag = standalone(newLine)
            case "{", "&":
                let triple = current == "{"
                if !blanks.isEmpty { nodes.append(.text(blanks)); blanks = "" }
                position += 1
                let name = try readName()
                if triple {
                    guard current == "}" else { throw .init(feature: "an unclosed {{{") }
                    position += 1
                }
                nodes.append(.variable(CompiledTemplate.Name(name), escaped: false))
            case ">":
                position += 1
                _ = read { $0.isWhitespace }
                guard current != "*" else { throw .init(feature: "dynamic partials") }
                let name = read { Self.partialNameCharacters.contains($0) }
                _ = read { $0.isWhitespace }
                try expectClose()
                if !blanks.isEmpty { nodes.append(.text(blanks)) }
                if standalone(newLine) {
                    standaloneTag = true
                    nodes.append(.partial(name, indentation: blanks))
                } else {
                    nodes.append(.partial(name, indentation: nil))
                }
            case "=": throw .init(feature: "set delimiters")
            case "%": throw .init(feature: "configuration tags")
            case "$", "<": throw .init(feature: "template inheritance")
            default:
                if !blanks.isEmpty { nodes.append(.text(blanks)); blanks = "" }
                nodes.append(.variable(CompiledTemplate.Name(try readName()), escaped: true))
            }
            newLine = standaloneTag
        }
        guard section == nil else { throw .init(feature: "an unclosed section") }
        return nodes
    }

    /// Text up to a newline or an opening `{{` (consumed; `foundTag` says so).
    private mutating func readText() throws(CompiledTemplate.Unsupported) -> (String, foundTag: Bool) {
        var text = ""
        while !atEnd {
            let c = characters[position]
            if c == "\n" || c == "\r\n" { return (text, false) }
            if c == "{", position + 1 < characters.count, characters[position + 1] == "{" {
                position += 2
                return (text, true)
            }
            // swift-mustache refuses a template whose last character is a lone `{`.
            if c == "{", position + 1 == characters.count { throw .init(feature: "a template ending in '{'") }
            text.append(c)
            position += 1
        }
        return (text, false)
    }

    private mutating func readName() throws(CompiledTemplate.Unsupported) -> String {
        _ = read { $0.isWhitespace }
        let name = read { Self.nameCharacters.contains($0) }
        _ = read { $0.isWhitespace }
        try expectClose()
        guard !name.contains("("), !name.contains(")") else { throw .init(feature: "transforms") }
        return name
    }

    private mutating func expectClose() throws(CompiledTemplate.Unsupported) {
        guard position + 1 < characters.count, characters[position] == "}", characters[position + 1] == "}" else {
            throw .init(feature: "an unclosed tag")
        }
        position += 2
    }

    private mutating func skipComment() throws(CompiledTemplate.Unsupported) {
        while position + 1 < characters.count {
            if characters[position] == "}", characters[position + 1] == "}" { position += 2; return }
            position += 1
        }
        throw .init(feature: "an unclosed comment")
    }

    /// A tag alone on its line: at the start of a line, followed only by blanks and the line's
    /// end, which is then consumed with the tag.
    private mutating func standalone(_ newLine: Bool) -> Bool {
        guard newLine else { return false }
        if atEnd { return true }
        var probe = position
        while probe < characters.count, characters[probe] == " " || characters[probe] == "\t" { probe += 1 }
        guard probe < characters.count, characters[probe].isNewline else { return false }
        position = probe + 1
        return true
    }

    private mutating func read(while accept: (Character) -> Bool) -> String {
        let start = position
        while !atEnd, accept(characters[position]) { position += 1 }
        return String(characters[start..<position])
    }

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")
}
