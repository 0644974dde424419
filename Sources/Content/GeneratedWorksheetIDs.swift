/// The ids of the worksheets Spiegel generates from the graph. graph.json lists them beside the
/// entities, so they share one id space: the validator keeps editors from taking one.
public enum GeneratedWorksheetIDs {
    /// The worksheet of a tension field or a work card.
    public static func sheet(for entityID: String) -> String { "werkblad-" + entityID }
    public static let plateaus = "werkblad-plateaus"
    public static let quadrants = "werkblad-kwadranten"
    public static let phases = "werkblad-fasen"
    /// The drawing templates: a timeline in the case and in the cooperation layout, a geno-sociogram.
    public static let timelineCase = "werkblad-tijdlijn-casus"
    public static let timelineCooperation = "werkblad-tijdlijn-samenwerking"
    public static let genoSociogram = "werkblad-geno-sociogram-tekenvel"
    /// Names in the worksheets folder that belong to the overview and the booklet.
    public static let reservedFileNames: Set<String> = ["index", "werkboek"]

    /// Every generated id for these entities, with what it is the worksheet of.
    static func all(for entities: [Entity]) -> [String: String] {
        var ids: [String: String] = [:]
        for entity in entities where entity.type == .tensionField || entity.type == .workCard {
            ids[sheet(for: entity.id)] = entity.id
        }
        ids[plateaus] = "the plateau model"
        ids[quadrants] = "Kenis's quadrants"
        ids[phases] = "the phases"
        ids[timelineCase] = "the timeline template"
        ids[timelineCooperation] = "the timeline template"
        ids[genoSociogram] = "the geno-sociogram template"
        return ids
    }
}
