/// Mustache treats an empty string as true, so `{{#summary}}…{{/summary}}` would print its
/// frame around nothing. Dropping empty texts and lists before rendering lets templates test
/// for presence the way authors expect. Every non-empty list `x` also gets a flag `has_x`, so a
/// template can draw a list's heading only when there is a list (`{{#has_x}}<h2>…{{/has_x}}`);
/// swift-mustache's `empty()` transform does the same but costs a protocol lookup per use.
/// Texts and numbers get the flag too: a section over a text pushes the text on the context
/// stack, and every name looked up inside it is then searched in that text by reflection
/// (`Mirror`), the most expensive path in swift-mustache; a section over `has_x` pushes nothing.
enum TemplateValues {
    static func compact(_ dictionary: [String: Any]) -> [String: Any] {
        var out: [String: Any] = [:]
        out.reserveCapacity(dictionary.count)
        for (key, value) in dictionary {
            // The UI strings are the same on every page and never empty: copying and flagging
            // their hundred-odd entries for each page cost more than rendering the page.
            if key == "strings" { out[key] = value; continue }
            guard let kept = compactValue(value) else { continue }
            out[key] = kept
            if !(kept is Bool) { out["has_" + key] = true }
        }
        return out
    }

    private static func compactValue(_ value: Any) -> Any? {
        switch value {
        case let text as String: return text.isEmpty ? nil : text
        case let dictionary as [String: Any]: return compact(dictionary)
        case let list as [[String: Any]]: return list.isEmpty ? nil : list.map(compact)
        case let list as [String]: return list.isEmpty ? nil : list
        default: return value
        }
    }
}
