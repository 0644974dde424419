import Content
import Foundation

/// Notices edits by comparing every source file's stamp (modification time, size, inode) with the
/// previous look. Polling a few hundred files every 200 ms costs a few hundred `stat` calls, works
/// the same on every platform and on network or container mounts, where inotify often stays silent.
struct SourceWatcher {
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
                // Editors' swap and backup files (.x.swp, .#x) are not sources; a folder changes only
                // when its files do, and those are seen themselves.
                if (relative as NSString).lastPathComponent.hasPrefix(".") { continue }
                if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { continue }
                let path = root + "/" + relative
                if let stamp = FileStamp(path: path) { stamps[path] = stamp }
            }
        }
        return stamps
    }
}
