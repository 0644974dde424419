import Markdown

/// One axis of Kenis's cooperation model, with the values a care demand can take on it.
public struct Dimension: Sendable {
    public struct Value: Sendable {
        public var id: String
        public var label: String
        public var explanation: String?
        public var location: SourceLocation

        /// The keys of one entry under `waarden:`.
        enum Fields {
            static let id = FieldSchema("id", .id, required: true, "Korte naam van de waarde; kwadranten verwijzen ernaar.")
            static let label = FieldSchema("label", .text, required: true, "Hoe de waarde op de pagina heet.", placeholder: "Naam van de waarde")
            static let explanation = FieldSchema("uitleg", .text, "Wat de waarde betekent.")
            static let all = [id, label, explanation]
        }
    }

    public var number: Int
    public var axisQuestion: String
    public var values: [Value]

    /// The keys of a dimensie, after the common ones.
    enum Fields {
        static let number = FieldSchema("nummer", .number(1...99), required: true, "De volgorde van de dimensies.")
        static let axisQuestion = FieldSchema("asvraag", .text, required: true, "De vraag die deze as stelt.",
                                              placeholder: "Schrijf hier de vraag van deze as?")
        static let values = FieldSchema("waarden", .records(subject: "waarde", fields: Value.Fields.all), required: true,
                                        "De waarden op deze as, elk met id en label.")
        static let all = [number, axisQuestion, values]
    }

    static let schema = EntitySchema(
        type: .dimension, explanation: "Een as van het samenwerkingsmodel van Kenis, met de waarden die een zorgvraag erop kan hebben.",
        fields: Fields.all)

    static func read(_ r: inout FrontMatterReader) -> Dimension {
        let number = r.int(Fields.number) ?? 0
        let question = r.string(Fields.axisQuestion) ?? ""
        let values = r.records(Fields.values) { v -> Value? in
            let id = v.string(Value.Fields.id)
            let label = v.string(Value.Fields.label)
            let explanation = v.string(Value.Fields.explanation)
            guard let id, let label else { return nil }
            if !Slug.isValid(id) {
                v.report(v.location, .invalidID(id: id, example: Slug.make(id), fileNameFallback: false))
            }
            return Value(id: id, label: label, explanation: explanation, location: v.location)
        }
        return Dimension(number: number, axisQuestion: question, values: values)
    }
}
