import Content
import Foundation

/// What the preview keeps between two runs of the content stages, so that after an edit only
/// the edited files are read, rendered and checked again: the list of files, and for each its
/// stamp, its front matter and its rendered body, the identities (ids, URLs, the link table) they
/// made, and what checking each entity and each body's links found.
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
    /// What the checks of the last load found, in the order the graph stage checks them: each
    /// entity's, then each file's body links.
    private var checks: (entities: [Validator.Outcome], links: [Validator.Outcome])?
    /// The ids of the entities read again in the last load, when the identities stayed the same.
    private var touched: Set<String> = []
    /// The positions of the files read again in the last load.
    private var reread: Set<Int> = []
    /// The warnings of the last load, by entity id, and the ids whose backlinks may have changed
    /// since (nil: any may have).
    private var warnings: [String: Diagnostic]?
    private var backlinksChanged: Set<String>?

    public init() {}

    /// Reads again (with `read`) the files of `found` that `changed` names (relative paths), that
    /// were not read before or, when `changed` is nil, whose stamp changed. Files held in memory
    /// have no stamp and are always read again. Returns every file and the positions read again.
    mutating func frontMatter(of found: [ContentFile], changed: Set<String>?,
                              read: ([ContentFile]) async -> [DecodedFile]) async -> (files: [DecodedFile], reread: [Int]) {
        let sameList = found.count == paths.count && found.indices.allSatisfy { found[$0].key == paths[$0] }
        let stale: [Int]
        if sameList, let changed {
            stale = Set(changed.compactMap { index[$0] } + found.indices.filter { found[$0].contents != nil }).sorted()
        } else {
            stale = found.indices.filter { i in
                guard found[i].contents == nil, let known = index[found[i].key] else { return true }
                return stamps[known] == nil || stamps[known] != FileStamp(path: found[i].absolutePath)
            }
        }
        let fresh = await read(stale.map { found[$0] })
        if !sameList {
            // A new list: keep what is known of the files that stayed, by path.
            let old = (index: index, stamps: stamps, frontMatter: frontMatter, bodies: bodies)
            paths = found.map(\.key)
            index = Dictionary(found.indices.map { (found[$0].key, $0) }, uniquingKeysWith: { first, _ in first })
            stamps = paths.map { old.index[$0].map { old.stamps[$0] } ?? nil }
            frontMatter = found.indices.map { i in old.index[paths[i]].map { old.frontMatter[$0] } ?? DecodedFile(file: found[i]) }
            bodies = paths.map { old.index[$0].flatMap { old.bodies[$0] } }
        }
        keptIdentities = sameList && identities != nil
        touched = []
        reread = Set(stale)
        for (i, file) in zip(stale, fresh) {
            if keptIdentities, !Self.declaresTheSame(frontMatter[i], as: file) { keptIdentities = false }
            touched.formUnion(file.entities.map(\.id))
            stamps[i] = found[i].contents == nil ? FileStamp(path: found[i].absolutePath) : nil
            frontMatter[i] = file
            bodies[i] = nil
        }
        // A body that shows an item of a file read again (`Reuse`: a question's text, a card's
        // steps) is made again as if its own file had changed, so it shows the item as it is now.
        let showing = touched.isEmpty ? [] : bodies.indices.filter { i in
            bodies[i]?.links.contains { $0.kind == .reuse && touched.contains($0.to) } == true
        }
        for i in showing {
            touched.formUnion(frontMatter[i].entities.map(\.id))
            reread.insert(i)
            bodies[i] = nil
        }
        return (frontMatter, stale + showing)
    }

    /// Keeps the identities the files of the last load make.
    mutating func keep(_ identities: Identities) {
        if !keptIdentities {
            bodies = bodies.map { _ in nil }
            checks = nil
            warnings = nil
        }
        self.identities = identities
    }

    /// Renders (with `render`) the bodies not rendered since their file or the identities changed.
    mutating func bodies(render: ([DecodedFile]) async -> [BodyRenderer.Output]) async -> [BodyRenderer.Output] {
        let stale = bodies.indices.filter { bodies[$0] == nil }
        let fresh = await render(stale.map { frontMatter[$0] })
        for (i, body) in zip(stale, fresh) { bodies[i] = body }
        return bodies.map { $0! }
    }

    /// Checks (with `check`) the entities and body links whose outcome may differ from the last
    /// load's: with the same identities, those of the files read again and those that read an
    /// entity of them (a link's target, whose headings it needs; a dimension's values; a work
    /// card's steps). `check` gets the positions to check and returns their outcomes.
    mutating func checks(entities: [Entity], links: [[Relation]],
                         check: (_ entities: [Int], _ links: [Int]) async -> (entities: [Validator.Outcome], links: [Validator.Outcome]))
        async -> (entities: [Validator.Outcome], links: [Validator.Outcome]) {
        var known = checks.flatMap { $0.entities.count == entities.count && $0.links.count == links.count ? $0 : nil }
        let reread = self.reread
        // An edit touches an id or two, and the outcomes consult a hundred thousand: comparing
        // with each costs less than hashing every one of them.
        let touched = Array(self.touched)
        let reads = { (outcome: Validator.Outcome) in outcome.consulted.contains(where: touched.contains) }
        let staleEntities = known.map { known in
            entities.indices.filter { touched.contains(entities[$0].id) || reads(known.entities[$0]) }
        } ?? Array(entities.indices)
        let staleLinks = known.map { known in
            links.indices.filter { reread.contains($0) || reads(known.links[$0]) }
        } ?? Array(links.indices)
        let fresh = await check(staleEntities, staleLinks)
        if known == nil {
            known = fresh
            backlinksChanged = nil
        } else {
            // Backlinks change only where a relation checked again pointed before or points now.
            var changed = self.touched
            for (i, outcome) in zip(staleEntities, fresh.entities) {
                changed.formUnion((known!.entities[i].relations + outcome.relations).lazy.map(\.to))
                known!.entities[i] = outcome
            }
            for (i, outcome) in zip(staleLinks, fresh.links) {
                changed.formUnion((known!.links[i].relations + outcome.relations).lazy.map(\.to))
                known!.links[i] = outcome
            }
            backlinksChanged = changed
        }
        checks = known
        return known!
    }

    /// The warnings for `graph` (with `warn`), made again only for the entities whose backlinks
    /// or own front matter may have changed since the last load.
    mutating func warnings(in graph: ContentGraph, warn: ([Entity]) async -> [Diagnostic?]) async -> [Diagnostic] {
        if var known = warnings, let changed = backlinksChanged {
            let entities = changed.compactMap(graph.entity)
            for (entity, warning) in zip(entities, await warn(entities)) { known[entity.id] = warning }
            warnings = known
        } else {
            let made = await warn(graph.entities)
            warnings = Dictionary(zip(graph.entities, made).compactMap { entity, warning in warning.map { (entity.id, $0) } },
                                  uniquingKeysWith: { first, _ in first })
        }
        return Array(warnings!.values)
    }

    /// Whether `new`, a file read again, declares what `old` declared: the same entities at the
    /// same places with the same URLs, and readable or not as before.
    private static func declaresTheSame(_ old: DecodedFile, as new: DecodedFile) -> Bool {
        old.entities.count == new.entities.count
            && zip(old.entities, new.entities).allSatisfy {
                $0.id == $1.id && $0.type == $1.type && $0.url == $1.url && $0.location == $1.location
            }
            && (old.entities.isEmpty && old.diagnostics.hasErrors) == (new.entities.isEmpty && new.diagnostics.hasErrors)
    }
}
