import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Printed PDFs kept between builds, outside the site (`.spiegel-cache/pdf/` by default), so a
/// PDF is printed again only when something it is made from changed (`PrintInputs` makes the
/// key). An entry is one file, `KEY.CHECKSUM.pdf`: written under a temporary name and renamed,
/// so two builds at once never see half of one, and its checksum (SHA-256 of its bytes) catches
/// an entry truncated or damaged on disk, which is then removed and printed again. The folder is
/// safe to delete at any time; `trim` keeps it under `limit` bytes by removing the entries used
/// least recently (a hit touches its entry).
public struct PDFCache: Sendable {
    public let folder: URL
    public let limit: Int

    /// 256 MB: some thousands of sheets, far more than one site has.
    public static let defaultLimit = 256 << 20

    public init(directory: String, limit: Int = PDFCache.defaultLimit) {
        folder = URL(fileURLWithPath: directory).appendingPathComponent("pdf")
        self.limit = limit
    }

    /// The entries on disk, by key: read once per build, since a look-up must find the file
    /// whose name starts with its key.
    public func entries() -> [String: String] {
        var found: [String: String] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".pdf") {
            let parts = name.split(separator: ".")
            if parts.count == 3 { found[String(parts[0])] = name }
        }
        return found
    }

    /// The PDF stored under `key`, when its bytes still match their checksum; a damaged entry is
    /// removed, and nil makes the caller print it again.
    public func pdf(_ key: String, in entries: [String: String]) -> Data? {
        guard let name = entries[key] else { return nil }
        let url = folder.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        guard name.split(separator: ".")[1] == SHA256.hex(data) else {
            try? FileManager.default.removeItem(at: url)
            return nil
        }
        // Used now: the last to be removed when the cache is trimmed.
        utimes(url.path, nil)
        return data
    }

    /// Keeps `data` under `key`. A failure to store costs only a later re-print, so it is not an
    /// error of the build.
    public func store(_ data: Data, key: String) {
        let fm = FileManager.default
        try? fm.createDirectory(at: folder, withIntermediateDirectories: true)
        let name = "\(key).\(SHA256.hex(data)).pdf"
        let temporary = folder.appendingPathComponent(".tmp-\(getpid())-\(UUID().uuidString)")
        guard SiteWriter.writeFile(data, to: temporary.path) == nil,
              rename(temporary.path, folder.appendingPathComponent(name).path) == 0 else {
            try? fm.removeItem(at: temporary)
            return
        }
    }

    /// Removes the least recently used entries until the cache holds at most `limit` bytes, and
    /// temporary files older than an hour (left by a build that was killed while storing).
    public func trim() {
        let fm = FileManager.default
        let keys: [URLResourceKey] = [.fileSizeKey, .contentModificationDateKey]
        guard let urls = try? fm.contentsOfDirectory(at: folder, includingPropertiesForKeys: keys, options: []) else { return }
        var files: [(url: URL, size: Int, used: Date)] = []
        for url in urls {
            guard let values = try? url.resourceValues(forKeys: Set(keys)) else { continue }
            let used = values.contentModificationDate ?? .distantPast
            if url.lastPathComponent.hasPrefix(".tmp-") {
                if used < Date(timeIntervalSinceNow: -3600) { try? fm.removeItem(at: url) }
                continue
            }
            files.append((url, values.fileSize ?? 0, used))
        }
        var total = files.map(\.size).reduce(0, +)
        for file in files.sorted(by: { $0.used < $1.used }) where total > limit {
            try? fm.removeItem(at: file.url)
            total -= file.size
        }
    }
}
