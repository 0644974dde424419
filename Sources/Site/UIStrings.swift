import Content

/// Every text a site visitor reads that does not come from content. Dutch is the only language
/// today; a second one is a second instance of this table.
public struct UIStrings: Sendable {
    public var language: String
    public var texts: [String: String]
    public var typeSingular: [EntityType: String]
    public var typePlural: [EntityType: String]
    public var audience: [Audience: String]
    public var audienceHeading: [Audience: String]

    public func singular(_ type: EntityType) -> String { typeSingular[type] ?? type.rawValue }
    public func plural(_ type: EntityType) -> String { typePlural[type] ?? type.rawValue }
    public subscript(_ key: String) -> String { texts[key] ?? key }
    /// The heading above a worksheet's questions for one audience.
    public func questionsFor(_ audience: Audience) -> String { audienceHeading[audience] ?? self["questions"] }

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

            // Worksheets: the sheets themselves.
            "printWorksheet": "Werkblad afdrukken",
            "worksheetPrefix": "Werkblad: ",
            "tensionFieldSheetLabel": "Werkblad bij spanningsveld {nummer}",
            "tensionFieldSheetPurpose": "Zoek op de lijn tussen ‘{links}’ en ‘{rechts}’ waar je nu staat en waar je wilt staan, denk na over de vragen en ontdek wat je helpt om te bewegen.",
            "workCardSheetLabel": "Werkblad bij werkkaart {nummer}",
            "modelSheetLabel": "Werkblad",
            "composedSheetLabel": "Werkblad voor een sessie",
            "name": "Naam",
            "date": "Datum",
            "poleInstruction": "Kies op de lijn waar je nu staat en waar je naartoe wilt. Op papier: zet een kruisje voor nu en een rondje voor waar je wilt staan.",
            "poleNow": "Nu",
            "poleWish": "Gewenst",
            "poleNowLong": "Waar ik nu sta",
            "poleWishLong": "Waar ik wil staan",
            "poleLine": "Een lijn van {links} naar {rechts}, in elf stappen",
            "position": "stap {n} van {totaal}",
            "whatHelpsMeMove": "Wat helpt mij om te bewegen?",
            "sessionNotes": "Aantekeningen bij de sessie",
            "yourAnswer": "Jouw antwoord",
            "check": "afvinken",
            "plateauSheetTitle": "Zelfevaluatie: op welk plateau werken wij?",
            "plateauSheetPurpose": "Bepaal per organisatiegebied op welk plateau jullie organisatie nu werkt en welk plateau jullie ambitie is, en bespreek wat de eerstvolgende stap is.",
            "higherIsNotBetterTitle": "Hoger is niet beter",
            "higherIsNotBetter": "Elk plateau heeft eigen sterke kanten. Het gaat er niet om zo hoog mogelijk uit te komen, maar om het plateau dat past bij de vraagstukken waar jullie voor staan. Een ambitie op hetzelfde plateau als nu kan dus een goede uitkomst zijn.",
            "gridCaption": "Organisatiegebieden en plateaus: kies per rij waar jullie nu staan (nu) en waar jullie naartoe willen (ambitie).",
            "now": "nu",
            "ambition": "ambitie",
            "area": "Organisatiegebied",
            "plateauLegend": "De plateaus in het kort",
            "nextStep": "Wat is onze eerstvolgende stap, en wie zet die?",
            "quadrantSheetTitle": "Samenwerkingskwadranten: waar valt deze zorgvraag?",
            "quadrantSheetPurpose": "Plaats een zorgvraag met twee vragen in een van de vier kwadranten van Kenis en lees af wat daaruit volgt voor de samenwerking tussen gemeenten en aanbieders.",
            "careDemand": "De zorgvraag die we bespreken",
            "twoQuestions": "Twee vragen",
            "quadrantDiagram": "De vier kwadranten: {as1} tegen {as2}",
            "whatFollows": "Wat eruit volgt",
            "quadrant": "Kwadrant",
            "quadrantMeaning": "Wat betekent dit voor onze samenwerking?",
            "phaseSheetTitle": "Fasen herkennen: waar staat onze groep?",
            "phaseSheetPurpose": "Vink aan welke onderdelen van de drie fasen jullie herkennen, en bespreek waar de groep nu staat in het samen leren.",
            "phase": "Fase",
            "recognise": "Dit herkennen we",
            "whereIsOurGroup": "Waar staat onze groep nu, en waaraan merken we dat?",
            "whatDoWeNeed": "Wat hebben we nodig om een volgende stap te zetten?",
            "sheetSource": "Bron",
            "sheetSourcesMore": "e.a.",
            "sheetFrom": "Uit",

            // Worksheets: filling in on screen.
            "sheetActions": "Werkblad",
            "print": "Afdrukken",
            "downloadPDF": "PDF downloaden",
            "clearAnswers": "Wis mijn antwoorden",
            "clearConfirm": "Alle antwoorden op dit werkblad van dit apparaat wissen?",
            "answersStayHere": "Je kunt dit werkblad hier invullen. Je antwoorden blijven alleen op dit apparaat, in deze browser; ze worden nergens heen gestuurd. Druk het werkblad af of bewaar het als PDF om je antwoorden mee te nemen.",
            "answersNotKept": "Deze browser bewaart je antwoorden niet. Druk het werkblad af of bewaar het als PDF voordat je de pagina sluit.",
            "backTo": "Terug naar",
            "allWorksheets": "Alle werkbladen",

            // Worksheets: the overview and the booklet.
            "worksheetsIntro": "Werkbladen voor leerbijeenkomsten: af te drukken op A4 of in de browser in te vullen. Ze worden gemaakt uit dezelfde inhoud als de rest van de site, dus ze lopen altijd gelijk met de spanningsvelden, werkkaarten en modellen.",
            "sheetsTensionFields": "Bij de spanningsvelden",
            "sheetsWorkCards": "Bij de werkkaarten",
            "sheetsModels": "Bij de modellen",
            "sheetsComposed": "Samengesteld voor een sessie",
            "forWhom": "Voor",
            "booklet": "Werkboek",
            "bookletLink": "Alle werkbladen in één document",
            "bookletPDF": "Werkboek als PDF",
            "bookletIntro": "Alle werkbladen van {site}, om af te drukken voor een leerbijeenkomst. Elk werkblad begint op een nieuwe pagina.",
            "contents": "Inhoud",
        ],
        typeSingular: [
            .plateau: "Plateau", .organisationArea: "Organisatiegebied", .dimension: "Dimensie",
            .quadrant: "Samenwerkingskwadrant", .tensionField: "Spanningsveld", .workCard: "Werkkaart",
            .phase: "Fase", .worksheet: "Werkblad", .source: "Bron", .page: "Pagina", .question: "Vraag",
        ],
        typePlural: [
            .plateau: "Plateaus", .organisationArea: "Organisatiegebieden", .dimension: "Dimensies",
            .quadrant: "Samenwerkingskwadranten", .tensionField: "Spanningsvelden", .workCard: "Werkkaarten",
            .phase: "Fasen van samen leren", .worksheet: "Werkbladen", .source: "Bronnen", .page: "Pagina's", .question: "Vragen",
        ],
        audience: [.professional: "Professionals", .director: "Bestuurders en beleidsmakers", .everyone: "Iedereen"],
        audienceHeading: [.professional: "Voor professionals", .director: "Voor bestuurders en beleidsmakers",
                          .everyone: "Voor iedereen"]
    )
}
