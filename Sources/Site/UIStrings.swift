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
    /// File names of the audience pages.
    public var audienceSlug: [Audience: String]
    public var audienceHeading: [Audience: String]
    /// The audience inside a sentence ("voor professionals").
    public var audienceInSentence: [Audience: String]
    public var months: [String]
    /// Dates on pages are days in this time zone, so a build in another zone gives the same page.
    public var timeZone: TimeZone

    public func singular(_ type: EntityType) -> String { typeSingular[type] ?? type.rawValue }
    public func plural(_ type: EntityType) -> String { typePlural[type] ?? type.rawValue }
    public subscript(_ key: String) -> String { texts[key] ?? key }
    /// The text `key` with its `{aantal}` filled in: "90 minuten", "Waarschuwingen: 3".
    public func counted(_ key: String, _ number: Int) -> String {
        self[key].replacingOccurrences(of: "{aantal}", with: String(number))
    }
    /// The heading above a worksheet's questions for one audience.
    public func questionsFor(_ audience: Audience) -> String { audienceHeading[audience] ?? self["questions"] }

    /// Whom a worksheet is for, as one sentence: "Voor professionals.", "Voor iedereen, met eigen
    /// vragen voor professionals en voor bestuurders en beleidsmakers."
    public func forWhom(_ audiences: [Audience]) -> String {
        let others = audiences.filter { $0 != .everyone }.map { audienceInSentence[$0] ?? $0.rawValue }
            .joined(separator: self["forWhomJoin"])
        if audiences.contains(.everyone) {
            return others.isEmpty ? self["forWhomOne"].replacingOccurrences(of: "{wie}", with: audienceInSentence[.everyone] ?? "")
                : self["forWhomEveryoneAnd"].replacingOccurrences(of: "{wie}", with: others)
        }
        return self["forWhomOne"].replacingOccurrences(of: "{wie}", with: others)
    }

    /// "3 maart 2025".
    public func date(_ date: Date) -> String {
        let day = calendar.dateComponents([.day, .month, .year], from: date)
        return "\(day.day!) \(months[day.month! - 1]) \(day.year!)"
    }

    /// "maart 2025": the heading of a month on the "what changed" page.
    public func monthAndYear(_ date: Date) -> String {
        let day = calendar.dateComponents([.month, .year], from: date)
        return "\(months[day.month! - 1]) \(day.year!)"
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
            // Items of other pages shown in a body (`ReusedItems`): the words before the link to their home.
            "reusedQuestion": "Vraag uit",
            "reusedSteps": "Stappen uit",
            "reusedPreparation": "Voorbereiding uit",
            "reusedPoles": "Polen uit",
            "reusedAudience": "voor {wie}",
            "draftBanner": "Concept: deze pagina staat nog niet in de site. Alleen de voorvertoning laat haar zien, "
                + "tot 'concept: ja' uit het bestand is.",
            "home": "Start",
            "mainNavigation": "Hoofdnavigatie",
            "menu": "Menu",
            "moreNavigation": "Meer in de kennisbank",
            "pageContents": "Inhoud van deze pagina",
            "previousNext": "Vorige en volgende pagina",
            "breadcrumbs": "Kruimelpad",
            "backlinks": "Verwijzingen naar deze pagina",
            "related": "Zie ook",
            "sources": "Bronnen",
            "attachments": "Bijlagen",
            "attachmentPicture": "afbeelding ({soort})",
            "citedBy": "Gebruikt op",
            "questions": "Vragen",
            "reflectionQuestions": "Reflectievragen",
            "helpingQuestions": "Hulpvragen",
            "audience": "Voor",
            "originOwn": "eigen vraag",
            "originSource": "bron",
            "originSources": "Bron van deze vragen",
            "exampleOwn": "Door ons bedacht, niet uit een bron.",
            "exampleFrom": "Uit",
            "caseOwn": "Door ons bedacht, niet uit een bron.",
            "caseFrom": "Praktijkvoorbeeld uit",
            "caseOfQuestions": "Bij de casus",
            "caseOwnShort": "een casus van ons",
            "caseFromShort": "uit",
            "previous": "Vorige",
            "next": "Volgende",
            "focus": "Focus",
            "qualities": "Kwaliteiten",
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
            // Headings of the typed relations on a page (`RelationSections`): relation-<page's type>-<other type>.
            "relation-spanningsveld-werkkaart": "Werkkaarten die hierbij helpen",
            "relation-spanningsveld-fase": "Fasen waarin dit spanningsveld speelt",
            "relation-werkkaart-werkkaart": "Verwante werkkaarten",
            "relation-werkkaart-spanningsveld": "Spanningsvelden waarbij deze werkkaart helpt",
            "relation-werkkaart-fase": "Fasen waarin deze werkkaart helpt",
            "relation-fase-werkkaart": "Werkkaarten voor deze fase",
            "relation-fase-spanningsveld": "Spanningsvelden in deze fase",
            "relation-plateau-organisatiegebied": "Organisatiegebieden op dit plateau",
            "relation-organisatiegebied-plateau": "Plateaus waarop dit gebied speelt",
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
            "diagramCooperateLegend": "Gestreepte rand: gemeenten werken samen.",
            "diagramPolesTitle": "De twee polen van dit spanningsveld",
            "diagramMapTitle": "Kaart van de kennisbank",
            "diagramMapDescription": "Alle pagina's van de kennisbank op een cirkel, gegroepeerd en gekleurd per soort; lijnen tonen welke pagina's naar elkaar verwijzen. Elke naam is een link.",
            "diagrams": "De modellen in beeld",
            "hereTitle": "U bent hier: {naam}",
            "hereDescription": "{model} op volgorde: {lijst}. Gemarkeerd is {naam}, het onderwerp van deze pagina.",
            "mapTitle": "Kaart van de kennisbank",
            "changesTitle": "Wat is er nieuw",
            "changesIntro": "De {aantal} pagina's die het laatst zijn veranderd, de nieuwste bovenaan, met de dag van de laatste wijziging en voor wie de pagina vragen heeft.",
            "changesNoHistory": "Deze site is niet gebouwd vanuit een git-repository. Daarom weet Spiegel niet wanneer pagina's zijn veranderd, en staat hier nog niets.",
            "changesFeed": "Volg de wijzigingen in je feedlezer:",
            "mapList": "Alles op de kaart als lijst",
            "mapLeftOut": "Deze kennisbank is te groot om alles op één cirkel te tekenen. De kaart laat daarom {aantal} pagina's weg, de losse pagina's eerst, zodat de modellen, werkkaarten, spanningsvelden en bronnen met hun verbanden leesbaar blijven.",
            "mapIntro": "Deze kaart toont hoe alles in de kennisbank samenhangt. Elke stip is een pagina, de kleur zegt wat voor pagina het is en elke lijn is een verwijzing. Kies een naam om naar die pagina te gaan.",
            "audiencesTitle": "Vragen per doelgroep",
            "audiencesIntro": "Alle reflectie- en hulpvragen uit de spanningsvelden, werkkaarten en andere pagina's, verzameld per doelgroep. Elke vraag verwijst naar de plek waar zij thuishoort.",
            "audienceIntro": "Alle vragen in deze kennisbank voor deze doelgroep, gegroepeerd naar de pagina waar zij bij horen.",
            "questionCount": "vragen",
            "search": "Zoeken",
            "searchLabel": "Zoek in de kennisbank",
            "searchNone": "Niets gevonden voor deze zoekterm.",
            "searchCount": "resultaten",
            "searchTooLargeForDisk": "Deze site is te groot om vanaf schijf te doorzoeken. Open hem via een webserver om te zoeken.",
            "searchInQuestion": "Vraag",
            "notFoundText": "Deze pagina bestaat niet (meer). Begin opnieuw op de startpagina of kies een onderwerp in het menu.",

            // Worksheets: the sheets themselves.
            "printWorksheet": "Werkblad afdrukken",
            "worksheetPrefix": "Werkblad: ",
            "tensionFieldSheetLabel": "Werkblad bij spanningsveld {nummer}",
            "tensionFieldSheetPurpose": "Zoek op de lijn tussen ‘{links}’ en ‘{rechts}’ waar je nu staat en waar je wilt staan, en denk met de vragen na over je eigen manier van werken.",
            "workCardSheetLabel": "Werkblad bij werkkaart {nummer}",
            "modelSheetLabel": "Werkblad",
            "composedSheetLabel": "Werkblad voor een sessie",
            "name": "Naam",
            "date": "Datum",
            "poleInstruction": "Kies in de rij ‘Nu’ het rondje dat past bij waar je nu staat, en in de rij ‘Gewenst’ het rondje voor waar je naartoe wilt. Op papier kleur je in elke rij één rondje in.",
            "poleNow": "Nu",
            "poleWish": "Gewenst",
            "poleNowLong": "Waar ik nu sta",
            "poleWishLong": "Waar ik wil staan",
            "poleLine": "Een lijn van {links} naar {rechts}, in elf stappen",
            "position": "stap {n} van {totaal}",
            "whatHelpsMeMove": "Wat zou mij helpen om tussen ‘{links}’ en ‘{rechts}’ op te schuiven naar waar ik wil staan?",
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
            "phaseSheetTitle": "Waar staat onze groep? De onderdelen van de drie fasen afvinken",
            "phaseSheetPurpose": "Vink aan welke onderdelen van de drie fasen jullie herkennen, en bespreek waar de groep nu staat in het samen leren.",
            "phase": "Fase",
            "recognise": "Dit herkennen we",
            "whereIsOurGroup": "Waar staat onze groep nu, en waaraan merken we dat?",
            "whatDoWeNeed": "Wat hebben we nodig om een volgende stap te zetten?",
            "drawingSheetLabel": "Tekenvel bij werkkaart {nummer}",
            "timelineStart": "Hier begint het verhaal",
            "timelineEnd": "Nu",
            "timeAxis": "Tijdlijn van links naar rechts",
            "timelineCaseTitle": "Tekenvel tijdlijn: een casus",
            "timelineCasePurpose": "Zet de momenten van het verhaal op volgorde langs de lijn: wat professionals zeiden en deden erboven, wat het gezin meemaakte, zei en nodig had eronder. Schrijf de datum onder het streepje.",
            "timelineCaseAbove": "Professionals: besluiten, acties, contacten en uitspraken",
            "timelineCaseBelow": "Het gezin: gebeurtenissen, wat gezinsleden zeiden en hoe zij het beleefden",
            "timelineCooperationTitle": "Tekenvel tijdlijn: een samenwerking",
            "timelineCooperationPurpose": "Zet de momenten van een vastgelopen samenwerking op volgorde langs de lijn: de formele kant erboven, hoe de betrokkenen het persoonlijk ervoeren eronder.",
            "timelineCooperationAbove": "Formeel: besluiten, afspraken en acties van organisaties",
            "timelineCooperationBelow": "Persoonlijk: hoe de betrokkenen het meemaakten en wat het met hen deed",
            "genoSociogramTitle": "Tekenvel geno-sociogram",
            "genoSociogramPurpose": "Teken de belangrijkste mensen in en rond het gezin en hoe ze met elkaar verbonden zijn. Gebruik de tekens uit de legenda en zet er gaandeweg ook de betrokken professionals bij.",
            "genoSociogramArea": "Ruimte om te tekenen",
            "legend": "Legenda",
            "symbolMan": "Man",
            "symbolWoman": "Vrouw",
            "symbolBoy": "Jongen (kind)",
            "symbolGirl": "Meisje (kind)",
            "symbolProfessional": "Professional",
            "symbolClose": "Hechte band",
            "symbolConflict": "Conflict",
            "symbolBrokenOff": "Contact verbroken",
            "sheetSource": "Bron",
            "sheetSourcesMore": "e.a.",
            "sheetFrom": "Uit",
            "sheetContentDate": "inhoud van",

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
            "forWhomOne": "Voor {wie}.",
            "forWhomEveryoneAnd": "Voor iedereen, met eigen vragen voor {wie}.",
            "forWhomJoin": " en voor ",
            "booklet": "Werkboek",
            "logoOf": "Logo van {naam}",
            "bookletLink": "Alle werkbladen in één document",
            "bookletPDF": "Werkboek als PDF",
            "bookletIntro": "Alle werkbladen van {site}, om af te drukken voor een leerbijeenkomst. Elk werkblad begint op een nieuwe pagina.",
            "contents": "Inhoud",
            "lastChanged": "Laatst gewijzigd op",
            "editPage": "Bewerk deze pagina",
            "fromLayer": "Uit de laag",
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
            "kindOrigin": "eigen, of de id van een bron",
            "previewErrorTitle": "De site kan nu niet worden gebouwd",
            "previewErrorIntro": "Spiegel vond fouten in de inhoud. Verbeter ze en sla het bestand op: deze pagina laadt dan vanzelf opnieuw en toont de site weer.",
            "previewErrorCount": "Aantal fouten",
            "previewHint": "Tip",
            "previewLine": "regel",
            "previewColumn": "kolom",
            "previewWarnings": "Daarnaast zijn er waarschuwingen: het commando spiegel check toont ze allemaal.",
            "relation-werkkaart-bijeenkomst": "Bijeenkomsten met deze werkkaart",
            "relation-spanningsveld-bijeenkomst": "Bijeenkomsten over dit spanningsveld",
            "relation-fase-bijeenkomst": "Bijeenkomsten in deze fase",
            "meetingAgenda": "Agenda",
            "meetingScript": "Draaiboek voor de facilitator",
            "meetingHandouts": "Werkbladen om af te drukken",
            "meetingPreparation": "Voorbereiden en klaarleggen",
            "meetingSteps": "Stappen",
            "meetingCue": "Om {tijd} afronden: nog {aantal} min.",
            "meetingDuration": "Duur",
            "meetingMinutes": "{aantal} minuten",
            "meetingStart": "Begint om",
            "meetingFor": "Voor",
            "meetingTime": "Tijd",
            "meetingPart": "Onderdeel",
            "meetingLead": "Leiding",
            "meetingAfterStart": "na {aantal} min.",
            "meetingQuestions": "Vragen",
            "meetingNotes": "Voor wie leidt",
            "meetingCase": "De casus",
            "meetingPrints": "Afdrukken voor de bijeenkomst",
            "meetingAgendaAbout": "Eén blad met de tijden, de onderdelen en wie ze leidt, voor op tafel.",
            "meetingScriptAbout": "Voor de facilitator: wat je klaarlegt, en per onderdeel het doel, de stappen, de vragen op volgorde en wanneer je afrondt.",
            "meetingPurposeOfPart": "Waarvoor",
            "meetingQuestionsInOrder": "Vragen, in deze volgorde",
            "meetingPDF": "PDF",
            "meetingDeck": "Kaarten",
            "meetingDeckAbout": "De werkkaarten en gekozen vragen als A6-kaarten, vier op een A4. Druk dubbelzijdig af en laat omslaan via de lange zijde; knip langs de snijtekens.",
            "deckSheetFront": "Vel {aantal}, voorkanten",
            "deckSheetBack": "Vel {aantal}, achterkanten",
            "deckCount": "{aantal} kaarten",
            "deckCardNumber": "kaart {nummer} van {aantal}",
            "deckQuestion": "Vraag",
            "deckFollowUp": "Doorvraagkaart",
            "deckFollowUpHow": "Stel deze vraag hardop als het gesprek aan de oppervlakte blijft, en laat de stilte daarna even duren.",
            "meetingHandout": "Werkbladen voor de deelnemers",
            "meetingHandoutAbout": "Per onderdeel één blad met ruimte om te schrijven en alleen de vragen voor de doelgroep van deze bijeenkomst; zonder naamveld.",
            "handoutPart": "Onderdeel {aantal}",
            "meetingPrivacy": "Casus en privacy",
            "meetingPrivacyAbout": "Voor een bijeenkomst met een casus: het sjabloon waarop de casusinbrenger de casus zonder herkenbare gegevens beschrijft, de regels daarvoor, de afspraak over vertrouwelijkheid voor de opening en wat er na afloop met flip-overs en aantekeningen gebeurt.",
            "caseTemplate": "Sjabloon voor de casusinbrenger",
            "caseTemplateIntro": "Vul dit vooraf in en neem het mee. Schrijf alleen initialen en leeftijden op, geen namen, adressen, scholen of andere gegevens waaraan iemand te herkennen is.",
            "caseInitials": "Initialen van de gezinsleden",
            "caseAges": "Leeftijden",
            "caseCourse": "Het verloop van de hulp tot nu toe",
            "caseQuestion": "Mijn leervraag aan de groep",
            "privacyRules": "Zo blijft de casus onherkenbaar",
            "privacyRule1": "Gebruik initialen of een verzonnen voornaam, nooit de echte naam van een gezinslid.",
            "privacyRule2": "Noem leeftijden, geen geboortedata; noem de wijk of de gemeente niet als die het gezin herkenbaar maakt.",
            "privacyRule3": "Laat namen van scholen, werkgevers, artsen en collega's weg; noem hun rol (de school, de huisarts).",
            "privacyRule4": "Laat bijzonderheden weg die niet nodig zijn voor de leervraag en waaraan iemand het gezin zou herkennen.",
            "privacyRule5": "Herkent iemand in de groep het gezin toch, dan zegt die dat meteen; samen beslis je of de bespreking doorgaat.",
            "privacyAgreement": "Afspraak over vertrouwelijkheid (voor de opening)",
            "privacyAgreementText": "Wat we vandaag over het gezin en over elkaar horen, blijft in deze ruimte. We bespreken de casus om ervan te leren, niet om te oordelen over het gezin of over collega's. Wie iets wil gebruiken buiten deze bijeenkomst, vraagt het eerst aan de casusinbrenger.",
            "privacyAfterwards": "Na afloop",
            "privacyAfter1": "De tijdlijn en andere flip-overs gaan na de bijeenkomst mee met de casusinbrenger of worden vernietigd; ze blijven niet hangen.",
            "privacyAfter2": "Foto's van flip-overs maak je alleen als ze geen herkenbare gegevens bevatten, en alleen met instemming van de groep.",
            "privacyAfter3": "Persoonlijke aantekeningen bevatten geen herkenbare gegevens; het verslag noemt alleen wat de groep leerde, niet het gezin.",
            "meetingPack": "Het hele pakket",
            "meetingPackAbout": "Alles in één PDF om af te drukken: de agenda, het draaiboek, bij een casus het sjabloon en de afspraken over privacy, de kaarten en de werkbladen voor de deelnemers, met een inhoudsopgave en paginanummers.",
            "meetingPackIntro": "Alles voor deze bijeenkomst op volgorde. Druk dubbelzijdig af; elk deel begint op een rechterbladzijde.",
            "leadFacilitator": "facilitator",
            "leadCaseHolder": "casusinbrenger",
            "leadEveryone": "iedereen",
            "previewBannerLabel": "Meldingen van de voorvertoning",
            "previewBannerErrors": "Fouten in de inhoud: {aantal}.",
            "previewBannerStale": "Je ziet de laatste versie die wel gebouwd kon worden; je wijzigingen verschijnen zodra de fouten verbeterd zijn.",
            "previewBannerSeeErrors": "Bekijk alle fouten",
            "previewBannerWarnings": "Waarschuwingen: {aantal}",
            "previewBannerMore": "en nog {aantal}; het commando spiegel check toont ze allemaal",
        ].merging(composerDutch) { own, _ in own },
        typeSingular: [
            .plateau: "Plateau", .organisationArea: "Organisatiegebied", .dimension: "Dimensie",
            .quadrant: "Samenwerkingskwadrant", .tensionField: "Spanningsveld", .workCard: "Werkkaart",
            .phase: "Fase", .worksheet: "Werkblad", .meeting: "Bijeenkomst", .source: "Bron", .page: "Pagina", .question: "Vraag",
        ],
        typePlural: [
            .plateau: "Plateaus", .organisationArea: "Organisatiegebieden", .dimension: "Dimensies",
            .quadrant: "Samenwerkingskwadranten", .tensionField: "Spanningsvelden", .workCard: "Werkkaarten",
            .phase: "Fasen van samen leren", .worksheet: "Werkbladen", .meeting: "Bijeenkomsten", .source: "Bronnen", .page: "Pagina's", .question: "Vragen",
        ],
        audience: [.professional: "Professionals", .director: "Bestuurders en beleidsmakers", .everyone: "Iedereen"],
        audienceSlug: [.professional: "professionals", .director: "bestuurders", .everyone: "iedereen"],
        audienceHeading: [.professional: "Voor professionals", .director: "Voor bestuurders en beleidsmakers",
                          .everyone: "Voor iedereen"],
        audienceInSentence: [.professional: "professionals", .director: "bestuurders en beleidsmakers", .everyone: "iedereen"],
        months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                 "november", "december"],
        timeZone: TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(secondsFromGMT: 3600)!
    )
}
