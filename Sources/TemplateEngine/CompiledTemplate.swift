/// A Mustache template parsed once into nodes whose names are already split, rendered by
/// appending to one buffer. It follows the Mustache specification (comments, set delimiters,
/// interpolation, sections, inverted sections, partials with their indentation), checked by
/// `MustacheSpecTests` against the specification's own examples. Template inheritance, lambdas,
/// transforms and dynamic partials are not supported: a template using them is refused with the
/// position of the tag.
public struct CompiledTemplate: Sendable {
    indirect enum Node: Sendable {
        /// Text as it goes out: UTF-8, appended to the page's bytes as it is.
        case text([UInt8])
        case variable(Name, escaped: Bool)
        case section(Name, body: [Node], inverted: Bool)
        /// `{{> name}}`; a standalone one carries the blanks before it, which indent every line
        /// of the partial.
        case partial(String, indentation: [UInt8]?)
        /// Where a line of the template's text begins: the indentation of an indented partial
        /// goes here. Only in `indentedNodes`.
        case lineStart
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

    /// The nodes for rendering on its own or as a partial without indentation: no line marks,
    /// and neighbouring texts joined, so a page walks as few nodes as possible.
    let nodes: [Node]
    /// The same with a mark at the start of every line, for a partial included with indentation.
    let indentedNodes: [Node]

    public init(_ source: String) throws(TemplateError) {
        var parser = TemplateParser(Array(source))
        indentedNodes = try parser.parse()
        nodes = Self.withoutLineMarks(indentedNodes)
    }

    /// The names of the partials this template includes (`{{> name}}`), in sections too, each
    /// once: a site's template folders are checked for them before any page is rendered.
    public var partials: [String] {
        var names: [String] = []
        func walk(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .partial(let name, _) where !names.contains(name): names.append(name)
                case .section(_, let body, _): walk(body)
                default: continue
                }
            }
        }
        walk(nodes)
        return names
    }

    private static func withoutLineMarks(_ nodes: [Node]) -> [Node] {
        var result: [Node] = []
        for node in nodes {
            switch node {
            case .lineStart:
                continue
            case .text(let text):
                if case .text(let before)? = result.last {
                    result[result.count - 1] = .text(before + text)
                } else {
                    result.append(node)
                }
            case .section(let name, let body, let inverted):
                result.append(.section(name, body: withoutLineMarks(body), inverted: inverted))
            case .variable, .partial:
                result.append(node)
            }
        }
        return result
    }
}
