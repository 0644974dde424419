/// One problem found in the content, reported as `path:line:column: fout: message`. It is made
/// from a `Problem`, the catalogue of every kind of problem, and from nothing else: so every
/// message an editor reads is written there, in Dutch, with its stable `code`.
public struct Diagnostic: Error, Sendable, Equatable, Comparable, Codable {
    public enum Severity: String, Sendable, Codable {
        case error, warning

        /// The word an editor reads in `path:line:column: fout: …`.
        public var dutch: String { self == .error ? "fout" : "waarschuwing" }
    }

    /// Path as the editor knows it: relative to the working directory when possible.
    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    /// Which kind of problem, in English, for scripts: "unknown-key", "yaml-tab", …
    public let code: String
    public let message: String
    public let hint: String?

    public init(file: String, line: Int, column: Int, _ problem: Problem) {
        self.file = file
        self.line = max(line, 1)
        self.column = max(column, 1)
        severity = problem.severity
        code = problem.code
        message = problem.message
        hint = problem.hint
    }

    public init(at location: SourceLocation, _ problem: Problem) {
        self.init(file: location.file, line: location.line, column: location.column, problem)
    }

    public var formatted: String {
        var text = "\(file):\(line):\(column): \(severity.dutch): \(message)"
        if let hint { text += "\n    tip: \(hint)" }
        return text
    }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.file, a.line, a.column, a.message) < (b.file, b.line, b.column, b.message)
    }
}

/// A position in a source file.
public struct SourceLocation: Sendable, Equatable, Hashable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    func diagnostic(_ problem: Problem) -> Diagnostic {
        Diagnostic(at: self, problem)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
