/// One of the five plateaus of organisational development (Plateauaanpak).
public struct Plateau: Sendable {
    public var number: Int
    public var focus: String
    public var qualities: [String]

    /// The keys of a plateau, after the common ones.
    enum Fields {
        static let number = FieldSchema("nummer", .number(1...5), required: true,
                                        "Het plateau, van 1 (activiteitgericht) tot 5 (samenlevinggericht).")
        static let focus = FieldSchema("focus", .text, required: true, "Waar een organisatie op dit plateau op gericht is, in een paar woorden.",
                                       placeholder: "Schrijf hier de focus van dit plateau.")
        static let qualities = FieldSchema("kwaliteiten", .texts, "Wat een organisatie op dit plateau kan, als lijst.")
        static let areas = FieldSchema(relation: .organisationArea, "De organisatiegebieden die hier spelen, als lijst van ids.")
        static let all = [number, focus, qualities, areas]
    }

    static let schema = EntitySchema(
        type: .plateau, explanation: "Een van de vijf plateaus van organisatieontwikkeling uit de Plateauaanpak.", fields: Fields.all)

    static func read(_ r: inout FrontMatterReader, relations: inout [TypedReference]) -> Plateau {
        let number = r.int(Fields.number) ?? 0
        let focus = r.string(Fields.focus) ?? ""
        let qualities = r.strings(Fields.qualities)
        relations += r.relations(Fields.areas)
        return Plateau(number: number, focus: focus, qualities: qualities)
    }
}
