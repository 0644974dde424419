import Content
import Foundation

/// Every text a site visitor reads that does not come from content. Dutch is the only language
/// today; a second one is a second instance of this table.
public struct UIStrings: Sendable {
    public var language: String
    public var texts: [String: String]
    public var typeSingular: [EntityType: String]
    public var typePlural: [EntityType: String]
    public var audience: [Audience: String]
    public var months: [String]
    /// Dates on pages are days in this time zone, so a build in another zone gives the same page.
    public var timeZone: TimeZone

    public func singular(_ type: EntityType) -> String { typeSingular[type] ?? type.rawValue }
    public func plural(_ type: EntityType) -> String { typePlural[type] ?? type.rawValue }
    public subscript(_ key: String) -> String { texts[key] ?? key }

    /// "3 maart 2025".
    public func date(_ date: Date) -> String {
        let day = calendar.dateComponents([.day, .month, .year], from: date)
        return "\(day.day!) \(months[day.month! - 1]) \(day.year!)"
    }

    /// "2025-03-03", for `<time datetime>`.
    public func isoDate(_ date: Date) -> String {
        let day = calendar.dateComponents([.day, .month, .year], from: date)
        return String(format: "%04d-%02d-%02d", day.year!, day.month!, day.day!)
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

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
            "lastChanged": "Laatst gewijzigd op",
            "editPage": "Bewerk deze pagina",
            "handbook": "Handleiding voor redacteuren",
            "handbookTypes": "Typen",
            "handbookFolder": "Map",
            "handbookAnyFolder": "elke map onder <code>content/</code> (standaard de map zelf)",
            "handbookNew": "Nieuw bestand",
            "handbookQuestion": "Een vraag is geen bestand: je schrijft haar in de lijst vragen: van een spanningsveld, werkkaart of pagina, met deze sleutels.",
            "handbookKey": "Sleutel",
            "handbookRequired": "Verplicht",
            "handbookValue": "Waarde",
            "handbookMeaning": "Wat je invult",
            "kindText": "tekst",
            "kindNumber": "geheel getal",
            "kindYesNo": "ja of nee",
            "kindTexts": "lijst van teksten",
            "kindIDs": "lijst van ids van het type",
            "kindAnyIDs": "lijst van ids, van elk type",
            "kindRecords": "lijst van items, elk met de sleutels eronder",
            "kindValueChoice": "per dimensie-id een waarde-id",
            "kindID": "id: kleine letters, cijfers en losse streepjes",
            "kindType": "naam van een type",
            "kindAudience": "professional, bestuurder of iedereen",
            "previewErrorTitle": "De site kan nu niet worden gebouwd",
            "previewErrorIntro": "Spiegel vond fouten in de inhoud. Verbeter ze en sla het bestand op: deze pagina laadt dan vanzelf opnieuw en toont de site weer.",
            "previewErrorCount": "Aantal fouten",
            "previewHint": "Tip",
            "previewLine": "regel",
            "previewColumn": "kolom",
            "previewWarnings": "Daarnaast zijn er waarschuwingen: het commando spiegel check toont ze allemaal.",
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
        months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                 "november", "december"],
        timeZone: TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(secondsFromGMT: 3600)!
    )
}
