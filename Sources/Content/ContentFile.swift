import Foundation

/// A Markdown file found under the content folder.
public struct ContentFile: Sendable {
    /// Relative to the content folder, with `/` separators: `werkkaarten/tijdlijn.md`.
    public var relativePath: String
    /// How diagnostics name the file: the content folder as given, then the relative path.
    public var displayPath: String
    public var absolutePath: String
    /// The file's bytes when they come from memory rather than disk (previews, the fuzzer).
    public var contents: [UInt8]?

    public init(relativePath: String, displayPath: String, absolutePath: String, contents: [UInt8]? = nil) {
        self.relativePath = relativePath
        self.displayPath = displayPath
        self.absolutePath = absolutePath
        self.contents = contents
    }

    /// The file's text with a byte-order mark removed and line endings normalised to `\n`,
    /// or a diagnostic saying where the bytes are not UTF-8.
    func readText() -> Result<String, Diagnostic> {
        var bytes: [UInt8]
        if let contents {
            bytes = contents
        } else if let data = FileManager.default.contents(atPath: absolutePath) {
            bytes = [UInt8](data)
        } else {
            return .failure(Diagnostic(file: displayPath, line: 1, column: 1, message: "cannot read the file",
                                       hint: "check that it exists and is readable"))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = Self.firstInvalidUTF8(in: bytes)
            return .failure(Diagnostic(file: displayPath, line: line, column: column,
                                       message: "the file is not valid UTF-8",
                                       hint: "save it as UTF-8 in your editor (it may be Latin-1 or Windows-1252)"))
        }
        // Foundation's String.contains(String) is a locale-aware search; a byte test is enough.
        if bytes.contains(UInt8(ascii: "\r")) {
            return .success(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
        }
        return .success(text)
    }

    /// Line and column (in characters) of the first byte that breaks UTF-8.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, column = 1, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            guard length > 0, index + length <= bytes.count,
                  String(validating: bytes[index..<index + length], as: UTF8.self) != nil else { return (line, column) }
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        return (line, column)
    }
}
