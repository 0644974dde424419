/// Why a template cannot be read, and where: the line and column (both from 1, columns counted in
/// characters) of the tag at fault, so that an editor can go straight to it.
public struct TemplateError: Error, Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let message: String
    /// What usually fixes it, when there is something to say.
    public let hint: String?

    public init(line: Int, column: Int, message: String, hint: String? = nil) {
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    public var description: String { "\(line):\(column): \(message)" }
}
