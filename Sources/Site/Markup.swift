import TemplateEngine

/// Text that Spiegel writes into HTML, SVG or XML itself rather than through a template (diagrams,
/// the handbook's reference, the feed, the preview's error pages): `&`, `<`, `>` and `"` as
/// entities, so that a text can end neither an element nor a quoted attribute. One function for
/// all of them, so that a page, a diagram and the feed escape alike, with the templates' escaping.
public enum Markup {
    public static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        HTMLEscape.append(text, to: &out, apostrophes: false)
        return String(decoding: out, as: UTF8.self)
    }
}
