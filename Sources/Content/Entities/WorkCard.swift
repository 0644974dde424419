/// One of the work cards: a working method for a learning meeting.
public struct WorkCard: Sendable {
    public var number: Int
    public var purpose: String
    public var whenToUse: String?
    public var preparation: [String]
    public var steps: [String]
    public var followUp: String?
    /// The drawing template printed with this card, if it has one.
    public var drawingSheet: DrawingSheet?

    /// The templates to draw on that Spiegel prints (A3 landscape) for the card that names them
    /// with `tekenvel:`, so that an organisation's own or renamed card can carry one too.
    public enum DrawingSheet: String, Sendable, CaseIterable {
        /// A line through time, in a case layout and a cooperation layout (two sheets).
        case timeline = "tijdlijn"
        /// A field with the legend of the geno-sociogram's symbols.
        case genoSociogram = "geno-sociogram"
    }

    /// The keys of a werkkaart, after the common ones.
    enum Fields {
        static let number = FieldSchema("nummer", .number(1...99), required: true, "De volgorde van de werkkaarten.")
        static let purpose = FieldSchema("doel", .text, required: true, "Wat de werkvorm oplevert, in hoogstens twee zinnen.",
                                         placeholder: "Schrijf hier het doel van de werkvorm.")
        static let whenToUse = FieldSchema("wanneer", .text, "Wanneer je deze werkvorm inzet.")
        static let preparation = FieldSchema("voorbereiding", .texts, "Wat vooraf klaar moet staan, als lijst.")
        static let steps = FieldSchema("stappen", .texts, "De stappen van de werkvorm, als lijst in volgorde.")
        static let followUp = FieldSchema("vervolg", .text, "Wat je na de bijeenkomst met de uitkomst doet.")
        static let drawingSheet = FieldSchema("tekenvel", .text,
            "Het tekenvel dat bij de werkkaart hoort en mee wordt afgedrukt (A3 liggend): tijdlijn (twee vellen, casus en samenwerking) of geno-sociogram. Eén werkkaart per tekenvel.")
        static let workCards = FieldSchema(relation: .workCard, "Verwante werkkaarten, als lijst van ids.")
        static let all = [number, purpose, whenToUse, preparation, steps, followUp, drawingSheet, workCards]
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
            followUp: r.string(Fields.followUp),
            drawingSheet: readDrawingSheet(&r))
        relations += r.relations(Fields.workCards)
        return card
    }

    private static func readDrawingSheet(_ r: inout FrontMatterReader) -> DrawingSheet? {
        guard let name = r.string(Fields.drawingSheet), let node = r.node(Fields.drawingSheet) else { return nil }
        if let sheet = DrawingSheet(rawValue: name) { return sheet }
        let known = DrawingSheet.allCases.map(\.rawValue)
        r.report(r.location(of: node), .unknownDrawingSheet(name: name, nearest: Suggestion.closest(to: name, in: known), known: known))
        return nil
    }
}
