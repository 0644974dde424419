/// Mustache treats an empty string as true, so `{{#summary}}…{{/summary}}` would print its
/// frame around nothing. Dropping empty texts and lists before rendering lets templates test
/// for presence the way authors expect.
enum TemplateValues {
    static func compact(_ dictionary: [String: Any]) -> [String: Any] {
        var out: [String: Any] = [:]
        out.reserveCapacity(dictionary.count)
        for (key, value) in dictionary {
            if let kept = compactValue(value) { out[key] = kept }
        }
        return out
    }

    private static func compactValue(_ value: Any) -> Any? {
        switch value {
        case let text as String: return text.isEmpty ? nil : text
        case let dictionary as [String: Any]: return compact(dictionary)
        case let list as [[String: Any]]: return list.map(compact)
        case let list as [String]: return list
        default: return value
        }
    }
}
