/// Gives every rendered heading its anchor id. cmark-gfm has no API for attributes, and with
/// raw HTML disabled every `<hN>` tag in its output comes from a heading node, in document order,
/// so the tags can be matched to the collected headings one by one.
enum HeadingAnchors {
    static func insert(_ headings: [MarkdownHeading], into html: String) -> String {
        guard !headings.isEmpty else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count + headings.count * 24)
        var rest = html[...]
        for heading in headings {
            let tag = "<h\(heading.level)>"
            guard let range = rest.range(of: tag) else { continue }
            out += rest[..<range.lowerBound]
            out += "<h\(heading.level) id=\"\(heading.anchor)\">"
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}
