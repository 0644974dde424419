/// One of the five plateaus of organisational development (Plateauaanpak).
public struct Plateau: Sendable {
    public var number: Int
    public var focus: String
    public var qualities: [String]

    static func read(_ r: inout FrontMatterReader, relations: inout [TypedReference]) -> Plateau {
        let number = r.int("nummer", required: true, in: 1...5) ?? 0
        let focus = r.string("focus", required: true) ?? ""
        let qualities = r.strings("kwaliteiten")
        relations += r.references("organisatiegebieden").map { TypedReference(.organisationArea, $0) }
        return Plateau(number: number, focus: focus, qualities: qualities)
    }
}
