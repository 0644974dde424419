/// What Spiegel says about what one entity names of another across the site (ids, references,
/// anchors, a worksheet's blocks), and the warnings about what a reader meets.
extension Problem {
    var dutchAboutRelations: (message: String, hint: String?) {
        switch self {
        case .duplicateID(let id, let otherFile, let otherLine, let isPart):
            ("de id '\(id)' komt twee keer voor: \(otherFile):\(otherLine) heeft hem ook",
             "elke id mag maar één keer voorkomen op de hele site; "
                + (isPart ? "geef dit onderdeel een andere id" : "geef een van beide een andere 'id:'"))
        case .overviewTwice(let type, let otherFile):
            ("twee pagina's zijn de inleiding van het overzicht '\(type)': deze en \(otherFile)",
             "laat 'overzicht: \(type)' op één van beide staan")
        case .drawingSheetTwice(let sheet, let otherFile):
            ("twee werkkaarten vragen om het tekenvel '\(sheet)': deze en \(otherFile)",
             "laat 'tekenvel: \(sheet)' op één van beide staan")
        case .idOfGeneratedWorksheet(let id, let owner):
            ("de id '\(id)' is van het werkblad dat Spiegel maakt voor \(owner.map { "'\($0)'" } ?? "deze pagina")",
             "geef dit bestand een andere naam of 'id:'")
        case .reservedWorksheetName(let id):
            ("een werkblad kan niet '\(id)' heten: werkbladen/\(id).html is \(id == "index" ? "het overzicht van de werkbladen" : "het werkboek")",
             "geef dit bestand een andere naam of 'id:'")
        case .unknownReference(let key, let id, let nearest, let isOrigin):
            ("'\(key)' noemt '\(id)', maar niets in de kennisbank heeft die id",
             Self.didYouMean(nearest) ?? (isOrigin ? Self.originHint : nil))
        case .wrongReferenceType(let key, let id, let type, let allowed, let nearest, let isOrigin):
            ("'\(id)' is een \(type), maar onder '\(key)' horen alleen ids van een \(allowed.joined(separator: " of "))",
             isOrigin ? Self.didYouMean(nearest) ?? Self.originHint : "zet de id bij de sleutel voor een \(type), of onder 'verwant'")
        case .missingAnchor(let anchor, let page, let nearest, let anchors):
            ("op '\(page)' staat geen kopje of vraag '#\(anchor)'",
             Self.didYouMean(nearest)
                ?? (anchors.isEmpty ? "die pagina heeft geen kopjes" : "wel op die pagina: \(anchors.sorted().prefix(8).joined(separator: ", "))"))
        case .unknownDimensionValue(let dimension, let value, let nearest, let values):
            ("dimensie '\(dimension)' heeft geen waarde '\(value)'",
             Self.didYouMean(nearest) ?? "de waarden zijn: \(values.joined(separator: ", "))")
        case .quadrantMissesDimension(let quadrant, let dimension):
            ("kwadrant '\(quadrant)' noemt geen waarde voor dimensie '\(dimension)'", "voeg '\(dimension): …' toe onder 'waarden:'")
        case .blockNamesNoID(let key):
            ("'\(key)' noemt geen id", "schrijf de ids als lijst, bijvoorbeeld '\(key): [id-1, id-2]'")
        case .blockUnknownID(let key, let id, let wanted, let nearest):
            ("'\(key)' noemt '\(id)', maar er is geen \(wanted) met die id", Self.didYouMean(nearest))
        case .blockWrongType(let key, let id, let type, let wanted, let nearest):
            ("'\(id)' is een \(type), maar onder '\(key)' hoort de id van een \(wanted)", Self.didYouMean(nearest))
        case .noQuestionsForSheet(let id):
            ("'\(id)' heeft geen vragen om op het werkblad te zetten", nil)
        case .cardWithoutSteps(let id):
            ("werkkaart '\(id)' heeft geen 'stappen'", nil)
        case .cardWithoutPreparation(let id):
            ("werkkaart '\(id)' heeft geen 'voorbereiding'", nil)

        case .sourceNotCited(let id):
            ("bron '\(id)' wordt nergens genoemd", "noem hem met 'bronnen: [\(id)]' waar hij gebruikt wordt, of haal hem weg")
        case .orphanPage(let id):
            ("geen enkele pagina linkt naar '\(id)'", "link ernaar vanaf een verwante pagina, of noem het onder 'verwant'")
        case .longParagraph(let characters):
            ("een alinea is \(characters) tekens lang", "splits hem: wie op een telefoon leest, raakt in lange alinea's de draad kwijt")
        default:
            preconditionFailure("Problem+Dutch.swift sends \(code) to dutchAboutRelations")
        }
    }
}
