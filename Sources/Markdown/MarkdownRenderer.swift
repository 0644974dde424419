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
        parse(sources, footnotes: nil)
    }

    /// `footnotes`: whether to parse with the footnote option; nil decides per text
    /// (`mayHoldFootnotes`). Tests force it, to show the choice changes nothing.
    static func parse(_ sources: [String?], footnotes: Bool?) -> [ParsedMarkdown?] {
        let prepared = sources.map { $0.map { source -> ([UInt8], SourceLines, footnotes: Bool) in
            let bytes = Array(source.utf8)
            return (bytes, SourceLines(bytes), footnotes ?? mayHoldFootnotes(bytes))
        } }
        lock.lock()
        let parsed = prepared.map { $0.map { parseLocked($0.0, footnotes: $0.footnotes) } }
        lock.unlock()
        return zip(parsed, prepared).map { parsed, prepared in
            guard let (html, walk) = parsed, let lines = prepared?.1 else { return nil }
            var finished = walk
            finished.finish(lines: lines)
            return ParsedMarkdown(html: html, links: finished.links, slotted: finished.slotted, headings: finished.headings,
                                  longestParagraph: finished.longestParagraph)
        }
    }

    /// Whether `bytes` could hold a footnote: a definition starts with `[^`, written as such,
    /// and a reference without a definition stays text. Without `[^` the option could only
    /// change a reference whose caret is escaped or a character reference (`[\^1]`, `[&#94;1]`),
    /// and Debian's cmark-gfm copies those by their length in the source, reading past the text
    /// into whatever memory follows: without the option they read as written.
    static func mayHoldFootnotes(_ bytes: [UInt8]) -> Bool {
        ByteSearch.find(footnoteMark, in: bytes, from: 0) != nil
    }

    private static let footnoteMark = Array("[^".utf8)

    /// cmark's part: parse, walk and render, under the lock. The footnote option costs cmark two
    /// more passes over the whole tree, so a text without footnotes is parsed without it.
    private static func parseLocked(_ bytes: [UInt8], footnotes: Bool) -> (html: [UInt8], walk: DocumentWalk) {
        cmark_gfm_core_extensions_ensure_registered()
        let options = CMARK_OPT_DEFAULT | (footnotes ? CMARK_OPT_FOOTNOTES : 0)
        let empty = ([UInt8](), DocumentWalk())
        guard let parser = cmark_parser_new(options) else { return empty }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
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
