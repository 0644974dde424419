/// What Spiegel says about a file's front matter: the kop as a whole, the silent slips (valid YAML
/// that probably does not say what the editor meant) and each key's value.
extension Problem {
    var dutchAboutFrontMatter: (message: String, hint: String?) {
        switch self {
        case .frontMatterMissing:
            ("het bestand heeft geen kop, dus Spiegel maakt er geen pagina van",
             "begin het bestand met een regel '---', dan 'type: …' en 'titel: …', en dan weer een regel '---'")
        case .frontMatterUnclosed:
            ("de kop van het bestand wordt niet afgesloten", "sluit de kop af met een regel '---'")
        case .frontMatterNotKeys:
            ("de kop moet bestaan uit regels 'sleutel: waarde'",
             "schrijf bijvoorbeeld 'type: werkkaart' en 'titel: Een tijdlijn maken'")
        case .yaml(let cause, let subject):
            Self.dutch(cause, in: subject)
        case .duplicateKey(let keys, let subject):
            ("\(subject.dutch) noemt de sleutel \(Self.list(keys)) twee keer", "houd er één over")

        case .itemIndentedIntoText(let key, let previousLine, let indent, let expected, let text):
            ("deze regel begint met '- ' maar springt \(Self.spaces(indent)) in, verder dan het item op regel \(previousLine): "
                + "hij hoort nu bij de tekst van dat item in '\(key)'",
             (expected == 0 ? "is het een nieuw item, zet het streepje dan vooraan op de regel: "
                : "is het een nieuw item, laat de regel dan \(Self.spaces(expected)) inspringen: ")
                + "'\(String(repeating: " ", count: expected))\(text)'")
        case .dashInText(let key, let line):
            ("deze regel begint met '- ' maar springt verder in dan '\(key):' op regel \(line), en hoort daardoor bij de tekst van '\(key)'",
             "wil je een lijst, zet dan niets achter '\(key):' en elk item op een eigen regel die begint met '- '; "
                + "hoort het streepje bij de tekst, zet de hele tekst dan tussen aanhalingstekens")
        case .keyInsideText(let key, let owner, let indent, let expected):
            ("'\(key):' springt \(Self.spaces(indent)) in en staat daardoor in de tekst van '\(owner)', niet als eigen sleutel",
             "is '\(key)' een eigen sleutel, " + (expected == 0
                ? "zet '\(key):' dan vooraan op de regel, zonder spaties ervoor"
                : "laat de regel dan \(Self.spaces(expected)) inspringen"))
        case .quoteNotClosedOnLine(let quote, let endLine):
            ("deze tekst begint met \(quote) maar de regel eindigt er niet mee: de tekst loopt door tot regel \(endLine)",
             "sluit de tekst op dezelfde regel af met \(quote), of laat het eerste \(quote) weg")

        case .textCutByHash(let key, let kept, let text, let lead):
            ("voor YAML begint bij ' #' een opmerking, dus de rest van de regel valt weg: \(key.map { "'\($0)'" } ?? "dit item") is nu '\(kept)'",
             "zet de tekst tussen aanhalingstekens: '\(lead)\(key.map { $0 + ": " } ?? "")\(text.yamlQuoted)'")
        case .unknownType(let name, let nearest, let known):
            ("onbekend type '\(name)'", Self.didYouMean(nearest) ?? Self.oneOf(known))
        case .questionAsType:
            ("een vraag is geen bestand op zich", "zet vragen in de lijst 'vragen:' van een spanningsveld, werkkaart of pagina")
        case .invalidID(let id, let example, let fileNameFallback):
            ("'\(id)' kan geen id zijn",
             "een id bestaat uit kleine letters, cijfers en losse '-', bijvoorbeeld '\(example)'"
                + (fileNameFallback ? "; zonder 'id:' geldt de bestandsnaam" : ""))
        case .missingKey(let key, let subject):
            ("de sleutel '\(key)' ontbreekt in \(Self.this(subject))", "voeg een regel '\(key): …' toe")
        case .notText(let key, let found):
            ("'\(key)' moet een tekst zijn, niet \(found.dutch)", nil)
        case .emptyText(let key):
            ("'\(key)' is leeg", "schrijf de tekst achter '\(key): '")
        case .notWholeNumber(let key, let found):
            ("'\(key)' moet een heel getal zijn, niet \(found.dutch)", "schrijf bijvoorbeeld '\(key): 3'")
        case .outOfRange(let key, let range, let found):
            ("'\(key)' moet tussen \(range.lowerBound) en \(range.upperBound) liggen, niet \(found)", nil)
        case .notYesNo(let key, let found):
            ("'\(key)' moet ja of nee zijn, niet \(found.dutch)", "schrijf '\(key): ja' of '\(key): nee'")
        case .unknownAudience(let name, let nearest, let known):
            ("onbekende doelgroep '\(name)'", Self.didYouMean(nearest) ?? Self.oneOf(known))
        case .notList(let key, let found):
            ("'\(key)' moet een lijst zijn, niet \(found.dutch)", "zet elk item op een eigen regel die begint met '- '")
        case .listItemNotText(let key, let found):
            ("elk item van '\(key)' moet een tekst zijn, niet \(found.dutch)", nil)
        case .notRecordList(let key, let subject, let found):
            ("'\(key)' moet een lijst zijn met per item een \(subject), niet \(found.dutch)",
             "begin elk item met '- ' en zet de sleutels ervan eronder, even ver ingesprongen")
        case .recordNotKeys(let key, let subject):
            ("elk item van '\(key)' moet een \(subject) zijn met eigen sleutels",
             "schrijf '- id: …' en zet de andere sleutels eronder, even ver ingesprongen als 'id'")
        case .notPairs(let key, let found):
            ("'\(key)' moet bestaan uit regels 'naam: waarde', niet \(found.dutch)", nil)
        case .pairNotText(let key):
            ("elke regel onder '\(key)' moet 'naam: waarde' zijn", nil)
        case .unknownKey(let name, let subject, let nearest, let known):
            ("onbekende sleutel '\(name)' in \(Self.this(subject))",
             Self.didYouMean(nearest) ?? "sleutels die een \(subject) kent: \(known.joined(separator: ", "))")
        default:
            preconditionFailure("Problem+Dutch.swift sends \(code) to dutchAboutFrontMatter")
        }
    }
}
