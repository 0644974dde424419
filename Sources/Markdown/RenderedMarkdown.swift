/// What Spiegel keeps of a Markdown document after cmark-gfm has parsed and rendered it:
/// plain Swift values, so nothing above this module sees a C pointer.
public struct RenderedMarkdown: Sendable, Equatable {
    /// The HTML of the body, with links already rewritten by the caller's policy.
    public var html: String
    /// Every link and image destination in source order, as the author wrote it.
    public var links: [MarkdownLink]
    /// Every heading in document order, with the anchor id that `html` carries.
    public var headings: [MarkdownHeading]
    /// Number of paragraphs and the length (in characters) of the longest one, for style warnings.
    public var longestParagraph: Int

    public init(html: String, links: [MarkdownLink], headings: [MarkdownHeading], longestParagraph: Int) {
        self.html = html
        self.links = links
        self.headings = headings
        self.longestParagraph = longestParagraph
    }
}

/// A link or image destination found in a document.
public struct MarkdownLink: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case link, image }
    public var kind: Kind
    public var destination: String
    /// 1-based position in the Markdown source handed to the renderer.
    public var line: Int
    public var column: Int
    /// An image's description (its alt text) as plain text; empty for a link.
    public var alt: String
    /// An image with no description on purpose: its title was `decorativeMarker`, which is taken
    /// off, so the page shows `alt=""` and screen readers skip it.
    public var decorative: Bool
    /// The link's title as written (`[a](b.md "title")`); empty when there is none.
    public var title: String
    /// Whether the link is all its paragraph holds: only such a link may be replaced by a block
    /// (`LinkRewrite.block`).
    public var standsAlone: Bool

    public init(kind: Kind, destination: String, line: Int, column: Int, alt: String = "", decorative: Bool = false,
                title: String = "", standsAlone: Bool = false) {
        self.kind = kind
        self.destination = destination
        self.line = line
        self.column = column
        self.alt = alt
        self.decorative = decorative
        self.title = title
        self.standsAlone = standsAlone
    }

    /// The title that marks an image as decoration only: `![](lijn.svg "decoratief")`.
    public static let decorativeMarker = "decoratief"
}

public struct MarkdownHeading: Sendable, Equatable {
    public var level: Int
    public var text: String
    public var anchor: String
    public var line: Int

    public init(level: Int, text: String, anchor: String, line: Int) {
        self.level = level
        self.text = text
        self.anchor = anchor
        self.line = line
    }
}

/// What the caller wants done with a link destination.
public enum LinkRewrite: Sendable, Equatable {
    case keep
    case replace(String)
    /// The destination is dropped; the link text stays as plain text.
    case remove
    /// The link's paragraph gives way to this HTML, made by Spiegel (not by the editor, whose raw
    /// HTML is never passed through). Only for a link that `standsAlone`; for any other, `remove`.
    case block(String)
}
