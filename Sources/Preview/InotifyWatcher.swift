#if canImport(Glibc)
import Foundation
import Glibc

/// Linux's inotify over the preview's sources. The kernel watches one folder per watch, so every
/// folder under a root gets one, and folders that appear later get theirs when they appear. Each
/// root's parent folder is watched too, for the root itself being created, replaced (an editor's
/// atomic save of `spiegel.yml`) or removed.
///
/// A file counts as changed when it is closed after writing, moved in or out, deleted, or its
/// attributes change (`touch`): never while it is being written, so no pause is needed to avoid a
/// half-written file. Events arriving within 10 ms of each other form one batch (an atomic save is
/// a write and a rename; `git checkout` touches many files).
///
/// Unchecked, and safe: `folders` is filled in `init` and afterwards read and changed only by the
/// one watching thread (`run`), and `stopped`, which another thread sets, is read under `stopLock`.
final class InotifyWatcher: @unchecked Sendable {
    private let descriptor: Int32
    private let roots: Set<String>
    /// Watch descriptor → the folder it watches. Only the watching thread touches it after init.
    private var folders: [Int32: String] = [:]
    private let stopLock = NSLock()
    private var stopped = false

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE | IN_ATTRIB)

    /// Nil when inotify is unavailable or cannot watch every folder: the caller polls instead.
    init?(roots: [String]) {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.roots = Set(roots)
        for root in roots {
            let parent = (root as NSString).deletingLastPathComponent
            guard watch(parent.isEmpty ? "/" : parent) != nil || !FileManager.default.fileExists(atPath: parent) else {
                return nil
            }
        }
        var isDirectory: ObjCBool = false
        for root in roots where FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) && isDirectory.boolValue
            && addTree(root) == nil {
            return nil
        }
    }

    deinit { close(descriptor) }

    func stop() { stopLock.withLock { stopped = true } }

    /// Reads events until `stop()`, yielding a batch per burst of events.
    func run(_ output: AsyncStream<SourceChanges>.Continuation) {
        defer { output.finish() }
        while !stopLock.withLock({ stopped }) {
            guard wait(milliseconds: 250) else { continue }
            var batch = Batch()
            let started = ContinuousClock.now
            repeat { read(into: &batch) } while wait(milliseconds: 10) && ContinuousClock.now - started < .milliseconds(200)
            guard !batch.paths.isEmpty || !batch.complete else { continue }
            output.yield(SourceChanges(paths: batch.paths.sorted(), complete: batch.complete))
        }
    }

    private struct Batch {
        var paths = Set<String>()
        var complete = true
    }

    private func wait(milliseconds: Int32) -> Bool {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, milliseconds) > 0
    }

    private func read(into batch: inout Batch) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                    (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameStart = offset + MemoryLayout<inotify_event>.size
                let name = String(decoding: buffer[nameStart..<nameStart + length].prefix { $0 != 0 }, as: UTF8.self)
                offset = nameStart + length
                handle(wd: wd, mask: mask, name: name, into: &batch)
            }
        }
    }

    private func handle(wd: Int32, mask: UInt32, name: String, into batch: inout Batch) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            batch.complete = false
            return
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[wd] = nil
            return
        }
        guard let folder = folders[wd], !name.isEmpty else { return }
        let path = folder == "/" ? "/" + name : folder + "/" + name
        let isRoot = roots.contains(path)
        guard isRoot || (!EditorScratchFiles.contains(name) && roots.contains { path.hasPrefix($0 + "/") }) else { return }
        let isFolder = mask & UInt32(IN_ISDIR) != 0
        if isFolder, mask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0 {
            unwatch(path)
            batch.paths.insert(path)
        } else if isFolder, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            // Files written into the new folder before its watch existed are reported from here.
            if let files = addTree(path) { batch.paths.formUnion(files) } else { batch.complete = false }
            batch.paths.insert(path)
        } else if !isFolder, mask & UInt32(IN_CREATE) != 0 {
            // A new file is reported when it is closed after writing; a new symbolic link never is.
            var info = stat()
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK { batch.paths.insert(path) }
        } else if !isFolder {
            batch.paths.insert(path)
        }
    }

    private func watch(_ folder: String) -> Int32? {
        let wd = inotify_add_watch(descriptor, folder, Self.mask)
        guard wd >= 0 else { return nil }
        folders[wd] = folder
        return wd
    }

    private func unwatch(_ folder: String) {
        for (wd, path) in folders where path == folder || path.hasPrefix(folder + "/") {
            inotify_rm_watch(descriptor, wd)
            folders[wd] = nil
        }
    }

    /// Watches `folder` and every folder under it (symbolic links are not followed: a link inside
    /// a root points inside it, and that folder has its own watch). Returns the files found, or
    /// nil when a watch could not be added.
    private func addTree(_ folder: String) -> [String]? {
        guard watch(folder) != nil else { return nil }
        var files: [String] = []
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !EditorScratchFiles.contains(name) {
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                guard let inner = addTree(path) else { return nil }
                files += inner
            } else {
                files.append(path)
            }
        }
        return files
    }
}
#endif
