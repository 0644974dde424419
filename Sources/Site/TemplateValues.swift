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
    static func compact(_ dictionary: [String: Any]) -> [String: TemplateValue] {
        var out: [String: TemplateValue] = [:]
        out.reserveCapacity(dictionary.count * 2)
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
        .object(texts.mapValues { .text($0) })
    }

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
