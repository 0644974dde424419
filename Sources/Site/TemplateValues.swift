import TemplateEngine

/// Turns the `[String: Any]` contexts the page builders write into typed `TemplateValue`s, and
/// tidies them for Mustache on the way.
///
/// Mustache treats an empty string as true, so `{{#summary}}…{{/summary}}` would print its
/// frame around nothing. Dropping empty texts and lists before rendering lets templates test
/// for presence the way authors expect. Every non-empty value `x` also gets a flag `has_x`, so a
/// template can draw a list's heading only when there is a list (`{{#has_x}}<h2>…{{/has_x}}`),
/// and test for a text without a section over the text itself (which would push the text on the
/// context stack, where every name inside the section is then looked up first).
enum TemplateValues {
    static func compact(_ dictionary: [String: Any]) -> TemplateFields {
        var out = TemplateFields(minimumCapacity: dictionary.count * 2)
        for (key, value) in dictionary {
            // The UI strings are the same on every page and never empty: they arrive converted.
            if key == "strings", let strings = value as? TemplateValue { out[key] = strings; continue }
            guard let kept = compactValue(value) else { continue }
            out[key] = kept
            if case .flag = kept { continue }
            out["has_" + key] = .flag(true)
        }
        return out
    }

    /// A string table as a template value: converted once, not for every page.
    static func strings(_ texts: [String: String]) -> TemplateValue {
        var fields = TemplateFields(minimumCapacity: texts.count)
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) { fields[name] = .text(text) }
        return .object(fields.indexed())
    }

    /// One value as templates see it; nil for what `compact` leaves out.
    static func value(_ value: Any) -> TemplateValue? { compactValue(value) }

    private static func compactValue(_ value: Any) -> TemplateValue? {
        switch value {
        case let text as String: return text.isEmpty ? nil : .text(text)
        case let flag as Bool: return .flag(flag)
        case let number as Int: return .number(number)
        case let dictionary as [String: Any]: return .object(compact(dictionary))
        case let list as [[String: Any]]: return list.isEmpty ? nil : .list(list.map { .object(compact($0)) })
        case let list as [String]: return list.isEmpty ? nil : .list(list.map { .text($0) })
        case let list as [Any]: return list.isEmpty ? nil : .list(list.compactMap(compactValue))
        case let ready as TemplateValue: return ready
        default: return .text(String(describing: value))
        }
    }
}

/// A template object built key by key, tidied as `TemplateValues.compact` tidies: empty texts and
/// lists are left out, and every value that is not a flag gets its `has_` flag. Entity pages are
/// built this way, without a `[String: Any]` in between, because there are thousands of them.
struct TemplateObject {
    private(set) var fields: TemplateFields

    init(capacity: Int = 48) { fields = TemplateFields(minimumCapacity: capacity) }

    /// Fields already tidied (a `TemplateObject`'s), to add to.
    init(_ fields: TemplateFields) { self.fields = fields }

    init?(_ value: TemplateValue?) {
        guard case .object(let fields)? = value else { return nil }
        self.fields = fields
    }

    var value: TemplateValue { .object(fields) }

    subscript(key: String) -> TemplateValue? { fields[key] }

    /// A field's name and its `has_` flag's: made once for names set on every page, or from a
    /// literal where it is set.
    struct Key: ExpressibleByStringLiteral {
        let name: TemplateFields.Name
        let flag: TemplateFields.Name
        init(_ name: String) {
            self.name = TemplateFields.Name(name)
            flag = TemplateFields.Name("has_" + name)
        }
        init(stringLiteral name: String) { self.init(name) }
    }

    mutating func set(_ key: String, _ value: TemplateValue?) {
        guard Self.keeps(value) else { return }
        set(Key(key), value)
    }

    mutating func set(_ key: Key, _ value: TemplateValue?) {
        guard Self.keeps(value) else { return }
        fields[key.name] = value
        if case .flag = value { return }
        fields[key.flag] = .flag(true)
    }

    private static func keeps(_ value: TemplateValue?) -> Bool {
        switch value {
        case nil: false
        case .text(let text)? where text.isEmpty: false
        case .list(let list)? where list.isEmpty: false
        default: true
        }
    }

    mutating func set(_ key: Key, _ text: String?) { set(key, text.map(TemplateValue.text)) }
    mutating func set(_ key: Key, _ flag: Bool) { set(key, TemplateValue.flag(flag)) }
    mutating func set(_ key: Key, _ number: Int?) { set(key, number.map(TemplateValue.number)) }
    mutating func set(_ key: Key, _ list: [TemplateValue]) { set(key, TemplateValue.list(list)) }
    /// Nested dictionaries and lists of them, converted as `compact` converts them.
    mutating func set(_ key: String, any value: Any) { set(key, TemplateValues.value(value)) }
}
