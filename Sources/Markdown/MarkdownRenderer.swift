import CCmarkGFM
import CmarkArena
import Foundation

/// Parses and renders Markdown with cmark-gfm: GFM tables, strikethrough, autolinks, tag filter,
/// task lists and footnotes. Raw HTML is never passed through.
///
/// Each link's destination is decided while cmark's tree is still open (`decide`): the final URL
/// is set on the node (`cmark_node_set_url`) before the HTML is rendered, so cmark escapes it as
/// its own and nothing is looked for in the HTML afterwards.
public enum MarkdownRenderer {
    /// Renders one document; `rewrite` decides each safe link (tests, the handbook's reference).
    public static func render(
        _ source: String, rewrite: @escaping @Sendable (MarkdownLink) -> LinkRewrite = { _ in .keep }
    ) async -> RenderedMarkdown {
        await render([source]) { _, link in (rewrite(link), ()) }[0]!.markdown
    }

    /// Renders many documents in one turn at cmark (nil sources give nil). `decide` sees every
    /// safe link in source order with its document's index and says what reaches the HTML, plus a
    /// note the caller gets back beside the link (unsafe links, such as `javascript:`, are removed
    /// without asking, and have no note). What needs no cmark (each link's exact position, heading
    /// anchors) is done after the turn, in the caller's task, so other tasks can use cmark meanwhile.
    public static func render<Note: Sendable>(
        _ sources: [String?], decide: @escaping @Sendable (Int, MarkdownLink) -> (LinkRewrite, Note)
    ) async -> [(markdown: RenderedMarkdown, notes: [Note?])?] {
        await render(sources, forcing: nil, decide: decide)
    }

    /// `forcing`: the features to parse every text with; nil decides per text (`Features(of:)`).
    /// Tests force them, to show the choice changes nothing.
    ///
    /// Two turns at cmark: the first parses and walks the trees, which stay open on the actor
    /// while this task decides where each link leads; the second sets those URLs in the trees,
    /// renders and frees them. Deciding (resolving a link against the site's link table) is then
    /// off the one thread every body waits for.
    static func render<Note: Sendable>(
        _ sources: [String?], forcing: Features?, decide: @escaping @Sendable (Int, MarkdownLink) -> (LinkRewrite, Note)
    ) async -> [(markdown: RenderedMarkdown, notes: [Note?])?] {
        let prepared = sources.map { $0.map { source -> (bytes: [UInt8], features: Features) in
            let bytes = Array(source.utf8)
            return (bytes, forcing ?? Features(of: bytes))
        } }
        let (ticket, walks) = await Cmark.shared.parse(prepared)
        var rewrites: [[LinkRewrite]] = []
        var notes: [[Note?]] = []
        for (index, walk) in walks.enumerated() {
            var documentRewrites: [LinkRewrite] = []
            var documentNotes: [Note?] = []
            for (link, safe) in zip(walk?.links ?? [], walk?.safe ?? []) {
                guard safe else { documentNotes.append(nil); continue }
                let (rewrite, note) = decide(index, link)
                documentRewrites.append(rewrite)
                documentNotes.append(note)
            }
            rewrites.append(documentRewrites)
            notes.append(documentNotes)
        }
        let htmls = await Cmark.shared.render(ticket, rewrites: rewrites)
        return walks.indices.map { i in
            guard var walk = walks[i], let bytes = prepared[i]?.bytes, let html = htmls[i] else { return nil }
            walk.finish(lines: SourceLines(bytes))
            let anchored = String(decoding: HeadingAnchors.insert(walk.headings, into: html), as: UTF8.self)
            return (RenderedMarkdown(html: anchored, links: walk.links, headings: walk.headings, longestParagraph: walk.longestParagraph),
                    notes[i])
        }
    }

    /// The two costly features a text may not need. Each costs cmark passes over the whole tree
    /// (7,000 and 11,000 instructions a page); a text that cannot use one parses to the same tree
    /// without it.
    struct Features: Hashable, Sendable {
        var footnotes: Bool
        var autolinks: Bool

        static let all = Features(footnotes: true, autolinks: true)
    }
}

