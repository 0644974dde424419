import Content
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Writes the site so that readers never see half of it: everything goes to a fresh folder
/// beside the output, and only a complete build replaces the previous one.
public enum SiteWriter {
    /// Marks a folder as Spiegel's own output, so it may be replaced.
    public static let markerName = ".spiegel-site"

    public enum WriteError: Error {
        case notOurs(String)
        case io(String, String)

        /// What the editor reads about it.
        public var problem: Problem {
            switch self {
            case .notOurs(let path): .outputNotOurs(path: path, marker: SiteWriter.markerName)
            case .io(let path, let message): .siteNotWritten(path: path, reason: message)
            }
        }
    }

    /// `finishing` steps run on the complete staging folder before it replaces the old site
    /// (the search index, the worksheets' PDFs printed from the written HTML): when one fails,
    /// the previous site stays.
    public static func write(_ files: [OutputFile], to output: String, finishing: [@Sendable (URL) async throws -> Void] = []) async throws {
        try await Staging(output: output).commit(files, finishing: finishing)
    }

    /// The folder a build writes into beside the output, while it renders: each page is written
    /// by the task that rendered it (`add`), so writing overlaps rendering on every core.
    /// `commit` writes what is left, then swaps the folder in; `discard` removes it.
    public final class Staging: Sendable {
        private let outputURL: URL
        private let staging: URL
        /// `staging.path`, made once: `URL.path` costs thousands of instructions a call.
        private let stagingPath: String
        /// The folders made and the files written so far (a path is written once: the first
        /// file handed over for it), and the first failure, which `commit` reports.
        private let state = Mutex(State())

        private struct State {
            var folders: Set<String> = [""]
            var written: Set<String> = []
            var failure: String?
        }

        public init(output: String) throws {
            outputURL = URL(fileURLWithPath: output).standardizedFileURL
            let parent = outputURL.deletingLastPathComponent()
            let name = outputURL.lastPathComponent
            try SiteWriter.recoverInterruptedSwap(output: outputURL)
            try SiteWriter.checkReplaceable(outputURL)
            try SiteWriter.removeLeftovers(in: parent, prefix: name + ".tmp-")
            staging = parent.appendingPathComponent("\(name).tmp-\(getpid())")
            stagingPath = staging.path
            do {
                try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
            } catch {
                throw WriteError.io(staging.path, "\(error)")
            }
        }

        /// Writes `file` now, from any task; a failure is reported by `commit`.
        public func add(_ file: OutputFile) {
            // The folder part of a site path (`werkkaarten` of `werkkaarten/tijdlijn.html`): cut
            // at the last slash, where `NSString.deletingLastPathComponent` took some 13,000
            // instructions a file.
            let folder = file.path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(file.path[..<$0]) } ?? ""
            // A folder is made under the lock, the first time a file needs it: there are few,
            // and a file must not be written before its folder exists.
            let fresh = state.withLock { state -> Bool in
                guard state.failure == nil, state.written.insert(file.path).inserted else { return false }
                guard state.folders.insert(folder).inserted else { return true }
                do {
                    try FileManager.default.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
                    return true
                } catch {
                    state.failure = "\(staging.path)/\(folder): \(error)"
                    return false
                }
            }
            guard fresh else { return }
            if let failure = SiteWriter.writeFile(file.data, to: stagingPath + "/" + file.path) { fail(failure) }
        }

        private func fail(_ message: String) {
            state.withLock { if $0.failure == nil { $0.failure = message } }
        }

        /// Writes those of `files` not added yet, runs `finishing` on the complete folder, and
        /// puts it in place of the output with two renames: the previous site stays complete
        /// until the new one is. On any failure the staging folder is removed.
        public func commit(_ files: [OutputFile], finishing: [@Sendable (URL) async throws -> Void] = []) async throws {
            let fm = FileManager.default
            do {
                for file in files { add(file) }
                if let failure = state.withLock({ $0.failure }) { throw WriteError.io(staging.path, failure) }
                for step in finishing { try await step(staging) }
                try Data("Generated by Spiegel. This folder is replaced on every build; edit content/ instead.\n".utf8)
                    .write(to: staging.appendingPathComponent(markerName))
            } catch {
                discard()
                if error is WriteError { throw error }
                if error is WeasyPrint.Failure { throw error }
                throw WriteError.io(staging.path, "\(error)")
            }

            let previous = outputURL.deletingLastPathComponent().appendingPathComponent("\(outputURL.lastPathComponent).old-\(getpid())")
            do {
                if fm.fileExists(atPath: outputURL.path) { try fm.moveItem(at: outputURL, to: previous) }
                try fm.moveItem(at: staging, to: outputURL)
            } catch {
                if !fm.fileExists(atPath: outputURL.path), fm.fileExists(atPath: previous.path) {
                    try? fm.moveItem(at: previous, to: outputURL)
                }
                try? fm.removeItem(at: staging)
                throw WriteError.io(outputURL.path, "\(error)")
            }
            try? fm.removeItem(at: previous)
        }

        /// Removes the staging folder.
        public func discard() {
            try? FileManager.default.removeItem(at: staging)
        }
    }

    /// Plain POSIX writes: Foundation's `Data.write` syncs every file to disk, which costs more
    /// than the rest of the build. Durability comes from the swap instead: the new site replaces
    /// the old one only after every write has succeeded (and, for the PDF cache, from the
    /// checksum each entry carries). Nil when written, else what went wrong.
    static func writeFile(_ data: Data, to path: String) -> String? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return "\(path): \(String(cString: strerror(errno)))" }
        defer { close(fd) }
        let failed = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 { if errno == EINTR { continue }; return true }
                offset += written
            }
            return false
        }
        return failed ? "\(path): \(String(cString: strerror(errno)))" : nil
    }

    fileprivate static func checkReplaceable(_ output: URL) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw WriteError.notOurs(output.path) }
        let contents = (try? fm.contentsOfDirectory(atPath: output.path)) ?? []
        if !contents.isEmpty && !contents.contains(markerName) { throw WriteError.notOurs(output.path) }
    }

    /// A build killed between its two renames leaves only `NAME.old-PID`: put it back.
    fileprivate static func recoverInterruptedSwap(output: URL) throws {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let prefix = output.lastPathComponent + ".old-"
        let leftovers = ((try? fm.contentsOfDirectory(atPath: parent.path)) ?? []).filter { $0.hasPrefix(prefix) }.sorted()
        for leftover in leftovers {
            let url = parent.appendingPathComponent(leftover)
            if !fm.fileExists(atPath: output.path) {
                try? fm.moveItem(at: url, to: output)
            } else {
                try? fm.removeItem(at: url)
            }
        }
    }

    /// Staging folders of builds that were killed before they finished.
    fileprivate static func removeLeftovers(in parent: URL, prefix: String) throws {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: parent.path)) ?? [] where name.hasPrefix(prefix) {
            try? fm.removeItem(at: parent.appendingPathComponent(name))
        }
    }
}
