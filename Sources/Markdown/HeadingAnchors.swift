/// Gives every rendered heading its anchor id. cmark-gfm has no API for attributes, and with
/// raw HTML disabled every `<hN>` tag in its output comes from a heading node, in document order,
/// so the tags can be matched to the collected headings one by one.
enum HeadingAnchors {
    static func insert(_ headings: [MarkdownHeading], into bytes: [UInt8]) -> [UInt8] {
        guard !headings.isEmpty else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + headings.count * 24)
        var index = 0
        for heading in headings {
            // `<hN>`: cmark writes levels 1 to 6.
            let digit = UInt8(ascii: "0") + UInt8(clamping: heading.level)
            let tag = [UInt8(ascii: "<"), UInt8(ascii: "h"), digit, UInt8(ascii: ">")]
            guard let found = ByteSearch.find(tag, in: bytes, from: index) else { continue }
            out += bytes[index..<found]
            out += tag[..<3]
            out += #" id=""#.utf8
            out += heading.anchor.utf8
            out += #"">"#.utf8
            index = found + tag.count
        }
        out += bytes[index...]
        return out
    }
}
