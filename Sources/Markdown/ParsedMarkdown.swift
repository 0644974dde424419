import CCmarkGFM

/// A document cmark-gfm has parsed and rendered, whose link destinations are still open: each
/// safe link's `href` (or image's `src`) in `html` is a slot the caller fills with `resolve`.
/// Parsing needs the process-wide cmark lock; resolving does not, so the caller may parse before
/// it knows where links lead (before every file of the site is read) and decide afterwards on
/// all cores.
public struct ParsedMarkdown: Sendable {
    let html: [UInt8]
    /// Every link and image destination in source order, as the author wrote it.
    public let links: [MarkdownLink]
    /// For each link, whether it has a slot; unsafe links were already unwrapped while parsing.
    let slotted: [Bool]
    public let headings: [MarkdownHeading]
    public let longestParagraph: Int

    /// The final HTML: every slot filled as `rewrite` decides, escaped as cmark escapes URLs.
    /// `rewrite` sees every safe link (unsafe ones, such as `javascript:` or `data:`, are gone).
    public func resolve(_ rewrite: (MarkdownLink) -> LinkRewrite = { _ in .keep }) -> RenderedMarkdown {
        // Asked for every safe link in source order, also for one whose URL never reaches the
        // HTML (a link inside an image's alt text), as the walk used to ask.
        let decisions = links.indices.map { slotted[$0] ? rewrite(links[$0]) : LinkRewrite.remove }
        var out: [UInt8] = []
        out.reserveCapacity(html.count + links.count * 16)
        // Closing tags of removed links, to leave out when the text around them is copied.
        var dropped: [Int] = []
        func copy(_ range: Range<Int>) {
            var start = range.lowerBound
            for close in dropped where range.contains(close) {
                out += html[start..<close]
                start = close + 4
            }
            out += html[start..<range.upperBound]
        }
        var index = 0
        let prefix = LinkSlot.prefix
        var from = 0
        while let found = ByteSearch.find(prefix, in: html, from: from) {
            // A slot is a whole attribute value, `href="…"` or `src="…"`, that cmark wrote; the
            // same letters anywhere else are the author's text (only a fuzzer that watches this
            // process compare bytes has ever written them) and stay as they are.
            var end = found + prefix.count
            var slot = 0
            while end < html.count, html[end] >= UInt8(ascii: "0"), html[end] <= UInt8(ascii: "9"), slot < links.count {
                slot = slot * 10 + Int(html[end] - UInt8(ascii: "0"))
                end += 1
            }
            let opened = html[..<found].hasSuffix("href=\"".utf8) || html[..<found].hasSuffix("src=\"".utf8)
            guard opened, end > found + prefix.count, end < html.count, html[end] == UInt8(ascii: "\""),
                  slot < links.count, slotted[slot] else {
                from = found + 1
                continue
            }
            from = end
            switch decisions[slot] {
            case .keep, .replace:
                copy(index..<found)
                let url = if case .replace(let url) = decisions[slot] { url } else { links[slot].destination }
                HrefEscape.append(url, to: &out)
                index = end
            case .remove:
                // Drop the tag that holds the slot; a link keeps its text, an image its alt text.
                let tagStart = html[..<found].lastIndex(of: UInt8(ascii: "<")) ?? found
                let tagEnd = (html[end...].firstIndex(of: UInt8(ascii: ">")) ?? html.count - 1) + 1
                copy(index..<tagStart)
                if html[tagStart...].starts(with: "<img".utf8) {
                    out += LinkSlot.attribute("alt", in: html[tagStart..<tagEnd])
                } else if let close = ByteSearch.find(Array("</a>".utf8), in: html, from: tagEnd) {
                    // Links cannot nest, so the next closing tag is this link's.
                    dropped.append(close)
                }
                index = tagEnd
                from = tagEnd
            }
        }
        copy(index..<html.count)
        return RenderedMarkdown(html: String(decoding: HeadingAnchors.insert(headings, into: out), as: UTF8.self), links: links,
                                headings: headings, longestParagraph: longestParagraph)
    }
}

private extension ArraySlice<UInt8> {
    func hasSuffix(_ suffix: String.UTF8View) -> Bool {
        count >= suffix.count && self.suffix(suffix.count).elementsEqual(suffix)
    }
}

/// The placeholder written as a link's URL while cmark renders: a prefix no author can guess
/// (it carries a number drawn at random once per process) and the link's index. Letters, digits
/// and hyphens pass cmark's URL escaping unchanged.
enum LinkSlot {
    static let prefix: [UInt8] = Array("spiegel-slot-\(UInt64.random(in: 1...UInt64.max))-".utf8)

    /// The placeholder for link `index`, as the C string cmark takes (made without a `String`:
    /// this runs under the lock for every link).
    static func withURL<T>(_ index: Int, _ body: (UnsafePointer<CChar>) -> T) -> T {
        let bytes = prefix + Array(String(index).utf8) + [0]
        return bytes.withUnsafeBufferPointer { body(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self)) }
    }

    /// The value of `name="…"` in one tag, still escaped as cmark wrote it.
    static func attribute(_ name: String, in tag: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let key = Array(" \(name)=\"".utf8)
        let tag = Array(tag)
        guard let start = ByteSearch.find(key, in: tag, from: 0) else { return [] }
        let valueStart = start + key.count
        let valueEnd = tag[valueStart...].firstIndex(of: UInt8(ascii: "\"")) ?? tag.count
        return tag[valueStart..<valueEnd]
    }
}

/// cmark's own URL escaping (`houdini_escape_href`), so a filled slot reads exactly as if cmark had
/// rendered the URL itself. It is a pure function of its arguments: unlike parsing, it touches
/// none of the library's global tables, so it runs outside the lock.
enum HrefEscape {
    static func append(_ url: String, to out: inout [UInt8]) {
        var bytes = Array(url.utf8)
        guard !bytes.isEmpty else { return }
        var buffer = cmark_strbuf()
        cmark_strbuf_init(cmark_get_default_mem_allocator(), &buffer, 0)
        defer { cmark_strbuf_free(&buffer) }
        bytes.withUnsafeMutableBufferPointer { _ = houdini_escape_href(&buffer, $0.baseAddress, bufsize_t($0.count)) }
        out += UnsafeBufferPointer(start: buffer.ptr, count: Int(buffer.size))
    }
}
