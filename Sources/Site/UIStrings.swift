import Content

/// Every text a site visitor reads that does not come from content. Dutch is the only language
/// today; a second one is a second instance of this table.
public struct UIStrings: Sendable {
    public var language: String
    public var texts: [String: String]
    public var typeSingular: [EntityType: String]
    public var typePlural: [EntityType: String]
    public var audience: [Audience: String]
    /// File names of the audience pages.
    public var audienceSlug: [Audience: String]

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
            "diagramPlateauTitle": "Het plateaumodel in beeld",
            "diagramPlateauDescription": "Vijf plateaus van organisatieontwikkeling als trap van micro naar macro, met daaronder de vijf organisatiegebieden waarop een organisatie beweegt. Elk onderdeel is een link naar zijn pagina.",
            "diagramMicro": "micro: de losse activiteit",
            "diagramMacro": "macro: de samenleving",
            "diagramAreasCaption": "Op elk plateau verandert een organisatie op vijf gebieden",
            "diagramPlateauNote": "Hoger is niet vanzelf beter: welk plateau past, hangt af van de opgave.",
            "diagramQuadrantTitle": "De samenwerkingskwadranten van Kenis in beeld",
            "diagramQuadrantDescription": "Een raster van twee bij twee: het type zorgvraag en de vraag of het zorgaanbod in de gemeente bestaat bepalen samen het kwadrant, en daarmee of gemeenten moeten samenwerken. Elk kwadrant is een link naar zijn pagina.",
            "diagramCooperate": "Gemeenten werken samen",
            "diagramNoCooperation": "Geen samenwerking tussen gemeenten nodig",
            "diagramFacilitate": "Samenwerking faciliteren",
            "diagramPolesTitle": "De twee polen van dit spanningsveld",
            "diagramMapTitle": "Kaart van de kennisbank",
            "diagramMapDescription": "Alle pagina's van de kennisbank op een cirkel, gegroepeerd en gekleurd per soort; lijnen tonen welke pagina's naar elkaar verwijzen. Elke naam is een link.",
            "diagrams": "De modellen in beeld",
            "mapTitle": "Kaart van de kennisbank",
            "mapIntro": "Deze kaart toont hoe alles in de kennisbank samenhangt. Elke stip is een pagina, de kleur zegt wat voor pagina het is en elke lijn is een verwijzing. Kies een naam om naar die pagina te gaan.",
            "audiencesTitle": "Vragen per doelgroep",
            "audiencesIntro": "Alle reflectie- en hulpvragen uit de spanningsvelden, werkkaarten en andere pagina's, verzameld per doelgroep. Elke vraag verwijst naar de plek waar zij thuishoort.",
            "audienceIntro": "Alle vragen in deze kennisbank voor deze doelgroep, gegroepeerd naar de pagina waar zij bij horen.",
            "questionCount": "vragen",
            "search": "Zoeken",
            "searchLabel": "Zoek in de kennisbank",
            "searchNone": "Niets gevonden voor deze zoekterm.",
            "searchCount": "resultaten",
            "searchNeedsServer": "Zoeken werkt alleen als de site via een webserver wordt geopend, niet rechtstreeks vanaf schijf.",
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
        audience: [.professional: "Professionals", .director: "Bestuurders en beleidsmakers", .everyone: "Iedereen"],
        audienceSlug: [.professional: "professionals", .director: "bestuurders", .everyone: "iedereen"]
    )
}
