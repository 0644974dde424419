/// One of the work cards: a working method for a learning meeting.
public struct WorkCard: Sendable {
    public var number: Int
    public var purpose: String
    public var whenToUse: String?
    public var preparation: [String]
    public var steps: [String]
    public var followUp: String?

    /// The keys of a werkkaart, after the common ones.
    enum Fields {
        static let number = FieldSchema("nummer", .number(1...99), required: true, "De volgorde van de werkkaarten.")
        static let purpose = FieldSchema("doel", .text, required: true, "Wat de werkvorm oplevert, in hoogstens twee zinnen.",
                                         placeholder: "Schrijf hier het doel van de werkvorm.")
        static let whenToUse = FieldSchema("wanneer", .text, "Wanneer je deze werkvorm inzet.")
        static let preparation = FieldSchema("voorbereiding", .texts, "Wat vooraf klaar moet staan, als lijst.")
        static let steps = FieldSchema("stappen", .texts, "De stappen van de werkvorm, als lijst in volgorde.")
        static let followUp = FieldSchema("vervolg", .text, "Wat je na de bijeenkomst met de uitkomst doet.")
        static let workCards = FieldSchema(relation: .workCard, "Verwante werkkaarten, als lijst van ids.")
        static let all = [number, purpose, whenToUse, preparation, steps, followUp, workCards]
    }

    static let schema = EntitySchema(type: .workCard, explanation: "Een werkkaart: een werkvorm voor een leerbijeenkomst.",
                                     fields: Fields.all)

    static func read(_ r: inout FrontMatterReader, relations: inout [TypedReference]) -> WorkCard {
        let card = WorkCard(
            number: r.int(Fields.number) ?? 0,
            purpose: r.string(Fields.purpose) ?? "",
            whenToUse: r.string(Fields.whenToUse),
            preparation: r.strings(Fields.preparation),
            steps: r.strings(Fields.steps),
            followUp: r.string(Fields.followUp))
        relations += r.relations(Fields.workCards)
        return card
    }
}
