import TemplateEngine

/// What Spiegel says about the templates: the folder, a template missing or not UTF-8, and a
/// template the engine cannot read.
extension Problem {
    var dutchAboutTemplates: (message: String, hint: String?) {
        switch self {
        case .templatesFolderMissing:
            ("de map met sjablonen bestaat niet",
             "start Spiegel in de map van de kennisbank (waar de map templates staat), of geef de map op met --templates MAP")
        case .templateNotUTF8:
            ("het sjabloon is niet opgeslagen als UTF-8", "sla het in je editor op als UTF-8")
        case .template(let kind):
            Self.dutch(kind)
        case .templateMissing(let name):
            ("het sjabloon '\(name)' ontbreekt", "kopieer het uit de map templates van Spiegel zelf")
        default:
            preconditionFailure("Problem+Dutch.swift sends \(code) to dutchAboutTemplates")
        }
    }

    /// A template the engine cannot read.
    private static func dutch(_ kind: TemplateError.Kind) -> (String, String?) {
        switch kind {
        case .closesUnopened(let name):
            ("{{/\(name)}} sluit een sectie die nergens geopend is", "haal het weg, of open de sectie ervoor met {{#\(name)}}")
        case .closesOther(let name, let open, let line, let column):
            ("{{/\(name)}} sluit '\(open)', die op regel \(line), kolom \(column) geopend is", "sluit eerst '\(open)' met {{/\(open)}}")
        case .sectionNeverClosed(let name):
            ("de sectie '\(name)' wordt nergens gesloten", "zet bij elke {{#sectie}} een {{/sectie}}")
        case .tagNeverClosed(let end):
            ("deze tag wordt niet gesloten: er staat geen '\(end)' achter", "sluit de tag af met \(end)")
        case .tagWithoutName:
            ("deze tag heeft geen naam", nil)
        case .nameWithSpaces(let content):
            ("'\(content)' is geen naam: een naam heeft geen spaties", nil)
        case .notPartialName(let content):
            ("'\(content)' is geen naam van een deelsjabloon", nil)
        case .badDelimiters(let content):
            ("'\(content)' stelt geen twee scheidingstekens in", "schrijf de twee scheidingstekens met een spatie ertussen, zoals {{=<% %>=}}")
        case .dynamicPartial:
            ("wisselende deelsjablonen ({{>*naam}}) kan Spiegel niet lezen", nil)
        case .inheritance:
            ("sjablonen die van elkaar erven ({{<ouder}}, {{$blok}}) kan Spiegel niet lezen", "gebruik deelsjablonen ({{> naam}})")
        case .pragma:
            ("pragma's ({{%...}}) kan Spiegel niet lezen", nil)
        case .transform(let content):
            ("bewerkingen zoals '\(content)' kan Spiegel niet lezen", nil)
        }
    }
}
