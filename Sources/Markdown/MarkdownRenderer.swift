import CCmarkGFM
import Foundation

/// Parses and renders Markdown with cmark-gfm: GFM tables, strikethrough, autolinks, tag filter,
/// task lists and footnotes. Raw HTML is never passed through.
///
/// Debian's libcmark-gfm mutates global tables (the extension registry, the inline parser's
/// special-character table) on every parse, so two parses at once corrupt each other's output.
/// Every call into the library therefore happens under one process-wide lock; callers may call
/// `render` from any thread and parallelise everything around it.
public enum MarkdownRenderer {
    private static let lock = NSLock()
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Renders `source`. `rewrite` sees every safe link and image destination (unsafe ones,
    /// such as `javascript:` or `data:`, are removed before it is asked) and decides what
    /// reaches the HTML.
    public static func render(
        _ source: String,
        rewrite: (MarkdownLink) -> LinkRewrite = { _ in .keep }
    ) -> RenderedMarkdown {
        parse(source).resolve(rewrite)
    }

    /// Parses and renders `source` with every link destination left open, to be decided later by
    /// `ParsedMarkdown.resolve`, which needs no lock. Only cmark's own calls and the walk that
    /// must see its tree run under the lock.
    public static func parse(_ source: String) -> ParsedMarkdown {
        parse([source])[0]!
    }

    /// `parse` for many documents under one hold of the lock; nil sources give nil.
    public static func parse(_ sources: [String?]) -> [ParsedMarkdown?] {
        parse(sources, forcing: nil)
    }

    /// `forcing`: the features to parse every text with; nil decides per text (`Features(of:)`).
    /// Tests force them, to show the choice changes nothing.
    static func parse(_ sources: [String?], forcing: Features?) -> [ParsedMarkdown?] {
        let prepared = sources.map { $0.map { source -> ([UInt8], SourceLines, Features) in
            let bytes = Array(source.utf8)
            return (bytes, SourceLines(bytes), forcing ?? Features(of: bytes))
        } }
        lock.lock()
        let parsed = prepared.map { $0.map { parseLocked($0.0, $0.2) } }
        lock.unlock()
        return zip(parsed, prepared).map { parsed, prepared in
            guard let (html, walk) = parsed, let lines = prepared?.1 else { return nil }
            var finished = walk
            finished.finish(lines: lines)
            return ParsedMarkdown(html: html, links: finished.links, slotted: finished.slotted, headings: finished.headings,
                                  longestParagraph: finished.longestParagraph)
        }
    }

    /// The two costly features a text may not need. Each costs cmark passes over the whole tree
    /// under the lock (7,000 and 11,000 instructions a page); a text that cannot use one parses
    /// to the same tree without it.
    struct Features: Equatable {
        var footnotes: Bool
        var autolinks: Bool

        static let all = Features(footnotes: true, autolinks: true)
    }

    /// cmark's part: parse, walk and render, under the lock.
    private static func parseLocked(_ bytes: [UInt8], _ features: Features) -> (html: [UInt8], walk: DocumentWalk) {
        cmark_gfm_core_extensions_ensure_registered()
        let options = CMARK_OPT_DEFAULT | (features.footnotes ? CMARK_OPT_FOOTNOTES : 0)
        let empty = ([UInt8](), DocumentWalk())
        guard let parser = cmark_parser_new(options) else { return empty }
        defer { cmark_parser_free(parser) }
        for name in extensionNames where features.autolinks || name != "autolink" {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return empty }
        defer { cmark_node_free(document) }

        var walk = DocumentWalk.run(document)
        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let rendered = cmark_render_html(document, options, extensions) else {
            walk.longestParagraph = 0
            return ([], walk)
        }
        defer { free(rendered) }
        let html = Array(UnsafeBufferPointer(start: UnsafeRawPointer(rendered).assumingMemoryBound(to: UInt8.self), count: strlen(rendered)))
        return (html, walk)
    }
}

extension MarkdownRenderer.Features {
    /// What `bytes` may need.
    ///
    /// Footnotes: a definition starts with `[^`, written as such, and a reference without a
    /// definition stays text. Without `[^` the option could only change a reference whose
    /// caret is escaped or a character reference (`[\^1]`, `[&#94;1]`), which Debian's
    /// cmark-gfm copies by its length in the source, reading past the text into whatever
    /// memory follows: without the option they read as written.
    ///
    /// Autolinks: an address is found at a `:` (`https://`) or a `www.` as written, an e-mail
    /// address at an `@`, also one written as a character reference (`&#64;`).
    init(of bytes: [UInt8]) {
        footnotes = ByteSearch.find(Self.footnoteMark, in: bytes, from: 0) != nil
        autolinks = ByteSearch.contains(UInt8(ascii: ":"), in: bytes) || ByteSearch.contains(UInt8(ascii: "@"), in: bytes)
            || ByteSearch.contains(UInt8(ascii: "&"), in: bytes) || Self.hasWWW(bytes)
    }

    private static let footnoteMark = Array("[^".utf8)

    /// `www.` in any case, found from its dots.
    private static func hasWWW(_ bytes: [UInt8]) -> Bool {
        var from = 3
        while from < bytes.count, let dot = bytes[from...].firstIndex(of: UInt8(ascii: ".")) {
            if bytes[(dot - 3)..<dot].allSatisfy({ $0 | 0x20 == UInt8(ascii: "w") }) { return true }
            from = dot + 1
        }
        return false
    }
}
