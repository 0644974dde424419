import Foundation
import Testing
@testable import Preview

/// The watcher reports what an editor, git or a file manager does to the sources, through the
/// kernel (inotify) and through the polling fallback alike.
@Suite(.timeLimit(.minutes(6))) struct SourceWatcherTests {
    /// Every batch the watcher sends, collected by a task that listens for the whole test.
    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var batches: [SourceChanges] = []

        func append(_ batch: SourceChanges) { lock.withLock { batches.append(batch) } }
        func clear() { lock.withLock { batches = [] } }
        var paths: Set<String> { lock.withLock { Set(batches.flatMap(\.paths)) } }

        /// Waits until `path` was reported. The bound is generous: with the other suites running in
        /// parallel on two cores, the listening task may wait seconds for a thread.
        func waitFor(_ path: String) async throws -> Bool {
            let deadline = ContinuousClock.now + .seconds(120)
            while ContinuousClock.now < deadline {
                if paths.contains(path) { return true }
                try await Task.sleep(for: .milliseconds(10))
            }
            return false
        }
    }

    @Test(arguments: [true, false])
    func reportsWritesSavesNewFoldersDeletionsAndSingleFiles(kernelEvents: Bool) async throws {
        let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("spiegel-watch-\(UUID().uuidString)")
            .standardizedFileURL.path
        let content = root + "/content"
        let config = root + "/spiegel.yml"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: content + "/werkkaarten", withIntermediateDirectories: true)
        let card = content + "/werkkaarten/tijdlijn.md"
        try "---\ntitel: Tijdlijn\n---\n".write(toFile: card, atomically: false, encoding: .utf8)

        let collected = Collected()
        let stream = SourceWatcher.changes(of: [content, config], pollInterval: .milliseconds(20), useKernelEvents: kernelEvents)
        let listener = Task { for await batch in stream { collected.append(batch) } }
        defer { listener.cancel() }

        // An ordinary save: the file is opened, written and closed.
        let handle = try #require(FileHandle(forWritingAtPath: card))
        handle.seekToEndOfFile()
        handle.write(Data("Een zin erbij.\n".utf8))
        try handle.close()
        #expect(try await collected.waitFor(card), "an ordinary save")

        // An atomic save: a temporary file renamed over the original.
        collected.clear()
        try "---\ntitel: Tijdlijn maken\n---\n".write(toFile: card, atomically: true, encoding: .utf8)
        #expect(try await collected.waitFor(card), "an atomic save")

        // A new folder with a file in it, and later an edit in that folder.
        collected.clear()
        let nested = content + "/nieuw/diep"
        try FileManager.default.createDirectory(atPath: nested, withIntermediateDirectories: true)
        try "---\ntitel: Nieuw\n---\n".write(toFile: nested + "/pagina.md", atomically: false, encoding: .utf8)
        #expect(try await collected.waitFor(nested + "/pagina.md"), "a file in a new folder")
        try await Task.sleep(for: .milliseconds(100))
        collected.clear()
        try "---\ntitel: Nieuwer\n---\n".write(toFile: nested + "/pagina.md", atomically: false, encoding: .utf8)
        #expect(try await collected.waitFor(nested + "/pagina.md"), "an edit in a new folder")

        // A deletion, and a single-file root that appears.
        collected.clear()
        try FileManager.default.removeItem(atPath: card)
        #expect(try await collected.waitFor(card), "a deletion")
        try "naam: Proef\n".write(toFile: config, atomically: true, encoding: .utf8)
        #expect(try await collected.waitFor(config), "the configuration file created")

        // What editors and tools write beside a file is not a source: vim's swap file and the
        // 4913 it writes to test a folder, Emacs's lock and backup, a `sed -i` temporary file.
        collected.clear()
        let scratch = ["/.tijdlijn.md.swp", "/4913", "/.#tijdlijn.md", "/tijdlijn.md~", "/sedK3x9Qa", "/nieuw/pagina.md.swo"]
        for name in scratch { try "kladje".write(toFile: content + name, atomically: false, encoding: .utf8) }
        try "---\ntitel: Laatste\n---\n".write(toFile: nested + "/pagina.md", atomically: false, encoding: .utf8)
        #expect(try await collected.waitFor(nested + "/pagina.md"))
        for name in scratch { #expect(!collected.paths.contains(content + name), "\(name) was reported") }
    }

    @Test func tellsScratchFilesFromSources() {
        for name in [".x.md.swp", "x.md.swp", "x.md.swx", "4913", ".#x.md", "x.md~", "sedAb12Cd", "sed0aZ9kq"] {
            #expect(EditorScratchFiles.contains(name), "\(name)")
        }
        // Sources and folders, including a word that starts like sed's files.
        for name in ["tijdlijn.md", "werkkaarten", "sedentair", "sedatief", "4914", "sedimenten.md"] {
            #expect(!EditorScratchFiles.contains(name), "\(name)")
        }
    }

    #if canImport(Glibc)
    @Test func linuxWatchesWithTheKernel() {
        let watcher = InotifyWatcher(roots: [NSTemporaryDirectory()])
        #expect(watcher != nil)
        watcher?.stop()
    }
    #endif
}
