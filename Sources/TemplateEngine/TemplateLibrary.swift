/// Compiled templates by name, so that `{{> name}}` finds its partial.
public struct TemplateLibrary: Sendable {
    private var templates: [String: CompiledTemplate] = [:]

    public init() {}

    public mutating func register(_ template: CompiledTemplate, named name: String) {
        templates[name] = template
    }

    public func template(named name: String) -> CompiledTemplate? { templates[name] }

    /// Renders the template `name` with `context`; nil when there is no such template.
    public func render(_ context: TemplateValue, withTemplate name: String) -> String? {
        renderBytes(context, withTemplate: name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The same as UTF-8 bytes, for a page that is written to a file: appending bytes costs a
    /// fraction of appending to a `String`, which checks and updates its flags on every append.
    public func renderBytes(_ context: TemplateValue, withTemplate name: String) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        var stack = [context]
        render(template.nodes, stack: &stack, into: &out, indentation: [])
        return out
    }

    /// Renders `nodes`, writing `indentation` at each line mark. Only `indentedNodes` have marks
    /// and they are used only for a partial that stands indented on its line, so a page and its
    /// other partials walk their nodes without marks.
    private func render(_ nodes: [CompiledTemplate.Node], stack: inout [TemplateValue], into out: inout [UInt8],
                        indentation: [UInt8]) {
        for node in nodes {
            switch node {
            case .text(let text):
                out += text
            case .variable(let name, let escaped):
                guard let value = Self.lookup(name, in: stack) else { continue }
                let text = value.displayText
                if escaped { HTMLEscape.append(text, to: &out) } else { out += text.utf8 }
            case .section(let name, let body, let inverted):
                Self.passes(over: Self.lookup(name, in: stack), inverted: inverted, stack: &stack) { stack in
                    render(body, stack: &stack, into: &out, indentation: indentation)
                }
            case .partial(let name, let own):
                guard let partial = templates[name] else { continue }
                // A standalone partial is indented by the blanks before it, plus the indentation
                // of the partial it stands in; one inside a line is not indented at all.
                if let own, !own.isEmpty || !indentation.isEmpty {
                    render(partial.indentedNodes, stack: &stack, into: &out, indentation: indentation + own)
                } else {
                    render(partial.nodes, stack: &stack, into: &out, indentation: [])
                }
            case .lineStart:
                out += indentation
            }
        }
    }

    /// Mustache's section rule: `body` runs once per list item (pushed), once for `true` (nothing
    /// pushed) or any other value (pushed), never for `false`, a missing value or an empty list;
    /// an inverted section runs exactly when the plain one would not.
    static func passes(over value: TemplateValue?, inverted: Bool, stack: inout [TemplateValue],
                       _ body: (inout [TemplateValue]) -> Void) {
        func pass(pushing pushed: TemplateValue?) {
            if let pushed { stack.append(pushed) }
            body(&stack)
            if pushed != nil { stack.removeLast() }
        }
        switch (inverted, value) {
        case (true, nil), (true, .flag(false)): pass(pushing: nil)
        case (true, .list(let items)) where items.isEmpty: pass(pushing: value)
        case (true, _): break
        case (false, nil), (false, .flag(false)): break
        case (false, .flag(true)): pass(pushing: nil)
        case (false, .list(let items)): for item in items { pass(pushing: item) }
        case (false, .some(let value)): pass(pushing: value)
        }
    }

    static func lookup(_ name: CompiledTemplate.Name, in stack: [TemplateValue]) -> TemplateValue? {
        if name.current || name.parts.isEmpty { return stack.last }
        var value: TemplateValue?
        if name.onlyTop {
            value = stack.last.flatMap { $0.child(name.parts[0]) }
        } else {
            for object in stack.reversed() {
                if let found = object.child(name.parts[0]) { value = found; break }
            }
        }
        for part in name.parts.dropFirst() {
            value = value?.child(part)
        }
        return value
    }
}

extension TemplateValue {
    func child(_ key: TemplateFields.Name) -> TemplateValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    /// How a value reads in the page. Numbers and flags as Swift prints them; a list or an object
    /// (which a template has no reason to print) as Swift prints its contents.
    var displayText: String {
        switch self {
        case .text(let text): text
        case .flag(let flag): flag ? "true" : "false"
        case .number(let number): String(number)
        case .list, .object: String(describing: anyValue)
        }
    }
}

/// Mustache's HTML escaping of `{{name}}`: the four characters the specification names, and `'`
/// so that a value is safe in an attribute quoted either way. All five are ASCII, and no byte of a
/// longer UTF-8 sequence is ASCII, so escaping bytes escapes the characters; runs without them are
/// copied whole. Spiegel's own markup (`Markup`, which quotes attributes with `"` only) leaves `'`
/// out.
public enum HTMLEscape {
    public static func append(_ text: String, to out: inout [UInt8], apostrophes: Bool = true) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for i in bytes.indices {
                let replacement: StaticString
                switch bytes[i] {
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'") where apostrophes: replacement = "&#39;"
                default: continue
                }
                out += UnsafeBufferPointer(rebasing: bytes[start..<i])
                replacement.withUTF8Buffer { out += $0 }
                start = i + 1
            }
            out += UnsafeBufferPointer(rebasing: bytes[start...])
        }
    }
}
