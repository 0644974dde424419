import Markdown

/// One axis of Kenis's cooperation model, with the values a care demand can take on it.
public struct Dimension: Sendable {
    public struct Value: Sendable {
        public var id: String
        public var label: String
        public var explanation: String?
        public var location: SourceLocation
    }

    public var number: Int
    public var axisQuestion: String
    public var values: [Value]

    static func read(_ r: inout FrontMatterReader) -> Dimension {
        let number = r.int("nummer", required: true, in: 1...99) ?? 0
        let question = r.string("asvraag", required: true) ?? ""
        let values = r.records("waarden", subject: "waarde", required: true) { v -> Value? in
            let id = v.string("id", required: true)
            let label = v.string("label", required: true)
            let explanation = v.string("uitleg")
            guard let id, let label else { return nil }
            if !Slug.isValid(id) {
                v.error(v.location, "value id '\(id)' is not a slug", hint: "use lower-case letters, digits and single '-', e.g. '\(Slug.make(id))'")
            }
            return Value(id: id, label: label, explanation: explanation, location: v.location)
        }
        return Dimension(number: number, axisQuestion: question, values: values)
    }
}
