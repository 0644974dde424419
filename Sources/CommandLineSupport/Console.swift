import Content
import Foundation

/// What the command prints. Diagnostics always go to standard error; progress and the summary
/// only on a terminal (or with --verbose), so scripts and CI logs stay quiet. Everything it
/// prints comes from the catalogues (`Problem`, `Notice`): it takes no text of its own.
public struct Console: Sendable {
    public let chatty: Bool

    public init(verbose: Bool) {
        chatty = verbose || isatty(STDERR_FILENO) != 0
    }

    public func progress(_ notice: Notice) {
        if chatty { write("  \(notice.text)\n") }
    }

    public func summary(_ notice: Notice) {
        if chatty { write(notice.text + "\n") }
    }

    /// A line worth reading in a script's or CI's log too (which drafts were left out).
    public func note(_ notice: Notice) {
        write(notice.text + "\n")
    }

    public func error(_ notice: Notice) {
        write("fout: \(notice.text)\n")
    }

    public func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        write(diagnostics.map(\.formatted).joined(separator: "\n") + "\n")
        let errors = diagnostics.filter { $0.severity == .error }.count
        write(Notice.tally(errors: errors, warnings: diagnostics.count - errors).text + "\n")
    }

    /// Seconds since `start`, for summaries.
    public static func seconds(since start: ContinuousClock.Instant) -> Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
