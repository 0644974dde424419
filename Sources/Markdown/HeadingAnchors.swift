/// Gives every rendered heading its anchor id. cmark-gfm has no API for attributes, and with
/// raw HTML disabled every `<hN>` tag in its output comes from a heading node, in document order,
/// so the tags can be matched to the collected headings one by one.
enum HeadingAnchors {
    static func insert(_ headings: [MarkdownHeading], into bytes: [UInt8]) -> [UInt8] {
        guard !headings.isEmpty else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + headings.count * 24)
        var index = 0
        var lineStart = 0
        for heading in headings {
            // `<hN>`: cmark writes levels 1 to 6, each at the start of a line (it begins every
            // block on a new line), so only line starts are looked at, not every `<`.
            let tag = [UInt8(ascii: "<"), UInt8(ascii: "h"), UInt8(ascii: "0") + UInt8(clamping: heading.level), UInt8(ascii: ">")]
            guard let found = Self.line(startingWith: tag, in: bytes, from: &lineStart) else { continue }
            out += bytes[index..<found]
            out += tag[..<3]
            out += #" id=""#.utf8
            out += heading.anchor.utf8
            out += #"">"#.utf8
            index = found + tag.count
            lineStart = index
        }
        out += bytes[index...]
        return out
    }

    /// The first line start at or after `from` where `prefix` begins; `from` moves there.
    private static func line(startingWith prefix: [UInt8], in bytes: [UInt8], from: inout Int) -> Int? {
        var start = from
        while start < bytes.count {
            if bytes.count - start >= prefix.count, bytes[start..<start + prefix.count].elementsEqual(prefix) {
                from = start
                return start
            }
            guard let newline = ByteSearch.find([UInt8(ascii: "\n")], in: bytes, from: start) else { break }
            start = newline + 1
        }
        return nil
    }
}
