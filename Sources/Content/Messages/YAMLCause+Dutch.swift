import Foundation

/// What each YAML cause says, with the line as the editor should type it.
extension Problem {
    static func dutch(_ cause: YAMLCause, in subject: YAMLSubject) -> (message: String, hint: String?) {
        switch cause {
        case .tab(let line, let text):
            ("regel \(line) springt in met een tab, en YAML kent alleen spaties",
             "vervang de tab door spaties: '\(text.replacingTabs)'")
        case .indentation(let isItem, let line, let text, let neighbourLine, let neighbour, let expected):
            (isItem
                ? "dit item springt anders in dan het item erboven: regel \(neighbourLine) '\(neighbour)', regel \(line) '\(text)'"
                : "deze sleutel springt anders in dan de sleutel erboven: regel \(neighbourLine) '\(neighbour)', regel \(line) '\(text)'",
             (expected == 0 ? "zet regel \(line) vooraan, zonder spaties, net als regel \(neighbourLine): "
                : "laat regel \(line) \(spaces(expected)) inspringen, net als regel \(neighbourLine): ")
                + "'\(String(repeating: " ", count: expected))\(text.drop { $0 == " " })'")
        case .colonInText(let line, let key, let value, let indent):
            ((key.map { "de tekst van '\($0)'" } ?? "de tekst van dit item") + " op regel \(line) bevat ': ', en YAML leest dat als een nieuwe sleutel",
             "zet de tekst tussen aanhalingstekens: '\(indent)\(key.map { $0 + ": " } ?? "")\(value.yamlQuoted)'")
        case .missingSpaceAfterDash(let line, let text):
            ("op regel \(line) ontbreekt de spatie na het streepje", "schrijf '- \(text)'")
        case .missingSpaceAfterColon(let line, let key, let value):
            ("op regel \(line) ontbreekt de spatie na '\(key):'", "schrijf '\(key): \(value)'")
        case .missingDash(let line, let text, let indent):
            ("regel \(line) staat in een lijst maar begint niet met '- '",
             "schrijf '\(String(repeating: " ", count: indent))- \(text.drop { $0 == " " })'")
        case .specialFirstCharacter(let line, let key, let value, let indent):
            ("de tekst van '\(key)' op regel \(line) begint met '\(value.prefix(1))', en dat teken betekent in YAML iets anders",
             "zet de tekst tussen aanhalingstekens: '\(indent)\(key): \(value.yamlQuoted)'")
        case .quoteInsideQuotes(let line, let key, let value, let indent):
            ("de tekst op regel \(line) staat tussen \(value.prefix(1)) en bevat zelf ook een \(value.prefix(1)), zodat hij te vroeg ophoudt",
             "zet de tekst tussen de andere soort aanhalingstekens: '\(indent)\(key.map { $0 + ": " } ?? "")"
                + "\(value.last == value.first ? value.yamlRequoted : value.yamlQuoted)'")
        case .unclosedQuote(let line, let quote):
            ("de tekst op regel \(line) begint met \(quote) maar wordt niet afgesloten",
             "zet aan het eind van de tekst ook een \(quote)")
        case .unclosedBracket(let line, let open):
            (open == "["
                ? "de lijst op regel \(line) begint met '[' maar sluit niet af met ']'"
                : "de groep op regel \(line) begint met '{' maar sluit niet af met '}'",
             open == "[" ? "zet ']' aan het eind, of schrijf elk item op een eigen regel die begint met '- '" : "zet '}' aan het eind")
        case .other:
            ("\(subject.dutch) is op deze plek geen geldige YAML",
             "kijk of de regels even ver inspringen als de regels erboven, en zet een tekst met ': ' of ' #' tussen aanhalingstekens")
        }
    }
}

/// Texts as the editor should type them in YAML.
extension StringProtocol {
    var replacingTabs: String { String(self).replacingOccurrences(of: "\t", with: "  ") }

    /// A quoted text in the other quotes: `"Hij zei "ja""` becomes `'Hij zei "ja"'`.
    var yamlRequoted: String {
        let inner = dropFirst().dropLast()
        return first == "\"" ? "'" + inner.replacingOccurrences(of: "'", with: "''") + "'" : "\"" + inner.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// In double quotes, or in single quotes when the text holds a double quote.
    var yamlQuoted: String {
        contains("\"") ? "'" + replacingOccurrences(of: "'", with: "''") + "'" : "\"" + self + "\""
    }
}
