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
    /// reaches the HTML. It is called while the lock is held, so it must not call back in.
    public static func render(
        _ source: String,
        rewrite: (MarkdownLink) -> LinkRewrite = { _ in .keep }
    ) -> RenderedMarkdown {
        // Only cmark's own calls and the walk that must see its tree run under the lock; copying
        // the source and placing heading anchors happen outside, where other threads can run them.
        let bytes = Array(source.utf8)
        let lines = SourceLines(bytes)
        lock.lock()
        var rendered = renderLocked(bytes, lines: lines, rewrite: rewrite)
        lock.unlock()
        rendered.html = HeadingAnchors.insert(rendered.headings, into: rendered.html)
        return rendered
    }

    private static func renderLocked(_ bytes: [UInt8], lines: SourceLines, rewrite: (MarkdownLink) -> LinkRewrite) -> RenderedMarkdown {
        cmark_gfm_core_extensions_ensure_registered()
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES
        guard let parser = cmark_parser_new(options) else {
            return RenderedMarkdown(html: "", links: [], headings: [], longestParagraph: 0)
        }
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
        guard let document = cmark_parser_finish(parser) else {
            return RenderedMarkdown(html: "", links: [], headings: [], longestParagraph: 0)
        }
        defer { cmark_node_free(document) }

        let walk = DocumentWalk.run(document, lines: lines, rewrite: rewrite)
        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let rendered = cmark_render_html(document, options, extensions) else {
            return RenderedMarkdown(html: "", links: walk.links, headings: walk.headings, longestParagraph: 0)
        }
        defer { free(rendered) }
        return RenderedMarkdown(html: String(cString: rendered), links: walk.links, headings: walk.headings,
                                longestParagraph: walk.longestParagraph)
    }
}
