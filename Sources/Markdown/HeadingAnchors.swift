/// Gives every rendered heading its anchor id. cmark-gfm has no API for attributes, and with
/// raw HTML disabled every `<hN>` tag in its output comes from a heading node, in document order,
/// so the tags can be matched to the collected headings one by one.
enum HeadingAnchors {
    static func insert(_ headings: [MarkdownHeading], into html: String) -> String {
        guard !headings.isEmpty else { return html }
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + headings.count * 24)
        var index = 0
        for heading in headings {
            let tag = Array("<h\(heading.level)>".utf8)
            guard let found = ByteSearch.find(tag, in: bytes, from: index) else { continue }
            out += bytes[index..<found]
            out += Array("<h\(heading.level) id=\"\(heading.anchor)\">".utf8)
            index = found + tag.count
        }
        out += bytes[index...]
        return String(decoding: out, as: UTF8.self)
    }
}
