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

    static func read(_ r: inout FrontMatterReader, relations: inout [TypedReference]) -> CooperationQuadrant {
        let number = r.int("nummer", required: true, in: 1...4) ?? 1
        let choices = r.pairs("waarden", required: true).map { Choice(dimension: $0.key, value: $0.value) }
        relations += choices.map { TypedReference(.dimension, $0.dimension) }
        return CooperationQuadrant(
            number: number,
            choices: choices,
            municipalitiesMustCooperate: r.bool("samenwerking-tussen-gemeenten", required: true) ?? false,
            cooperationMustBeFacilitated: r.bool("samenwerking-faciliteren", required: true) ?? false,
            conclusion: r.string("conclusie", required: true) ?? "")
    }
}