/// The only door to cmark-gfm. Debian's libcmark-gfm mutates global tables (the extension
/// registry, the inline parser's special-character table) on every parse, so two parses at once
/// corrupt each other's output: every call into the library runs on this one actor, on a thread
/// of its own (`CmarkThread`). Nothing of cmark's (no pointer) leaves it: trees waiting for
/// their second turn stay here, under a ticket.
///
/// A ticket's trees, parsers and rendered HTML live in one arena (`CmarkArena`) that is dropped
/// whole after the second turn: no tree is freed node by node.
private actor Cmark {
    static let shared = Cmark()
    private let thread = CmarkThread()
    nonisolated var unownedExecutor: UnownedSerialExecutor { thread.asUnownedSerialExecutor() }
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// cmark's allocator callbacks, pointing at whichever arena was selected last.
    private let memory: UnsafeMutablePointer<cmark_mem> = {
        let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        memory.initialize(to: cmark_mem(calloc: spiegel_arena_calloc, realloc: spiegel_arena_realloc, free: spiegel_arena_free))
        return memory
    }()

    /// A parsed document between its two turns, with the extensions its HTML needs.
    private struct OpenDocument {
        let document: OpaquePointer
        let options: Int32
        let extensions: UnsafeMutablePointer<cmark_llist>?
        let safeLinks: [OpaquePointer]
    }

    /// A run of documents between its two turns: the arena holds all their memory.
    private struct OpenRun {
        let arena: OpaquePointer
        let documents: [OpenDocument?]
    }

    private var open: [Int: OpenRun] = [:]
    private var nextTicket = 0

    /// How many runs' trees may be open at once, each holding its arena until its second turn.
    /// The bound is on open trees, not on runs under way: a run whose HTML is out (finding its
    /// links' places, its heading anchors) holds no tree, and the next run's parse need not wait
    /// for it. With the bound on whole runs, cmark stood idle a sixth of the bodies stage while
    /// the runs before finished.
    private static let openRunsAtMost = 4
    /// Parse turns waiting for a run's trees to close, in the order they came.
    private var waitingToParse: [CheckedContinuation<Void, Never>] = []

    /// First turn: parses and walks each document; the trees stay open under the ticket.
    func parse(_ documents: [(bytes: [UInt8], features: MarkdownRenderer.Features)?]) async -> (ticket: Int, walks: [DocumentWalk?]) {
        while open.count >= Self.openRunsAtMost {
            await withCheckedContinuation { waitingToParse.append($0) }
        }
        cmark_gfm_core_extensions_ensure_registered()
        let arena = spiegel_arena_create()!
        spiegel_arena_select(arena)
        // One parser per set of features serves the whole run: finishing a document leaves the
        // parser ready for the next one, with its extensions attached.
        var parsers: [MarkdownRenderer.Features: (parser: OpaquePointer, options: Int32)] = [:]
        var opened: [OpenDocument?] = []
        var walks: [DocumentWalk?] = []
        for document in documents {
            guard let document else {
                opened.append(nil)
                walks.append(nil)
                continue
            }
            if parsers[document.features] == nil, let made = makeParser(document.features) { parsers[document.features] = made }
            guard let (parser, options) = parsers[document.features],
                  let (open, walk) = parse(document.bytes, with: parser, options: options) else {
                opened.append(nil)
                walks.append(DocumentWalk())
                continue
            }
            opened.append(open)
            walks.append(walk)
        }
        nextTicket += 1
        open[nextTicket] = OpenRun(arena: arena, documents: opened)
        return (nextTicket, walks)
    }

    /// Second turn: sets each safe link's URL as decided (in the order the walk found them),
    /// renders the HTML and drops the run's arena. A document that could not be parsed renders empty.
    func render(_ ticket: Int, rewrites: [[LinkRewrite]]) -> [[UInt8]?] {
        guard let run = open.removeValue(forKey: ticket) else { return [] }
        if !waitingToParse.isEmpty { waitingToParse.removeFirst().resume() }
        spiegel_arena_select(run.arena)
        defer { spiegel_arena_destroy(run.arena) }
        return zip(run.documents, rewrites).map { document, rewrites in
            guard let document else { return [] }
            var toUnwrap: [OpaquePointer] = []
            var toReplace: [(OpaquePointer, String)] = []
            for (node, rewrite) in zip(document.safeLinks, rewrites) {
                switch rewrite {
                case .keep: break
                // `withCString` hands cmark the string's own bytes; passing the String itself
                // would copy them into a new array first, on the thread every body waits for.
                case .replace(let url): url.withCString { _ = cmark_node_set_url(node, $0) }
                case .remove: toUnwrap.append(node)
                case .block(let html): toReplace.append((node, html))
                }
            }
            for node in toUnwrap { DocumentWalk.unwrap(node) }
            for (node, html) in toReplace { DocumentWalk.replaceParagraph(of: node, with: html, memory: memory) }
            guard let rendered = cmark_render_html_with_mem(document.document, document.options, document.extensions, memory) else {
                return []
            }
            return Array(UnsafeBufferPointer(start: UnsafeRawPointer(rendered).assumingMemoryBound(to: UInt8.self), count: strlen(rendered)))
        }
    }

    private func makeParser(_ features: MarkdownRenderer.Features) -> (OpaquePointer, Int32)? {
        let options = CMARK_OPT_DEFAULT | (features.footnotes ? CMARK_OPT_FOOTNOTES : 0)
        guard let parser = cmark_parser_new_with_mem(options, memory) else { return nil }
        for name in Self.extensionNames where features.autolinks || name != "autolink" {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        return (parser, options)
    }

    private func parse(_ bytes: [UInt8], with parser: OpaquePointer, options: Int32) -> (OpenDocument, DocumentWalk)? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return nil }
        var safeLinks: [OpaquePointer] = []
        let walk = DocumentWalk.run(document, safeLinks: &safeLinks)
        return (OpenDocument(document: document, options: options, extensions: cmark_parser_get_syntax_extensions(parser),
                             safeLinks: safeLinks), walk)
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
