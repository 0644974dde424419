/// One of the five organisation areas on which an organisation moves between plateaus,
/// with the plateau-4 ambition for municipalities and for providers.
public struct OrganisationArea: Sendable {
    public var number: Int
    public var ambitionForMunicipalities: [String]
    public var ambitionForProviders: [String]

    static func read(_ r: inout FrontMatterReader) -> OrganisationArea {
        OrganisationArea(
            number: r.int("nummer", required: true, in: 1...99) ?? 0,
            ambitionForMunicipalities: r.strings("ambitie-gemeenten"),
            ambitionForProviders: r.strings("ambitie-aanbieders"))
    }
}
