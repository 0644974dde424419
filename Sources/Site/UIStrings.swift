import Content

/// Every text a site visitor reads that does not come from content. Dutch is the only language
/// today; a second one is a second instance of this table.
public struct UIStrings: Sendable {
    public var language: String
    public var texts: [String: String]
    public var typeSingular: [EntityType: String]
    public var typePlural: [EntityType: String]
    public var audience: [Audience: String]

    public func singular(_ type: EntityType) -> String { typeSingular[type] ?? type.rawValue }
    public func plural(_ type: EntityType) -> String { typePlural[type] ?? type.rawValue }
    public subscript(_ key: String) -> String { texts[key] ?? key }

    public static let dutch = UIStrings(
        language: "nl",
        texts: [
            "skipToContent": "Naar de inhoud",
            "home": "Start",
            "mainNavigation": "Hoofdnavigatie",
            "breadcrumbs": "Kruimelpad",
            "backlinks": "Verwijzingen naar deze pagina",
            "related": "Zie ook",
            "sources": "Bronnen",
            "citedBy": "Gebruikt op",
            "questions": "Vragen",
            "reflectionQuestions": "Reflectievragen",
            "helpingQuestions": "Hulpvragen",
            "audience": "Voor",
            "previous": "Vorige",
            "next": "Volgende",
            "focus": "Focus",
            "qualities": "Kwaliteiten",
            "areas": "Organisatiegebieden",
            "ambitionMunicipalities": "Ambitie op plateau 4 voor gemeenten",
            "ambitionProviders": "Ambitie op plateau 4 voor aanbieders en uitvoeringsorganisaties",
            "axisQuestion": "Vraag op deze as",
            "values": "Waarden",
            "conditions": "Kenmerken",
            "conclusion": "Conclusie",
            "betweenMunicipalities": "Samenwerking tussen gemeenten nodig",
            "facilitate": "Samenwerking faciliteren nodig",
            "yes": "ja",
            "no": "nee",
            "poles": "De twee polen",
            "workCards": "Werkkaarten die hierbij helpen",
            "phases": "Fasen",
            "tensionFields": "Spanningsvelden",
            "purpose": "Doel",
            "whenToUse": "Wanneer inzetten",
            "preparation": "Voorbereiding",
            "steps": "Stappen",
            "followUp": "Vervolg",
            "parts": "Onderdelen",
            "author": "Auteur",
            "year": "Jaar",
            "publisher": "Uitgever",
            "link": "Vindplaats",
            "note": "Toelichting",
            "overviewOf": "Overzicht",
            "madeWith": "Gemaakt met Spiegel",
            "notFoundTitle": "Pagina niet gevonden",
            "notFoundText": "Deze pagina bestaat niet (meer). Begin opnieuw op de startpagina of kies een onderwerp in het menu.",
        ],
        typeSingular: [
            .plateau: "Plateau", .organisationArea: "Organisatiegebied", .dimension: "Dimensie",
            .quadrant: "Samenwerkingskwadrant", .tensionField: "Spanningsveld", .workCard: "Werkkaart",
            .phase: "Fase", .source: "Bron", .page: "Pagina", .question: "Vraag",
        ],
        typePlural: [
            .plateau: "Plateaus", .organisationArea: "Organisatiegebieden", .dimension: "Dimensies",
            .quadrant: "Samenwerkingskwadranten", .tensionField: "Spanningsvelden", .workCard: "Werkkaarten",
            .phase: "Fasen van samen leren", .source: "Bronnen", .page: "Pagina's", .question: "Vragen",
        ],
        audience: [.professional: "Professionals", .director: "Bestuurders en beleidsmakers", .everyone: "Iedereen"]
    )
}
