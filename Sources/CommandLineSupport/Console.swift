import Content
import Foundation

/// What the command prints. Diagnostics always go to standard error; progress and the summary
/// only on a terminal (or with --verbose), so scripts and CI logs stay quiet.
public struct Console: Sendable {
    public let chatty: Bool

    public init(verbose: Bool) {
        chatty = verbose || isatty(STDERR_FILENO) != 0
    }

    public func progress(_ message: String) {
        if chatty { write("  \(message)\n") }
    }

    public func summary(_ message: String) {
        if chatty { write(message + "\n") }
    }

    public func error(_ message: String) {
        write("error: \(message)\n")
    }

    public func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        write(diagnostics.map(\.formatted).joined(separator: "\n") + "\n")
        let errors = diagnostics.filter { $0.severity == .error }.count
        write("\(errors) error(s), \(diagnostics.count - errors) warning(s)\n")
    }

    /// "0.04 s" since `start`, for summaries.
    public static func seconds(since start: ContinuousClock.Instant) -> String {
        let d = ContinuousClock.now - start
        return String(format: "%.2f s", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
