/// What Spiegel says about `spiegel.yml`: its keys, and the organisation's colours, logo and font.
extension Problem {
    var dutchAboutConfiguration: (message: String, hint: String?) {
        switch self {
        case .configurationNotUTF8:
            ("de instellingen zijn niet opgeslagen als UTF-8", "sla het bestand in je editor op als UTF-8")
        case .configurationNotKeys:
            ("de instellingen moeten regels 'sleutel: waarde' zijn", "schrijf bijvoorbeeld 'naam: Leren over vastgelopen hulp'")
        case .settingNotText:
            ("elke instelling moet 'sleutel: tekst' zijn", nil)
        case .unknownSetting(let name, let nearest, let known):
            ("onbekende instelling '\(name)'",
             "bekende instellingen: \(known.joined(separator: ", "))" + (Self.didYouMean(nearest).map { "; " + $0 } ?? ""))
        case .colourReadAsComment(let key):
            ("'\(key)' heeft geen waarde: zonder aanhalingstekens leest YAML alles vanaf # als commentaar",
             "zet de kleur tussen aanhalingstekens, bijvoorbeeld \(key): \"#1f5f8b\"")
        case .colourNotHex(let key, let text):
            ("'\(text)' is geen kleur voor '\(key)'",
             "schrijf de kleur als # met zes hexadecimale cijfers, tussen aanhalingstekens, bijvoorbeeld \(key): \"#1f5f8b\"")
        case .lowContrast(let key, let colour, let background, let surface, let dark, let isText, let ratio, let minimum, let suggestion):
            ((isText ? "tekst in '\(key)' (\(colour)) is slecht te lezen op " : "de focusrand en lijnen in '\(key)' (\(colour)) vallen weg tegen ")
                + "\(Self.dutch(surface)) (\(background), \(dark ? "donkere" : "lichte") modus): "
                + "contrast \(Self.ratio(ratio)):1, minimaal \(Self.ratio(minimum)):1",
             "kies een \(dark ? "lichtere" : "donkerdere") kleur"
                + (suggestion.map { ", bijvoorbeeld \"\($0)\" (dezelfde tint, net genoeg contrast)" } ?? "")
                + (dark ? "; zonder '\(key)' maakt Spiegel zelf een kleur voor de donkere modus" : ""))
        case .logoMissing(let path):
            ("het logo '\(path)' bestaat niet",
             "geef het pad vanaf de map waar spiegel.yml staat, bijvoorbeeld 'logo: huisstijl/logo.svg'")
        case .logoNotPicture(let path, let allowed):
            ("het logo '\(path)' is geen afbeelding die een browser toont", "gebruik een bestand van de soort \(allowed.joined(separator: ", "))")
        case .fontNotFamilyList(let text):
            ("'\(text)' is geen lijst van lettertypen",
             "noem lettertypen gescheiden door komma's, met een algemene familie als laatste, bijvoorbeeld lettertype: \"Source Sans 3, Arial, sans-serif\"")
        default:
            preconditionFailure("Problem+Dutch.swift sends \(code) to dutchAboutConfiguration")
        }
    }

    /// Where on the site a colour stands.
    private static func dutch(_ surface: LookSurface) -> String {
        switch surface {
        case .page: "de achtergrond van de pagina's"
        case .card: "de kop, de kaarten en de kaders"
        case .highlight: "gemarkeerde vragen, labels en citaten"
        case .sheet: "het werkblad"
        case .sheetBar: "de balk boven een werkblad op het scherm"
        }
    }

    /// A contrast ratio as the Dutch write it, cut (not rounded) to one decimal: 4,47 reads
    /// "4,4", never a "4,5" that still fails.
    private static func ratio(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded(.down))
        return "\(tenths / 10),\(tenths % 10)"
    }
}
