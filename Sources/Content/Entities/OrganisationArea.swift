/// One of the five organisation areas on which an organisation moves between plateaus,
/// with the plateau-4 ambition for municipalities and for providers.
public struct OrganisationArea: Sendable {
    public var number: Int
    public var ambitionForMunicipalities: [String]
    public var ambitionForProviders: [String]

    /// The keys of an organisatiegebied, after the common ones.
    enum Fields {
        static let number = FieldSchema("nummer", .number(1...99), required: true, "De volgorde tussen de organisatiegebieden.")
        static let ambitionForMunicipalities = FieldSchema("ambitie-gemeenten", .texts, "De ambitie op plateau 4 voor gemeenten, als lijst.")
        static let ambitionForProviders = FieldSchema("ambitie-aanbieders", .texts,
                                                      "De ambitie op plateau 4 voor aanbieders en uitvoeringsorganisaties, als lijst.")
        static let all = [number, ambitionForMunicipalities, ambitionForProviders]
    }

    static let schema = EntitySchema(
        type: .organisationArea, explanation: "Een gebied waarop een organisatie verandert als ze een plateau hoger komt.",
        fields: Fields.all)

    static func read(_ r: inout FrontMatterReader) -> OrganisationArea {
        OrganisationArea(
            number: r.int(Fields.number) ?? 0,
            ambitionForMunicipalities: r.strings(Fields.ambitionForMunicipalities),
            ambitionForProviders: r.strings(Fields.ambitionForProviders))
    }
}
