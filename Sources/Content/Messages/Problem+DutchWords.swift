/// The words the Dutch messages share: suggestions, lists, sizes and articles as a Dutch reader
/// writes them.
extension Problem {
    static let originHint =
        "schrijf 'herkomst: eigen' voor een vraag die voor deze site geschreven is, of 'herkomst: <id van de bron>' voor een vraag uit een bron"

    static func didYouMean(_ nearest: String?) -> String? {
        nearest.map { "bedoel je '\($0)'?" }
    }

    /// "deze werkkaart", "dit blok": Dutch says `dit` before a neuter noun.
    static func this(_ noun: String) -> String {
        (neuterNouns.contains(noun) ? "dit " : "deze ") + noun
    }

    private static let neuterNouns: Set<String> = [
        "bestand", "blok", "onderdeel", "plateau", "organisatiegebied", "kwadrant", "spanningsveld", "werkblad",
    ]

    /// "5,3 MB", as a Dutch reader writes it.
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10),\(tenths % 10) MB"
    }

    static func oneOf(_ known: [String]) -> String {
        "kies een van: \(known.joined(separator: ", "))"
    }

    static func spaces(_ count: Int) -> String {
        count == 1 ? "1 spatie" : "\(count) spaties"
    }

    /// 'a', 'b' of 'c' (or: en 'c').
    static func list(_ words: [String], and: Bool = false) -> String {
        let quoted = words.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + (and ? " en " : " of ") + quoted.last!
    }
}

extension YAMLShape {
    var dutch: String {
        switch self {
        case .text(let text): "'\(text.prefix(40))'"
        case .list: "een lijst"
        case .keys: "een groep sleutels"
        case .alias: "een verwijzing (YAML-alias)"
        }
    }
}

extension YAMLSubject {
    var dutch: String {
        switch self {
        case .frontMatter: "de kop van het bestand"
        case .configuration: "spiegel.yml"
        }
    }
}
