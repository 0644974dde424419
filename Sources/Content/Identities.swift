/// Who declares what, known from the front matter alone, before any body is read: where each
/// id is first declared (a later one is a duplicate), which file declares which id, each id's
/// URL, and so the table that turns a body's `.md` links into page URLs.
public struct Identities: Sendable {
    public var firstByID: [String: SourceLocation]
    public var duplicates: [Diagnostic]
    /// Ids of files whose front matter cannot be read: references to them are let through.
    public var unreadable: Set<String>
    public var links: LinkResolver
    /// What bodies may show of other entities (`Reuse`).
    public var reuse: Reuse.Table
    /// The layers' merge (`LayerMerge`): files left out because a later layer replaces their
    /// entity or `verbergen:` hides it, and what hiding made unknown.
    public var merge: LayerMerge

    public init(_ files: [DecodedFile], hidden: [ContentLayers.Entry] = []) {
        let merge = LayerMerge(files, hidden: hidden)
        // Where each id was declared first, rather than the entity itself: an entity held twice
        // would be copied whole when its body is set.
        var firstByID: [String: SourceLocation] = [:]
        var entityByPath: [String: String] = [:]
        var urlByID: [String: String] = [:]
        firstByID.reserveCapacity(files.count)
        entityByPath.reserveCapacity(files.count)
        urlByID.reserveCapacity(files.count)
        var duplicates = merge.diagnostics
        // By index: a loop variable would copy each decoded file (a dozen references) twice.
        for i in files.indices where merge.leftOut.isEmpty || !merge.leftOut.contains(files[i].file.displayPath) {
            for entity in files[i].entities {
                if let other = firstByID[entity.id] {
                    duplicates.append(entity.location.diagnostic(
                        .duplicateID(id: entity.id, otherFile: other.file, otherLine: other.line, isPart: false)))
                    continue
                }
                firstByID[entity.id] = entity.location
                urlByID[entity.id] = entity.url
            }
            if let main = files[i].entities.first { entityByPath[files[i].file.relativePath] = main.id }
        }
        // A link to a replaced file leads to its replacement, wherever that lives.
        for (path, id) in merge.replacedPaths where entityByPath[path] == nil { entityByPath[path] = id }
        // A file whose front matter cannot be read declares nothing, so every link to it and every
        // id naming it would be reported too, burying the one error that matters. Its own error says
        // what is wrong; links and references to it (by its file name) are let through until it is fixed.
        var unreadable = Set<String>()
        for i in files.indices where files[i].entities.isEmpty && files[i].diagnostics.hasErrors {
            let id = String(ContentFile.fileName(files[i].file.relativePath).dropLast(3))
            guard firstByID[id] == nil else { continue }
            unreadable.insert(id)
            entityByPath[files[i].file.relativePath] = id
        }
        self.firstByID = firstByID
        self.duplicates = duplicates
        self.merge = merge
        self.unreadable = unreadable
        reuse = Reuse.Table(files, firstByID: firstByID)
        links = LinkResolver(entityByPath: entityByPath, urlByID: urlByID, contentRoot: Self.contentRoot(of: files),
                             laterRoots: Self.laterRoots(of: files),
                             hidden: merge.hidden.isEmpty ? nil : merge)
    }

    /// The content folder on disk, from a file's absolute and relative paths; nil for files held
    /// in memory (their absolute path is no path on disk).
    private static func contentRoot(of files: [DecodedFile]) -> String? {
        files.first.flatMap { root(of: $0.file) }
    }

    /// The folders of the content layers after the first, in order, from the first file of each.
    private static func laterRoots(of files: [DecodedFile]) -> [String] {
        guard files.last?.file.layer ?? 0 > 0 else { return [] }
        var seen = Set<Int>([files.first?.file.layer ?? 0])
        return files.compactMap { seen.insert($0.file.layer).inserted ? root(of: $0.file) : nil }
    }

    private static func root(of file: ContentFile) -> String? {
        guard file.contents == nil, file.absolutePath.hasSuffix("/" + file.relativePath) else { return nil }
        return String(file.absolutePath.dropLast(file.relativePath.utf8.count + 1))
    }
}
