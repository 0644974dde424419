import Content
import Foundation
import Parallel

/// WeasyPrint, the HTML/CSS print engine that turns the written worksheets into PDFs. It runs as
/// a separate process over the files in the staging folder, so the PDFs come from exactly the
/// HTML a reader opens.
public struct WeasyPrint: Sendable {
    /// How to start it: the `weasyprint` command, or `python3 -m weasyprint`.
    public let command: [String]
    public let version: String
    /// Fillable form fields (`--pdf-forms`, WeasyPrint 58 and later).
    public let makesForms: Bool
    /// Tags for screen readers (`--pdf-tags`, WeasyPrint 63 and later).
    public let makesTags: Bool

    /// Finds WeasyPrint on the search path (by default `PATH`). A command that is there but does
    /// not start, such as a pyenv shim for another Python, does not count.
    public static func locate(searchPath: String? = nil) async -> WeasyPrint? {
        let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        let directories = path.split(separator: ":").map(String.init)
        func find(_ name: String) -> String? {
            directories.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
        }
        var candidates: [[String]] = []
        if let weasyprint = find("weasyprint") { candidates.append([weasyprint]) }
        if let python = find("python3") { candidates.append([python, "-m", "weasyprint"]) }
        for command in candidates {
            guard let version = await ExternalProcess.run(command + ["--version"], path: path), version.status == 0,
                  version.output.contains("WeasyPrint") else { continue }
            // What it can do follows from its version, so one start of Python is enough: fillable
            // fields came with WeasyPrint 58 (`--pdf-forms`), tags with 63 (`--pdf-tags`).
            let major = Self.majorVersion(in: version.output) ?? 0
            return WeasyPrint(command: command,
                              version: version.output.trimmingCharacters(in: .whitespacesAndNewlines),
                              makesForms: major >= 58, makesTags: major >= 63)
        }
        return nil
    }

    /// 70 of "WeasyPrint version 70.0".
    static func majorVersion(in output: String) -> Int? {
        guard let range = output.range(of: "version ") else { return nil }
        return Int(output[range.upperBound...].prefix { $0.isNumber })
    }

    public struct Failure: Error, CustomStringConvertible {
        public let file: String
        public let message: String
        public var description: String { "WeasyPrint could not print \(file): \(message)" }
    }

    /// Prints each job's HTML file under `root` to its PDF, one process per core at a time.
    public func print(_ jobs: [PrintJob], in root: URL) async throws {
        // As many runs as cores, each printing its jobs one after another: as many processes at once.
        let command = self.command, makesForms = self.makesForms, makesTags = self.makesTags
        let failures = await jobs.parallelMap(runs: ProcessInfo.processInfo.activeProcessorCount) { job -> Failure? in
            let html = root.appendingPathComponent(job.html).path, pdf = root.appendingPathComponent(job.pdf).path
            var arguments = command
            if makesForms { arguments.append("--pdf-forms") }
            if makesTags { arguments.append("--pdf-tags") }
            arguments += ["--quiet", html, pdf]
            guard let result = await ExternalProcess.run(arguments) else {
                return Failure(file: job.html, message: "\(arguments[0]) could not be started")
            }
            if result.status != 0 || !FileManager.default.fileExists(atPath: pdf) {
                return Failure(file: job.html, message: result.output.isEmpty ? "exit status \(result.status)" : result.output)
            }
            return nil
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }
}
