import Content
import Foundation

/// What changed among the sources since the previous batch: files and folders, as absolute,
/// standardized paths. `complete` is false when the watcher lost track of events (the kernel's
/// queue overflowed): then anything may have changed and the preview looks at everything.
struct SourceChanges: Sendable, Equatable {
    var paths: [String]
    var complete = true
}

/// Notices edits to the sources: folders (watched recursively) and single files. On Linux the
/// kernel reports them (inotify), so an edit is seen at once and nothing walks the tree; where
/// inotify is missing or refuses (too many folders for `max_user_watches`), the tree is polled.
enum SourceWatcher {
    /// Batches of changes until the stream's consumer stops listening.
    static func changes(of roots: [String], pollInterval: Duration, useKernelEvents: Bool = true) -> AsyncStream<SourceChanges> {
        // A device is no source: with `--config /dev/null` every write to it by any process would
        // otherwise count as an edit.
        let roots = roots.map { URL(fileURLWithPath: $0).standardizedFileURL.path }.filter { path in
            var info = stat()
            return stat(path, &info) != 0 || [S_IFREG, S_IFDIR].contains(info.st_mode & S_IFMT)
        }
        let (stream, continuation) = AsyncStream<SourceChanges>.makeStream()
        #if canImport(Glibc)
        if useKernelEvents, let watcher = InotifyWatcher(roots: roots) {
            let thread = Thread { watcher.run(continuation) }
            thread.name = "spiegel-watch"
            thread.start()
            continuation.onTermination = { _ in watcher.stop() }
            return stream
        }
        #endif
        // The first look is taken now, so that an edit made right after this call is seen.
        let firstLook = PollingWatcher(roots: roots)
        let task = Task {
            var poller = firstLook
            while !Task.isCancelled {
                try? await Task.sleep(for: pollInterval)
                var changed = poller.changes()
                guard !changed.isEmpty else { continue }
                // Editors often save in two writes; a short pause avoids building the half-written
                // file. (Kernel events need no pause: they report a file once it is closed.)
                try? await Task.sleep(for: .milliseconds(50))
                changed = Array(Set(changed + poller.changes())).sorted()
                continuation.yield(SourceChanges(paths: changed))
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }
}

/// Compares every source file's stamp (modification time, size, inode) with the previous look.
/// It works the same on every platform and on network or container mounts, where inotify often
/// stays silent, but stats every file on every look: on a site of 10,000 pages that costs more than
/// the rebuilds.
struct PollingWatcher {
    /// Folders (walked recursively) and single files.
    let roots: [String]
    private var last: [String: FileStamp] = [:]

    init(roots: [String]) {
        self.roots = roots
        last = snapshot()
    }

    /// The paths added, removed or changed since the previous call.
    mutating func changes() -> [String] {
        let now = snapshot()
        guard now != last else { return [] }
        var changed = Set<String>()
        for (path, stamp) in now where last[path] != stamp { changed.insert(path) }
        for path in last.keys where now[path] == nil { changed.insert(path) }
        last = now
        return changed.sorted()
    }

    private func snapshot() -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        let fm = FileManager.default
        for root in roots {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: root, isDirectory: &isDirectory) else { continue }
            guard isDirectory.boolValue else {
                stamps[root] = FileStamp(path: root)
                continue
            }
            guard let enumerator = fm.enumerator(atPath: root) else { continue }
            for case let relative as String in enumerator {
                // A folder changes only when its files do, and those are seen themselves.
                if EditorScratchFiles.contains((relative as NSString).lastPathComponent) { continue }
                if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { continue }
                let path = root + "/" + relative
                if let stamp = FileStamp(path: path) { stamps[path] = stamp }
            }
        }
        return stamps
    }
}
