import CCmarkGFM

/// One pass over a parsed cmark tree: collects links and headings, and removes unsafe links.
/// Tree surgery (unwrapping removed links) waits until the iterator is done, because cmark's
/// iterator must not see nodes move under it.
///
/// The walk runs on the cmark actor, so it only copies out what it needs: the links' final URLs
/// are decided after the actor's turn, each link's place in the source and the heading anchors
/// are found then too (`finish`).
struct DocumentWalk: Sendable {
    var links: [MarkdownLink] = []
    /// Whether each link may be asked about: an unsafe one is already gone.
    var safe: [Bool] = []
    var headings: [MarkdownHeading] = []
    var longestParagraph = 0

    /// Walks `document`; `safeLinks` receives the nodes of the safe links, in order, for their
    /// URLs to be set in a later turn.
    static func run(_ document: OpaquePointer, safeLinks: inout [OpaquePointer]) -> DocumentWalk {
        var walk = DocumentWalk()
        // Room for a page's usual links from the start: growing three arrays link by link
        // costs the one thread every body waits for.
        walk.links.reserveCapacity(16)
        walk.safe.reserveCapacity(16)
        safeLinks.reserveCapacity(16)
        var toUnwrap: [OpaquePointer] = []
        // A heading's text as bytes while its pieces come in: appending to a `String` piece by
        // piece cost more, and this runs on the cmark actor.
        var headingText: [UInt8]?
        var headingStart = (level: 0, line: 0)
        var paragraphLength: Int?
        // The images being walked (an image may sit in another's description), each with the
        // text of its description so far.
        var openImages: [(index: Int, alt: [UInt8])] = []

        guard let iterator = cmark_iter_new(document) else { return walk }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let entering = event == CMARK_EVENT_ENTER

            switch type {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                guard entering else {
                    if type == CMARK_NODE_IMAGE, let open = openImages.popLast() {
                        walk.finishImage(open.index, alt: open.alt, node: node)
                    }
                    break
                }
                if type == CMARK_NODE_IMAGE { openImages.append((walk.links.count, [])) }
                let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                // The position of the link's block for now; `finish` finds the link itself.
                let title = cmark_node_get_title(node).map { String(cString: $0) } ?? ""
                walk.links.append(MarkdownLink(kind: type == CMARK_NODE_IMAGE ? .image : .link, destination: destination,
                                               line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)),
                                               title: title, standsAlone: standsAlone(node)))
                let safe = LinkSafety.isSafe(destination)
                walk.safe.append(safe)
                if safe { safeLinks.append(node) } else { toUnwrap.append(node) }
            case CMARK_NODE_HEADING:
                if entering {
                    headingText = []
                    headingStart = (Int(cmark_node_get_heading_level(node)), Int(cmark_node_get_start_line(node)))
                } else if let text = headingText {
                    walk.headings.append(MarkdownHeading(level: headingStart.level, text: String(decoding: text, as: UTF8.self),
                                                         anchor: "", line: headingStart.line))
                    headingText = nil
                }
            case CMARK_NODE_PARAGRAPH:
                if entering {
                    paragraphLength = 0
                } else if let length = paragraphLength {
                    walk.longestParagraph = max(walk.longestParagraph, length)
                    paragraphLength = nil
                }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                guard let literal = cmark_node_get_literal(node) else { break }
                if headingText != nil {
                    headingText!.append(contentsOf: UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self),
                                                                        count: strlen(literal)))
                }
                if paragraphLength != nil { paragraphLength! += characterCount(literal) }
                for i in openImages.indices {
                    openImages[i].alt.append(contentsOf: UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self),
                                                                            count: strlen(literal)))
                }
            default:
                break
            }
        }
        for node in toUnwrap { unwrap(node) }
        return walk
    }

    /// Records an image's description; an image without one whose title is the decorative
    /// marker loses the title, which was meant for Spiegel and not for the reader.
    private mutating func finishImage(_ index: Int, alt: [UInt8], node: OpaquePointer) {
        links[index].alt = String(decoding: alt, as: UTF8.self)
        // The title was read when the walk entered the image.
        guard links[index].alt.allSatisfy(\.isWhitespace), links[index].title == MarkdownLink.decorativeMarker else { return }
        links[index].decorative = true
        cmark_node_set_title(node, "")
    }

    /// Characters in a C string, as `String.count` counts them; plain ASCII without a carriage
    /// return (most text) has one per byte and needs no String.
    private static func characterCount(_ literal: UnsafePointer<CChar>) -> Int {
        let bytes = UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self)
        var length = 0
        while bytes[length] != 0 {
            if bytes[length] >= 0x80 || bytes[length] == 0x0D { return String(cString: literal).count }
            length += 1
        }
        return length
    }

    /// The work that needs no cmark: each link's own position in the source (cmark gives only
    /// its block's), and each heading's anchor, unique within the document.
    mutating func finish(lines: SourceLines) {
        var lines = lines
        for i in links.indices {
            let position = lines.locate(links[i].destination, near: links[i].line, column: links[i].column)
            links[i].line = position.line
            links[i].column = position.column
        }
        var usedAnchors: [String: Int] = [:]
        for i in headings.indices {
            let slug = Slug.make(headings[i].text)
            let base = slug.isEmpty ? "sectie" : slug
            let seen = usedAnchors[base, default: 0]
            usedAnchors[base] = seen + 1
            headings[i].anchor = seen == 0 ? base : "\(base)-\(seen + 1)"
        }
    }

    /// Whether `node` is the one thing its paragraph holds.
    static func standsAlone(_ node: OpaquePointer) -> Bool {
        guard let parent = cmark_node_parent(node), cmark_node_get_type(parent) == CMARK_NODE_PARAGRAPH else { return false }
        return cmark_node_first_child(parent) == node && cmark_node_next(node) == nil
    }

    /// Puts a block of Spiegel's own HTML where the paragraph that holds only `node` stands.
    /// cmark renders a custom block's text as it is, so the HTML must be escaped by its maker.
    /// The block comes from `memory`, the tree's own allocator, so that it goes when the tree goes.
    static func replaceParagraph(of node: OpaquePointer, with html: String, memory: UnsafeMutablePointer<cmark_mem>) {
        guard standsAlone(node), let paragraph = cmark_node_parent(node),
              let block = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, memory) else { return unwrap(node) }
        cmark_node_set_on_enter(block, html)
        cmark_node_insert_before(paragraph, block)
        cmark_node_free(paragraph)
    }

    /// Replaces a link or image by its children, so the reader keeps the text but gets no URL.
    static func unwrap(_ node: OpaquePointer) {
        while let child = cmark_node_first_child(node) {
            cmark_node_insert_before(node, child)
        }
        cmark_node_free(node)
    }
}
