/// Any other page: home, about, glossary, introductions.
public struct Page: Sendable {
    /// When set, this page's body introduces that type's overview page.
    public var overviewOf: EntityType?
    public var order: Int?

    static func read(_ r: inout FrontMatterReader) -> Page {
        var overview: EntityType?
        if let name = r.string("overzicht") {
            overview = EntityType(rawValue: name)
            if overview == nil || overview == .question || overview == .page, let node = r.node("overzicht") {
                r.error(r.location(of: node), "'overzicht' names no type with an overview: '\(name)'",
                        hint: Suggestion.didYouMean(name, in: EntityType.fileTypes.map(\.rawValue))
                            ?? "use one of: \(EntityType.fileTypes.filter { $0 != .page }.map(\.rawValue).joined(separator: ", "))")
                overview = nil
            }
        }
        return Page(overviewOf: overview, order: r.int("volgorde"))
    }
}
