import CCmarkGFM

/// One pass over a parsed cmark tree: collects links and headings, removes unsafe links and
/// gives every other link a slot (`LinkSlot`) for its final URL.
/// Tree surgery (unwrapping removed links) waits until the iterator is done, because cmark's
/// iterator must not see nodes move under it.
struct DocumentWalk {
    var links: [MarkdownLink] = []
    var slotted: [Bool] = []
    var headings: [MarkdownHeading] = []
    var longestParagraph = 0

    static func run(
        _ document: OpaquePointer,
        lines: SourceLines
    ) -> DocumentWalk {
        var walk = DocumentWalk()
        var lines = lines
        var toUnwrap: [OpaquePointer] = []
        var usedAnchors: [String: Int] = [:]
        var headingText: String?
        var headingStart = (level: 0, line: 0)
        var paragraphLength: Int?

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
                guard entering else { break }
                let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let position = lines.locate(destination, near: Int(cmark_node_get_start_line(node)),
                                            column: Int(cmark_node_get_start_column(node)))
                let link = MarkdownLink(kind: type == CMARK_NODE_IMAGE ? .image : .link,
                                        destination: destination, line: position.line, column: position.column)
                let safe = LinkSafety.isSafe(destination)
                if safe { cmark_node_set_url(node, LinkSlot.url(walk.links.count)) } else { toUnwrap.append(node) }
                walk.links.append(link)
                walk.slotted.append(safe)
            case CMARK_NODE_HEADING:
                if entering {
                    headingText = ""
                    headingStart = (Int(cmark_node_get_heading_level(node)), Int(cmark_node_get_start_line(node)))
                } else if let text = headingText {
                    let slug = Slug.make(text)
                    let base = slug.isEmpty ? "sectie" : slug
                    let seen = usedAnchors[base, default: 0]
                    usedAnchors[base] = seen + 1
                    let anchor = seen == 0 ? base : "\(base)-\(seen + 1)"
                    walk.headings.append(MarkdownHeading(level: headingStart.level, text: text,
                                                         anchor: anchor, line: headingStart.line))
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
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                if headingText != nil { headingText! += literal }
                if paragraphLength != nil { paragraphLength! += literal.count }
            default:
                break
            }
        }
        for node in toUnwrap { unwrap(node) }
        return walk
    }

    /// Replaces a link or image by its children, so the reader keeps the text but gets no URL.
    private static func unwrap(_ node: OpaquePointer) {
        while let child = cmark_node_first_child(node) {
            cmark_node_insert_before(node, child)
        }
        cmark_node_free(node)
    }
}
