import Foundation

/// Full-text search through Pagefind, run as a separate process over the written site.
/// PyPI's `pagefind-bin` ships the binary; without it the site is built without search.
public enum SearchIndex {
    /// The command that runs Pagefind, or nil when it is not installed.
    public static func command() -> [String]? {
        if let explicit = ProcessInfo.processInfo.environment["SPIEGEL_PAGEFIND"] {
            return explicit.isEmpty ? nil : explicit.split(separator: " ").map(String.init)
        }
        let probe = ["python3", "-m", "pagefind_bin", "--version"]
        return run(probe, quiet: true) == 0 ? Array(probe.dropLast()) : nil
    }

    /// Indexes the site in `directory`; Dutch is taken from each page's `lang`.
    static func index(_ directory: String, command: [String]) throws {
        let status = run(command + ["--site", directory, "--silent"], quiet: false)
        if status != 0 {
            throw SiteWriter.WriteError.io(directory, "Pagefind stopped with status \(status); the previous site was kept")
        }
    }

    @discardableResult
    private static func run(_ arguments: [String], quiet: Bool) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if quiet {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
        }
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
