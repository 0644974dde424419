/// What Spiegel says when a type's keys do not fit together: the origin and audience of questions
/// and examples, a worksheet's blocks, a meeting's parts and minutes, a tension field's poles.
extension Problem {
    var dutchAboutTypes: (message: String, hint: String?) {
        switch self {
        case .questionWithoutOrigin(let question):
            ("vraag '\(question)' heeft geen 'herkomst'", Self.originHint)
        case .originNeitherOwnNorSource(let value):
            ("'\(value)' is niet 'eigen' en ook niet de id van een bron",
             "schrijf 'herkomst: eigen' of 'herkomst: <id van de bron>'; zet de pagina of het hoofdstuk in 'plaats:'")
        case .placeOnOwnQuestion:
            ("'plaats' hoort bij een vraag uit een bron, niet bij een eigen vraag",
             "haal 'plaats' weg, of noem de bron bij 'herkomst'")
        case .questionWithoutAudience:
            ("deze vraag heeft geen 'doelgroep'",
             "voeg 'doelgroep: professional', 'bestuurder' of 'iedereen' toe, dan staat de vraag ook in de overzichten per doelgroep")

        case .exampleWithoutOrigin(let heading, let index):
            ("voorbeeld \(heading.map { "'\($0)'" } ?? "\(index)") heeft geen 'herkomst'",
             "schrijf 'herkomst: eigen' voor een voorbeeld dat voor deze site bedacht is, of 'herkomst: <id van de bron>' (en 'plaats: …') voor een voorbeeld uit een bron")
        case .placeOnOwnExample:
            ("'plaats' hoort bij een voorbeeld uit een bron, niet bij een eigen voorbeeld",
             "haal 'plaats' weg, of noem de bron bij 'herkomst'")
        case .exampleHeadingNotFound(let heading, let nearest, let headings):
            ("'kop' noemt '\(heading)', maar de tekst heeft geen tussenkop met die woorden",
             Self.didYouMean(nearest) ?? (headings.isEmpty
                ? "de tekst heeft geen tussenkoppen: laat 'kop' weg als de hele pagina het voorbeeld is"
                : "tussenkoppen in de tekst: \(headings.prefix(8).joined(separator: "; "))"))
        case .exampleHeadingWithoutOrigin(let heading):
            ("de tussenkop '\(heading)' leidt een voorbeeld of casus in, maar 'voorbeelden:' zegt niet waar het vandaan komt",
             "zet in de kop 'voorbeelden:' met '- kop: \(heading)' en 'herkomst: eigen' of 'herkomst: <id van de bron>'")

        case .unknownOverview(let name, let nearest, let known):
            ("'overzicht' noemt '\(name)', maar daarvan bestaat geen overzicht", Self.didYouMean(nearest) ?? Self.oneOf(known))
        case .worksheetWithoutBlocks:
            ("een werkblad heeft minstens één blok nodig", "zet onder 'blokken:' bijvoorbeeld '- vragen: [doorgaan-en-vertragen-1]'")
        case .blockWithSeveralContents(let keys, let found):
            ("een blok heeft één van \(Self.list(keys)); dit blok heeft \(Self.list(found, and: true))",
             "begin voor elk ervan een nieuw blok ('- …')")
        case .emptyBlock(let keys):
            ("dit blok zet niets op het werkblad",
             "geef het een van \(Self.list(keys)), of 'schrijfruimte: 6' voor een vak om in te schrijven")
        case .writingSpaceMisplaced:
            ("'schrijfruimte' hoort bij 'vragen' of 'tekst', of staat in een blok apart",
             "zet 'schrijfruimte: …' in een nieuw blok onder dit blok")
        case .blockNamesSeveralIDs(let key, let count):
            ("'\(key)' noemt één id, maar hier staan er \(count)", "maak een blok per id")
        case .notClockTime(let text):
            ("'\(text)' is geen tijd", "schrijf de begintijd als uu:mm, bijvoorbeeld \"13:30\" (met aanhalingstekens)")
        case .meetingMinutesDoNotAddUp(let parts, let duration):
            ("de onderdelen duren samen \(parts) minuten, de bijeenkomst \(duration): \(abs(parts - duration)) minuten \(parts > duration ? "te veel" : "over")",
             parts > duration ? "maak onderdelen korter, of zet 'duur: \(parts)'" : "geef een onderdeel meer minuten, voeg er een toe (een pauze, een afsluiting), of zet 'duur: \(parts)'")
        case .unknownLead(let name, let nearest, let known):
            ("onbekende leiding '\(name)'", Self.didYouMean(nearest) ?? Self.oneOf(known))
        case .unknownDrawingSheet(let name, let nearest, let known):
            ("onbekend tekenvel '\(name)'", Self.didYouMean(nearest) ?? Self.oneOf(known))
        case .meetingPartWithSeveralSources(let keys, let found):
            ("een onderdeel noemt één van \(Self.list(keys)); dit onderdeel noemt \(Self.list(found, and: true))",
             "maak voor elk ervan een eigen onderdeel ('- …')")
        case .meetingPartWithoutSource(let keys):
            ("dit onderdeel zegt niet wat er gebeurt",
             "noem \(Self.list(keys)) op id, of geef het een eigen 'titel:' (en 'tekst:'), zoals een opening of pauze")
        case .questionNotOfPart(let question, let part, let parent):
            ("de vraag '\(question)' hoort niet bij '\(part)'" + (parent.map { " maar bij '\($0)'" } ?? ""),
             "noem hier alleen vragen van '\(part)', of maak een onderdeel met '\(parent ?? "de pagina van die vraag")'")
        case .poleCount(let found):
            ("een spanningsveld heeft precies twee polen, hier \(found == 1 ? "staat er 1" : "staan er \(found)")",
             "zet twee items onder 'polen:', elk met 'naam:' en 'uitleg:'")
        case .handbookChapterNotPage(let type):
            ("een hoofdstuk van de handleiding moet een pagina zijn, geen \(type)", "schrijf 'type: pagina'")
        default:
            preconditionFailure("Problem+Dutch.swift sends \(code) to dutchAboutTypes")
        }
    }
}
