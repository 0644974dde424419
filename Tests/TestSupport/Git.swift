import Foundation

/// git as an editor runs it, for tests that need a repository: a fixed name and e-mail, no signing,
/// and, when given, a fixed date for the commit, so that pages show the same "last changed" every run.
public enum Git {
    public struct Failed: Error, CustomStringConvertible {
        public let arguments: [String]
        public let status: Int32
        public var description: String { "git \(arguments.joined(separator: " ")) ended with \(status)" }
    }

    /// Runs git with `arguments` in `folder`; throws when git fails.
    public static func run(_ arguments: [String], in folder: URL, date: String? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Redactie", "-c", "user.email=redactie@voorbeeld.nl",
                             "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        if let date {
            environment["GIT_AUTHOR_DATE"] = date
            environment["GIT_COMMITTER_DATE"] = date
        }
        process.environment = environment
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failed(arguments: arguments, status: process.terminationStatus) }
    }
}
