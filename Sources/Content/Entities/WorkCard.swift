/// One of the work cards: a working method for a learning meeting.
public struct WorkCard: Sendable {
    public var number: Int
    public var purpose: String
    public var whenToUse: String?
    public var preparation: [String]
    public var steps: [String]
    public var followUp: String?

    static func read(_ r: inout FrontMatterReader, relations: inout [TypedReference]) -> WorkCard {
        let card = WorkCard(
            number: r.int("nummer", required: true, in: 1...99) ?? 0,
            purpose: r.string("doel", required: true) ?? "",
            whenToUse: r.string("wanneer"),
            preparation: r.strings("voorbereiding"),
            steps: r.strings("stappen"),
            followUp: r.string("vervolg"))
        relations += r.references("werkkaarten").map { TypedReference(.workCard, $0) }
        return card
    }
}
