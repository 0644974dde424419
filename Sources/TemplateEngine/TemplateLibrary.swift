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
        render(template.nodes, stack: &stack, into: &out)
        return out
    }

    private func render(_ nodes: [CompiledTemplate.Node], stack: inout [TemplateValue], into out: inout [UInt8]) {
        for node in nodes { render(node, stack: &stack, into: &out) }
    }

    fileprivate func render(_ node: CompiledTemplate.Node, stack: inout [TemplateValue], into out: inout [UInt8]) {
        switch node {
        case .text(let text):
            out += text
        case .variable(let name, let escaped):
            guard let value = Self.lookup(name, in: stack) else { return }
            let text = value.displayText
            if escaped { HTMLEscape.append(text, to: &out) } else { out += text.utf8 }
        case .section(let name, let body, let inverted):
            Self.passes(over: Self.lookup(name, in: stack), inverted: inverted, stack: &stack) { stack in
                render(body, stack: &stack, into: &out)
            }
        case .partial(let name, let indentation):
            guard let partial = templates[name] else { return }
            if let indentation, !indentation.isEmpty {
                out += IndentedRender(library: self).render(partial.nodes, stack: &stack, indentation: indentation).utf8
            } else {
                render(partial.nodes, stack: &stack, into: &out)
            }
        }
    }

    /// Mustache's section rule, for both renderers: `body` runs once per list item (pushed), once
    /// for `true` (nothing pushed) or any other value (pushed), never for `false`, a missing value
    /// or an empty list; an inverted section runs exactly when the plain one would not.
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

    /// Partials included with indentation (a standalone `{{> name}}` after blanks), rendered the
    /// way swift-mustache does: each piece of output that starts a line gets the indentation.
    /// Rare in practice, so it favours fidelity over speed.
    private struct IndentedRender {
        let library: TemplateLibrary

        func render(_ nodes: [CompiledTemplate.Node], stack: inout [TemplateValue], indentation: String) -> String {
            var out = ""
            for node in nodes {
                let piece = render(node, stack: &stack, indentation: indentation)
                if !piece.isEmpty, out.last == "\n" { out += indentation }
                out += piece
            }
            return out
        }

        private func render(_ node: CompiledTemplate.Node, stack: inout [TemplateValue], indentation: String) -> String {
            switch node {
            case .text, .variable:
                var out: [UInt8] = []
                library.render(node, stack: &stack, into: &out)
                return String(decoding: out, as: UTF8.self)
            case .section(let name, let body, let inverted):
                var out = ""
                TemplateLibrary.passes(over: TemplateLibrary.lookup(name, in: stack), inverted: inverted, stack: &stack) { stack in
                    out += render(body, stack: &stack, indentation: indentation)
                }
                return out
            case .partial(let name, let more):
                guard let partial = library.template(named: name) else { return "" }
                return render(partial.nodes, stack: &stack, indentation: indentation + (more ?? ""))
            }
        }
    }
}

extension TemplateValue {
    func child(_ key: TemplateFields.Name) -> TemplateValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    /// How a value reads in the page, as swift-mustache prints it (`String(describing:)`).
    var displayText: String {
        switch self {
        case .text(let text): text
        case .flag(let flag): flag ? "true" : "false"
        case .number(let number): String(number)
        case .list, .object: String(describing: anyValue)
        }
    }
}

/// Mustache's HTML escaping of `{{name}}`: the five characters swift-mustache replaces. All five
/// are ASCII, and no byte of a longer UTF-8 sequence is ASCII, so escaping bytes escapes the
/// characters; runs without them are copied whole.
enum HTMLEscape {
    static func append(_ text: String, to out: inout [UInt8]) {
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
                case UInt8(ascii: "'"): replacement = "&#39;"
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
