import Content
import Foundation

/// What the preview keeps between two runs of the content stages, so that after an edit only
/// the edited files are read and rendered again: the list of files, and for each its stamp, its
/// front matter and its rendered body, and the identities (ids, URLs, the link table) they made.
/// Everything is kept in the order of the file list, so an edit costs work for the edited files,
/// not for every file of the site.
public struct SourceCache: Sendable {
    /// The last list of files, with the problems found while listing them.
    public struct Discovery: Sendable {
        var folder: String
        var files: [ContentFile]
        var diagnostics: [Diagnostic]
        var followedLinks: Bool

        /// Whether the same files are there after a change to `changed` (paths relative to the
        /// folder): only when every changed path is a Markdown file of the list, still a file.
        func keeps(folder: String, after changed: Set<String>, index: [String: Int]) -> Bool {
            guard folder == self.folder else { return false }
            return changed.allSatisfy { path in
                guard index[path] != nil else { return false }
                var info = stat()
                return lstat(folder + "/" + path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
            }
        }
    }

    var discovered: Discovery?
    /// The files of the last load, in order, with what was read and made of each.
    private var paths: [String] = []
    private(set) var index: [String: Int] = [:]
    private var stamps: [FileStamp?] = []
    private var frontMatter: [DecodedFile] = []
    private var bodies: [BodyRenderer.Output?] = []
    private(set) var identities: Identities?
    /// Whether the files read again in the last load declare what they declared before (the same
    /// ids, URLs and places), and no file came or went: the identities are then the same.
    private(set) var keptIdentities = false

    public init() {}

    /// Reads again (with `read`) the files of `found` that `changed` names (relative paths), that
    /// were not read before or, when `changed` is nil, whose stamp changed. Files held in memory
    /// have no stamp and are always read again. Returns every file and the positions read again.
    mutating func frontMatter(of found: [ContentFile], changed: Set<String>?,
                              read: ([ContentFile]) async -> [DecodedFile]) async -> (files: [DecodedFile], reread: [Int]) {
        let sameList = found.count == paths.count && found.indices.allSatisfy { found[$0].relativePath == paths[$0] }
        let stale: [Int]
        if sameList, let changed {
            stale = Set(changed.compactMap { index[$0] } + found.indices.filter { found[$0].contents != nil }).sorted()
        } else {
            stale = found.indices.filter { i in
                guard found[i].contents == nil, let known = index[found[i].relativePath] else { return true }
                return stamps[known] == nil || stamps[known] != FileStamp(path: found[i].absolutePath)
            }
        }
        let fresh = await read(stale.map { found[$0] })
        if !sameList {
            // A new list: keep what is known of the files that stayed, by path.
            let old = (index: index, stamps: stamps, frontMatter: frontMatter, bodies: bodies)
            paths = found.map(\.relativePath)
            index = Dictionary(found.indices.map { (found[$0].relativePath, $0) }, uniquingKeysWith: { first, _ in first })
            stamps = paths.map { old.index[$0].map { old.stamps[$0] } ?? nil }
            frontMatter = found.indices.map { i in old.index[paths[i]].map { old.frontMatter[$0] } ?? DecodedFile(file: found[i]) }
            bodies = paths.map { old.index[$0].flatMap { old.bodies[$0] } }
        }
        keptIdentities = sameList && identities != nil
        for (i, file) in zip(stale, fresh) {
            if keptIdentities, !Self.declaresTheSame(frontMatter[i], as: file) { keptIdentities = false }
            stamps[i] = found[i].contents == nil ? FileStamp(path: found[i].absolutePath) : nil
            frontMatter[i] = file
            bodies[i] = nil
        }
        return (frontMatter, stale)
    }

    /// Keeps the identities the files of the last load make.
    mutating func keep(_ identities: Identities) {
        if !keptIdentities { bodies = bodies.map { _ in nil } }
        self.identities = identities
    }

    /// Renders (with `render`) the bodies not rendered since their file or the identities changed.
    mutating func bodies(render: ([DecodedFile]) async -> [BodyRenderer.Output]) async -> [BodyRenderer.Output] {
        let stale = bodies.indices.filter { bodies[$0] == nil }
        let fresh = await render(stale.map { frontMatter[$0] })
        for (i, body) in zip(stale, fresh) { bodies[i] = body }
        return bodies.map { $0! }
    }

    /// Whether `new`, a file read again, declares what `old` declared: the same entities at the
    /// same places with the same URLs, and readable or not as before.
    private static func declaresTheSame(_ old: DecodedFile, as new: DecodedFile) -> Bool {
        old.entities.count == new.entities.count
            && zip(old.entities, new.entities).allSatisfy { $0.id == $1.id && $0.url == $1.url && $0.location == $1.location }
            && (old.entities.isEmpty && old.diagnostics.hasErrors) == (new.entities.isEmpty && new.diagnostics.hasErrors)
    }
}
