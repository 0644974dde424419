import Content
import Foundation

/// What the preview keeps between two runs of the content stages, so that after an edit only
/// the edited files are read and rendered again: each file's front matter (with the stamp it
/// had) and rendered body, and the link table the bodies were rendered with.
public struct SourceCache: Sendable {
    /// The last list of files, with the problems found while listing them.
    public struct Discovery: Sendable {
        var folder: String
        var files: [ContentFile]
        var diagnostics: [Diagnostic]
        var followedLinks: Bool

        /// Whether the same files are there after a change to `changed` (paths relative to the
        /// folder): only when every changed path is a Markdown file of the list, still a file.
        func keeps(folder: String, after changed: Set<String>) -> Bool {
            guard folder == self.folder, !changed.isEmpty else { return folder == self.folder }
            let known = Set(files.map(\.relativePath))
            return changed.allSatisfy { path in
                guard known.contains(path) else { return false }
                var info = stat()
                return lstat(folder + "/" + path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
            }
        }
    }

    var discovered: Discovery?
    private var frontMatter: [String: (stamp: FileStamp?, file: DecodedFile)] = [:]
    private(set) var bodies: [String: BodyRenderer.Output] = [:]
    private(set) var links: LinkResolver?

    public init() {}

    /// The positions in `found` of the files to read again: those `changed` names (relative
    /// paths), those not read before, and, when `changed` is nil, those whose stamp changed.
    /// Files held in memory have no stamp and are always read again.
    func stale(_ found: [ContentFile], changed: Set<String>?) -> [Int] {
        let frontMatter = self.frontMatter
        return found.indices.filter { i in
            let file = found[i]
            guard file.contents == nil, let cached = frontMatter[file.relativePath] else { return true }
            if let changed { return changed.contains(file.relativePath) }
            return cached.stamp == nil || cached.stamp != FileStamp(path: file.absolutePath)
        }
    }

    /// Keeps the files read again (`fresh`, at positions `stale` of `found`) and returns every
    /// file of `found`, read again or kept.
    mutating func store(_ fresh: [DecodedFile], at stale: [Int], of found: [ContentFile]) -> [DecodedFile] {
        for (i, file) in zip(stale, fresh) {
            frontMatter[found[i].relativePath] = (found[i].contents == nil ? FileStamp(path: found[i].absolutePath) : nil, file)
        }
        let files = found.map { frontMatter[$0.relativePath]!.file }
        // Files that are gone are forgotten.
        if frontMatter.count != found.count {
            let current = Set(found.map(\.relativePath))
            frontMatter = frontMatter.filter { current.contains($0.key) }
        }
        return files
    }

    /// Keeps the bodies rendered again (`fresh`, at positions `stale` of `files`) with the link
    /// table they were rendered with, and returns every file's body.
    mutating func store(_ fresh: [BodyRenderer.Output], at stale: [Int], of files: [DecodedFile],
                        links: LinkResolver) -> [BodyRenderer.Output] {
        for (i, body) in zip(stale, fresh) { bodies[files[i].file.relativePath] = body }
        self.links = links
        if bodies.count != files.count {
            let current = Set(files.map(\.file.relativePath))
            bodies = bodies.filter { current.contains($0.key) }
        }
        return files.map { bodies[$0.file.relativePath]! }
    }
}
