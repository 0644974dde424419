import Content

/// The HTML of an item shown in another page's body (`Reuse`): its current text, and below it a
/// link back to its home. The body renderer puts it where the editor's link stood, so the
/// page, its worksheet and the PDF printed from it all show the same.
public enum ReusedItems {
    /// Makes each placement's HTML in the words of `strings`.
    public static func presenter(_ strings: UIStrings) -> Reuse.Presenter {
        { html(for: $0, strings: strings) }
    }

    static func html(for placement: Reuse.Placement, strings: UIStrings) -> String {
        let escape = Markup.escape
        let (kind, lead, content, audience): (String, String, String, Audience?) = switch placement.item {
        case .question(_, let text, let audience):
            ("question", "reusedQuestion", "<blockquote><p>\(escape(text))</p></blockquote>", audience)
        case .steps(let steps):
            ("steps", "reusedSteps", "<ol>" + steps.map { "<li>\(escape($0))</li>" }.joined() + "</ol>", nil)
        case .preparation(let items):
            ("preparation", "reusedPreparation", "<ul>" + items.map { "<li>\(escape($0))</li>" }.joined() + "</ul>", nil)
        case .poles(let poles):
            ("poles", "reusedPoles", "<dl>" + poles.map { pole in
                "<dt>\(escape(pole.name))</dt>" + (pole.explanation.map { "<dd>\(escape($0))</dd>" } ?? "")
            }.joined() + "</dl>", nil)
        }
        let whom = audience.flatMap { strings.audienceInSentence[$0] }
            .map { " (\(escape(strings["reusedAudience"].replacingOccurrences(of: "{wie}", with: $0))))" } ?? ""
        return "<figure class=\"reused reused-\(kind)\">\(content)<figcaption>\(escape(strings[lead])) "
            + "<a href=\"\(escape(placement.homeURL))\">\(escape(placement.homeTitle))</a>\(whom)</figcaption></figure>\n"
    }
}
