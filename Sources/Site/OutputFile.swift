import Content
import Foundation

/// One file of the generated site, by its path relative to the output folder.
public struct OutputFile: Sendable, Equatable {
    public var path: String
    public var data: Data
    /// Where in the content it comes from (an entity's page, a picture, a handbook chapter), so
    /// that two files landing on one path can be reported at their source; nil for what Spiegel
    /// makes on its own or copies from the templates.
    public var origin: SourceLocation?

    public init(path: String, data: Data, origin: SourceLocation? = nil) {
        self.path = path
        self.data = data
        self.origin = origin
    }

    public init(path: String, text: String) {
        self.init(path: path, data: Data(text.utf8))
    }
}
