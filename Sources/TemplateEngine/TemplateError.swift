/// Why a template cannot be read, and where: the line and column (both from 1, columns counted in
/// characters) of the tag at fault, so that an editor can go straight to it. The engine names the
/// kind of problem; what an editor reads about it is written in Spiegel's message catalogue.
public struct TemplateError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// `{{/name}}` without `{{#name}}` before it.
        case closesUnopened(name: String)
        /// `{{/name}}` while the section `open`, opened at `line`:`column`, is still open.
        case closesOther(name: String, open: String, line: Int, column: Int)
        case sectionNeverClosed(name: String)
        /// A tag without its closing delimiter (`end`).
        case tagNeverClosed(end: String)
        case tagWithoutName
        case nameWithSpaces(String)
        case notPartialName(String)
        case badDelimiters(String)
        case dynamicPartial
        case inheritance
        case pragma
        case transform(String)
    }

    public let line: Int
    public let column: Int
    public let kind: Kind

    public init(line: Int, column: Int, _ kind: Kind) {
        self.line = line
        self.column = column
        self.kind = kind
    }

    public var description: String { "\(line):\(column): \(kind)" }
}
