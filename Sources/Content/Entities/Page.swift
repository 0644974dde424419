/// Any other page: home, about, glossary, introductions.
public struct Page: Sendable {
    /// When set, this page's body introduces that type's overview page.
    public var overviewOf: EntityType?
    public var order: Int?

    /// The keys of a pagina, after the common ones.
    enum Fields {
        static let overview = FieldSchema("overzicht", .overviewType,
                                          "Een type (bijvoorbeeld werkkaart): de tekst van deze pagina wordt dan de inleiding op het overzicht van dat type.")
        static let order = FieldSchema("volgorde", .number(nil), "Een getal voor de volgorde in menu's.")
        static let all = [overview, order]
    }

    static let schema = EntitySchema(
        type: .page, explanation: "Elke andere pagina: de startpagina, uitleg, een begrippenlijst, de inleiding op een overzicht.",
        fields: Fields.all)

    /// The types `overzicht:` may name: every type with an overview page.
    static let overviewTypes = EntityType.fileTypes.filter { $0 != .page }

    static func read(_ r: inout FrontMatterReader) -> Page {
        var overview: EntityType?
        if let name = r.string(Fields.overview) {
            overview = EntityType(rawValue: name)
            if overview.map({ !overviewTypes.contains($0) }) ?? true, let node = r.node(Fields.overview) {
                r.report(r.location(of: node), .unknownOverview(
                    name: name, nearest: Suggestion.closest(to: name, in: EntityType.fileTypes.map(\.rawValue)),
                    known: overviewTypes.map(\.rawValue)))
                overview = nil
            }
        }
        return Page(overviewOf: overview, order: r.int(Fields.order))
    }
}
