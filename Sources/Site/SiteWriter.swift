import Content
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes the site so that readers never see half of it: everything goes to a fresh folder
/// beside the output, and only a complete build replaces the previous one.
public enum SiteWriter {
    /// Marks a folder as Spiegel's own output, so it may be replaced.
    public static let markerName = ".spiegel-site"

    public enum WriteError: Error, CustomStringConvertible {
        case notOurs(String)
        case io(String, String)

        public var description: String {
            switch self {
            case .notOurs(let path):
                "refusing to replace '\(path)': it is not empty and was not made by Spiegel (no \(SiteWriter.markerName) in it); choose another --output or empty it yourself"
            case .io(let path, let message):
                "cannot write '\(path)': \(message)"
            }
        }
    }

    /// `finishing` steps run on the complete staging folder before it replaces the old site
    /// (the search index, the worksheets' PDFs printed from the written HTML): when one fails,
    /// the previous site stays.
    public static func write(_ files: [OutputFile], to output: String, finishing: [(URL) throws -> Void] = []) throws {
        try Staging(output: output).commit(files, finishing: finishing)
    }

    /// The folder a build writes into beside the output, while it renders: `add` hands a file to
    /// one writing thread (creating files in one folder from several threads only makes them wait
    /// on the folder's lock), so writing overlaps rendering. `commit` writes what is left, then
    /// swaps the folder in; `discard` removes it.
    public final class Staging: @unchecked Sendable {
        private let outputURL: URL
        private let staging: URL
        /// `staging.path`, made once: `URL.path` costs thousands of instructions a call.
        private let stagingPath: String
        private let queue = DispatchQueue(label: "spiegel.site-writer")
        /// Files handed over but not yet taken by the writing thread: handing each one over on
        /// its own would wake that thread ten thousand times.
        private let pendingLock = NSLock()
        private var pending: [OutputFile] = []
        private var draining = false
        // Touched only on `queue`.
        private var folders: Set<String> = [""]
        private var written: Set<String> = []
        private var failure: String?

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

        /// Writes `file` soon, on the writing thread; a failure is reported by `commit`.
        public func add(_ file: OutputFile) {
            let wake = pendingLock.withLock {
                pending.append(file)
                guard !draining, pending.count >= 32 else { return false }
                draining = true
                return true
            }
            if wake { queue.async { self.drain() } }
        }

        /// Writes what was handed over until nothing is left. Runs on `queue`.
        private func drain() {
            while true {
                let batch = pendingLock.withLock {
                    let batch = pending
                    pending = []
                    if batch.isEmpty { draining = false }
                    return batch
                }
                if batch.isEmpty { return }
                for file in batch { write(file) }
            }
        }

        private func write(_ file: OutputFile) {
            guard failure == nil, written.insert(file.path).inserted else { return }
            // The folder part of a site path (`werkkaarten` of `werkkaarten/tijdlijn.html`): cut
            // at the last slash, where `NSString.deletingLastPathComponent` took some 13,000
            // instructions a file.
            let folder = file.path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(file.path[..<$0]) } ?? ""
            if folders.insert(folder).inserted {
                do {
                    try FileManager.default.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
                } catch {
                    failure = "\(staging.path)/\(folder): \(error)"
                    return
                }
            }
            failure = SiteWriter.writeFile(file.data, to: stagingPath + "/" + file.path)
        }

        /// Writes those of `files` not added yet, runs `finishing` on the complete folder, and
        /// puts it in place of the output with two renames: the previous site stays complete
        /// until the new one is. On any failure the staging folder is removed.
        public func commit(_ files: [OutputFile], finishing: [(URL) throws -> Void] = []) throws {
            let fm = FileManager.default
            do {
                queue.sync {
                    drain()
                    for file in files { write(file) }
                }
                if let failure = queue.sync(execute: { failure }) { throw WriteError.io(staging.path, failure) }
                for step in finishing { try step(staging) }
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

        /// Removes the staging folder, after the writing thread has finished what it was given.
        public func discard() {
            queue.sync {}
            try? FileManager.default.removeItem(at: staging)
        }
    }

    /// Plain POSIX writes: Foundation's `Data.write` syncs every file to disk, which costs more
    /// than the rest of the build. Durability comes from the swap instead: the new site replaces
    /// the old one only after every write has succeeded.
    fileprivate static func writeFile(_ data: Data, to path: String) -> String? {
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
