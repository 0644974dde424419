/// The likely cause of a YAML error, read from the offending line and its neighbours
/// (`YAMLProblem.cause`); each says what the editor should type.
public enum YAMLCause: Sendable, Equatable {
    /// A line indented with a tab.
    case tab(line: Int, text: String)
    /// A list item (`- …`) or key (`naam: …`) indented differently from the one above it at the
    /// same level: `expected` spaces, as in `neighbourLine`.
    case indentation(isItem: Bool, line: Int, text: String, neighbourLine: Int, neighbour: String, expected: Int)
    /// `key: text: more` — a colon and a space inside a text that is not in quotes; `key` is nil
    /// for a list item's text, `indent` what precedes the key or text (`"  - "`).
    case colonInText(line: Int, key: String?, value: String, indent: String)
    /// `-tekst` where a list item `- tekst` was meant.
    case missingSpaceAfterDash(line: Int, text: String)
    /// `key:waarde` where `key: waarde` was meant.
    case missingSpaceAfterColon(line: Int, key: String, value: String)
    /// A line in a list that does not start with `- `.
    case missingDash(line: Int, text: String, indent: Int)
    /// `titel: *Let op* dit`: a text starting with a character YAML reads as its own.
    case specialFirstCharacter(line: Int, key: String, value: String, indent: String)
    /// `"Hij zei "ja" en ging"` or `"Tijd" voor elkaar`: a quote inside a text in the same quotes,
    /// or text after the closing one.
    case quoteInsideQuotes(line: Int, key: String?, value: String, indent: String)
    /// A text that opens with a quote and is never closed.
    case unclosedQuote(line: Int, quote: Character)
    /// `[a, b` or `{a: b` without its closing bracket.
    case unclosedBracket(line: Int, open: Character)
    /// None of the above: the position alone.
    case other

    var name: String {
        switch self {
        case .tab: "tab"
        case .indentation(let isItem, _, _, _, _, _): isItem ? "itemIndentation" : "keyIndentation"
        case .colonInText: "colonInText"
        case .missingSpaceAfterDash: "missingSpaceAfterDash"
        case .missingSpaceAfterColon: "missingSpaceAfterColon"
        case .missingDash: "missingDash"
        case .specialFirstCharacter: "specialFirstCharacter"
        case .quoteInsideQuotes: "quoteInsideQuotes"
        case .unclosedQuote: "unclosedQuote"
        case .unclosedBracket: "unclosedBracket"
        case .other: "other"
        }
    }
}
