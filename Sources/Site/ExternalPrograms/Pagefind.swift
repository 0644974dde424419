import Foundation

/// Full-text search through Pagefind, run as a separate process over the written site.
/// PyPI's `pagefind-bin` ships the binary; without it the site is built without search.
public enum Pagefind {
    /// The command that runs Pagefind, or nil when it is not installed.
    public static func command() async -> [String]? {
        if let explicit = ProcessInfo.processInfo.environment["SPIEGEL_PAGEFIND"] {
            return explicit.isEmpty ? nil : explicit.split(separator: " ").map(String.init)
        }
        let probe = ["python3", "-m", "pagefind_bin", "--version"]
        return await ExternalProcess.run(probe, captureOutput: false, captureErrors: false)?.status == 0 ? Array(probe.dropLast()) : nil
    }

    /// Indexes the site in `directory`; Dutch is taken from each page's `lang`.
    public static func index(_ directory: String, command: [String]) async throws {
        let status = await ExternalProcess.run(command + ["--site", directory, "--silent"], captureOutput: false, captureErrors: false)?.status ?? -1
        if status != 0 {
            throw SiteWriter.WriteError.io(directory, "Pagefind stopped with status \(status); the previous site was kept")
        }
    }
}
