/// One of Kenis's four cooperation quadrants: a combination of one value per dimension and
/// what follows from it for cooperation between and within municipalities.
public struct CooperationQuadrant: Sendable {
    public struct Choice: Sendable {
        public var dimension: Reference
        public var value: Reference
    }

    public var number: Int
    public var choices: [Choice]
    public var municipalitiesMustCooperate: Bool
    public var cooperationMustBeFacilitated: Bool
    public var conclusion: String

    public var roman: String { ["I", "II", "III", "IV"][max(0, min(3, number - 1))] }

    /// The keys of a kwadrant, after the common ones.
    enum Fields {
        static let number = FieldSchema("nummer", .number(1...4), required: true, "Het kwadrant, 1 tot en met 4 (op de pagina I tot en met IV).")
        static let values = FieldSchema("waarden", .valueChoice, required: true, "Per dimensie (id) de waarde (id) die bij dit kwadrant hoort.")
        static let municipalitiesMustCooperate = FieldSchema("samenwerking-tussen-gemeenten", .yesNo, required: true,
                                                             "Of gemeenten hier met elkaar moeten samenwerken: ja of nee.")
        static let cooperationMustBeFacilitated = FieldSchema("samenwerking-faciliteren", .yesNo, required: true,
                                                              "Of de gemeente de samenwerking moet faciliteren: ja of nee.")
        static let conclusion = FieldSchema("conclusie", .text, required: true, "Wat dit kwadrant betekent voor de samenwerking, in een of twee zinnen.",
                                            placeholder: "Schrijf hier de conclusie.")
        static let all = [number, values, municipalitiesMustCooperate, cooperationMustBeFacilitated, conclusion]
    }

    static let schema = EntitySchema(
        type: .quadrant, explanation: "Een van de vier samenwerkingskwadranten van Kenis: een waarde per dimensie en wat daaruit volgt.",
        fields: Fields.all)

    static func read(_ r: inout FrontMatterReader, relations: inout [TypedReference]) -> CooperationQuadrant {
        let number = r.int(Fields.number) ?? 1
        let choices = r.pairs(Fields.values).map { Choice(dimension: $0.key, value: $0.value) }
        // Each key of `waarden` names a dimension; the graph checks the value against it.
        relations += choices.map { TypedReference(.dimension, $0.dimension) }
        return CooperationQuadrant(
            number: number,
            choices: choices,
            municipalitiesMustCooperate: r.bool(Fields.municipalitiesMustCooperate) ?? false,
            cooperationMustBeFacilitated: r.bool(Fields.cooperationMustBeFacilitated) ?? false,
            conclusion: r.string(Fields.conclusion) ?? "")
    }
}
