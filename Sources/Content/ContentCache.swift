import Foundation
import Markdown

/// The same pipeline as `ContentLoader.load`, remembering what it read so that the next load of
/// the same folder (the preview server's, after an edit) redoes only what the edit touches.
///
/// Told which files changed (`changed:`, from the preview's file watcher), and when the edit keeps
/// every id, type, URL and parent (text, titles, numbers, relations: most edits), it patches the
/// previous result: it decodes and renders those files, checks again their entities, the body
/// links into them (anchors), and the quadrants or worksheets that read them, replaces their
/// relations in the graph and redoes the warnings of every entity whose backlinks changed. The
/// result equals a whole load (a test compares them for many kinds of edit).
///
/// Otherwise (files added, removed or renamed, an `id:` edited, a duplicate id anywhere, symbolic
/// links in the folder, or no list of changes) it loads whole, still reusing what it can:
/// - a file is decoded again only when its modification time, size or inode changed;
/// - bodies are rendered again only for those files, unless an id, a path or a URL changed
///   anywhere: link targets in every body may then differ, so all bodies are rendered again.
public struct ContentCache: Sendable {
    private var decoded: [String: (stamp: FileStamp?, file: DecodedFile)] = [:]
    private var bodies: [String: BodyRenderer.Output] = [:]
    private var resolver: LinkResolver?
    /// The last load, by the part each file and entity contributed; nil when it cannot be patched.
    private var last: Assembly?
    /// Whether loads keep what they read for the next one. A one-shot build does not: it skips
    /// the file stamps and the copies, which would only be thrown away at exit.
    private let remembers: Bool
    /// The files the last load decoded again (content-relative paths, sorted): for the preview's
    /// log. Empty when the cache does not remember.
    public private(set) var reread: [String] = []

    public init(remembers: Bool = true) { self.remembers = remembers }

    /// `changed`: paths relative to the content folder (files or folders) that changed since the
    /// previous load; nil when that is not known, and every file's stamp is compared.
    public mutating func load(contentDirectory: String, changed: [String]? = nil) -> ContentLoadResult {
        if let changed, let result = reload(contentDirectory: contentDirectory, changed: changed) { return result }
        var diagnostics: [Diagnostic] = []
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            let d = Diagnostic(file: contentDirectory, line: 1, column: 1, message: "the content folder does not exist",
                               hint: "run Spiegel from the repository root, or pass --content DIR")
            self = ContentCache(remembers: remembers)
            return ContentLoadResult(graph: ContentGraph(entities: [], relations: []), diagnostics: [d])
        }

        let discovery = ContentDiscovery.files(in: contentDirectory)
        diagnostics += discovery.diagnostics
        let result = load(discovery.files, diagnostics: diagnostics)
        if discovery.followedLinks { last = nil }
        last?.contentDirectory = contentDirectory
        return result
    }

    mutating func load(_ found: [ContentFile], diagnostics discovered: [Diagnostic]) -> ContentLoadResult {
        // Front matter: YAML and typed decoding of new and changed files, on all cores. Files held
        // in memory have no stamp and are always decoded again.
        var files: [DecodedFile]
        /// A whole load on several cores decodes, identifies and resolves in one overlapped pass.
        var pipelined: (identities: Identities, outputs: [BodyRenderer.Output])?
        var redecoded = Set<String>()
        let current = remembers ? Set(found.map(\.relativePath)) : []
        if remembers {
            let stamps = found.concurrentMap { $0.contents == nil ? FileStamp(path: $0.absolutePath) : nil }
            let previous = decoded
            let stale = found.indices.filter { i in
                previous[found[i].relativePath].map { $0.stamp == nil || $0.stamp != stamps[i] } ?? true
            }
            let fresh = stale.map { found[$0] }.concurrentBatchMap(EntityDecoder.decode(batch:))
            for (i, file) in zip(stale, fresh) {
                decoded[found[i].relativePath] = (stamps[i], file)
                redecoded.insert(file.file.relativePath)
            }
            reread = redecoded.sorted()
            // Every current file is in `decoded`: with as many entries as files, nothing was removed.
            if decoded.count != current.count { decoded = decoded.filter { current.contains($0.key) } }
            files = stale.count == found.count ? fresh : found.map { decoded[$0.relativePath]!.file }
        } else if Parallelism.enabled, found.count > 1 {
            let run = LoadPipeline.run(found, identify: Self.identify)
            files = run.files
            pipelined = (run.identities, run.outputs)
        } else {
            files = found.concurrentBatchMap(EntityDecoder.decode(batch:))
        }

        let identities = pipelined?.identities ?? Self.identify(files)
        let (firstByID, duplicates, unreadable, resolver) =
            (identities.firstByID, identities.duplicates, identities.unreadable, identities.resolver)

        // Bodies were parsed with the front matter; what is left, resolving links, runs in parallel.
        let outputs: [BodyRenderer.Output]
        if let pipelined {
            outputs = pipelined.outputs
        } else if remembers {
            let everyBody = resolver != self.resolver
            let toRender = files.filter { everyBody || redecoded.contains($0.file.relativePath) || bodies[$0.file.relativePath] == nil }
            for (file, output) in zip(toRender, toRender.concurrentMap { BodyRenderer.render($0, resolver: resolver) }) {
                bodies[file.file.relativePath] = output
            }
            if bodies.count != current.count { bodies = bodies.filter { current.contains($0.key) } }
            self.resolver = resolver
            outputs = files.map { bodies[$0.file.relativePath]! }
        } else {
            outputs = files.concurrentMap { BodyRenderer.render($0, resolver: resolver) }
        }

        // The entities move out of the decoded files, so that setting a body changes the entity in
        // place instead of copying it.
        var entities: [Entity] = []
        entities.reserveCapacity(files.count)
        for i in files.indices {
            var declared = files[i].entities
            files[i].entities = []
            if !declared.isEmpty { declared[0].body = outputs[i].body }
            entities += declared.filter { firstByID[$0.id] == $0.location }
        }

        // The graph's entities in order, with their look-ups, are made meanwhile on another thread.
        let layout = Pending { [entities] in ContentGraph.Layout(entities) }

        // Validation part by part, each entity's relations and each file's links a group of the
        // graph: the parts an edit touches can then be replaced on their own.
        var assembly = Assembly(found: found, validator: Validator(entities: entities, unreadable: unreadable), patchable: remembers)
        assembly.fixedDiagnostics = discovered + duplicates + Validator.siteDiagnostics(entities: entities, byID: assembly.validator.byID)
        // The assembly is new: only parts with diagnostics need an entry.
        for i in files.indices where !files[i].diagnostics.isEmpty || !outputs[i].diagnostics.isEmpty {
            assembly.fileDiagnostics[files[i].file.relativePath] = files[i].diagnostics + outputs[i].diagnostics
        }
        // Each entity's and each file's checks stand alone: they run on all cores.
        let validator = assembly.validator
        var groups: [[Relation]] = []
        for (entity, outcome) in zip(entities, entities.concurrentMap { validator.check($0) }) {
            if !outcome.diagnostics.isEmpty { assembly.entityDiagnostics[entity.id] = outcome.diagnostics }
            if remembers { assembly.entityGroup[entity.id] = groups.count }
            groups.append(outcome.relations)
        }
        let fileLinks = outputs.map(\.links)
        for (file, (links, outcome)) in zip(files, zip(fileLinks, fileLinks.concurrentMap { validator.checkLinks($0) })) {
            let path = file.file.relativePath
            if !outcome.diagnostics.isEmpty { assembly.linkDiagnostics[path] = outcome.diagnostics }
            groups.append(outcome.relations)
            guard remembers else { continue }
            assembly.linkGroup[path] = groups.count - 1
            for link in links where link.fragment != nil { assembly.anchorLinks[link.to, default: []].insert(path) }
        }
        assembly.graph = ContentGraph(layout: layout.value, relationGroups: groups)
        let graph = assembly.graph
        for (entity, warning) in zip(graph.entities, graph.entities.concurrentMap { Validator.warning(for: $0, in: graph) }) {
            if let warning { assembly.warnings[entity.id] = warning }
        }
        let result = assembly.result()
        last = !remembers || !duplicates.isEmpty || found.contains { $0.contents != nil } ? nil : assembly
        // What only this load needed (the parsed bodies' HTML, each file's links) is freed on
        // another thread: tens of thousands of objects, whose freeing here kept one core busy and
        // the other idle before the pages could be rendered.
        Discard.later((consume files, consume outputs, consume fileLinks))
        return result
    }

    /// Who declares what: where each id is first declared (a later one is a duplicate), which
    /// file declares which id, and the resolver for links between files.
    struct Identities: Sendable {
        var firstByID: [String: SourceLocation]
        var duplicates: [Diagnostic]
        var unreadable: Set<String>
        var resolver: LinkResolver
    }

    static func identify(_ files: [DecodedFile]) -> Identities {
        // Ids must be unique before links can be resolved by path. Where each id was declared
        // first, rather than the entity itself: an entity held twice would be copied whole when
        // its body is set.
        var firstByID: [String: SourceLocation] = [:]
        var entityByPath: [String: String] = [:]
        var urlByID: [String: String] = [:]
        firstByID.reserveCapacity(files.count)
        entityByPath.reserveCapacity(files.count)
        urlByID.reserveCapacity(files.count)
        var duplicates: [Diagnostic] = []
        // By index: a loop variable would copy each decoded file (a dozen references) twice.
        for i in files.indices {
            for entity in files[i].entities {
                if let other = firstByID[entity.id] {
                    duplicates.append(entity.location.diagnostic(
                        "duplicate id '\(entity.id)': \(other.file):\(other.line) has it too",
                        hint: "ids are unique across the whole site; give one of them another 'id:'"))
                    continue
                }
                firstByID[entity.id] = entity.location
                urlByID[entity.id] = entity.url
            }
            if let main = files[i].entities.first { entityByPath[files[i].file.relativePath] = main.id }
        }
        // A file whose front matter cannot be read declares nothing, so every link to it and every
        // id naming it would be reported too, burying the one error that matters. Its own error says
        // what is wrong; links and references to it (by its file name) are let through until it is fixed.
        var unreadable = Set<String>()
        for file in files where file.entities.isEmpty && file.diagnostics.hasErrors {
            let id = String(ContentFile.fileName(file.file.relativePath).dropLast(3))
            guard firstByID[id] == nil else { continue }
            unreadable.insert(id)
            entityByPath[file.file.relativePath] = id
        }
        let resolver = LinkResolver(entityByPath: entityByPath, urlByID: urlByID)
        return Identities(firstByID: firstByID, duplicates: duplicates, unreadable: unreadable, resolver: resolver)
    }

    /// Patches the last load after an edit of `changed` files; nil when the edit needs a whole load.
    private mutating func reload(contentDirectory: String, changed: [String]) -> ContentLoadResult? {
        guard var site = last, site.contentDirectory == contentDirectory, let resolver else { return nil }
        let root = URL(fileURLWithPath: contentDirectory).path
        var stale: [ContentFile] = []
        for path in Set(changed) where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            let index = site.index[path]
            var info = stat()
            if lstat(index.map { site.found[$0].absolutePath } ?? root + "/" + path, &info) == 0 {
                // A new folder or symbolic link changes which files there are.
                guard info.st_mode & S_IFMT == S_IFREG else { return nil }
                guard path.hasSuffix(".md") else { continue }
                guard let index else { return nil }
                stale.append(site.found[index])
            } else if index != nil || site.index.keys.contains(where: { $0.hasPrefix(path + "/") }) {
                return nil
            }
        }
        reread = stale.map(\.relativePath).sorted()
        guard !stale.isEmpty else { return site.result(touched: []) }

        let fresh = stale.concurrentBatchMap(EntityDecoder.decode(batch:))
        for file in fresh {
            let before = decoded[file.file.relativePath]!.file.entities
            guard before.count == file.entities.count,
                  zip(before, file.entities).allSatisfy({ $0.keepsItsPlace(as: $1) }) else { return nil }
        }
        // From here on the patch goes through; the cache gives up its copy, so that the site's
        // dictionaries are changed in place instead of copied whole.
        last = nil
        let outputs = fresh.concurrentMap { BodyRenderer.render($0, resolver: resolver) }
        var replaced: [Entity] = []
        var linkFiles = Set<String>()
        for (file, output) in zip(fresh, outputs) {
            let path = file.file.relativePath
            decoded[path] = (FileStamp(path: file.file.absolutePath), file)
            for link in bodies[path]!.links where link.fragment != nil { site.anchorLinks[link.to]?.remove(path) }
            for link in output.links where link.fragment != nil { site.anchorLinks[link.to, default: []].insert(path) }
            bodies[path] = output
            site.fileDiagnostics[path] = (file.diagnostics + output.diagnostics).nonEmpty
            linkFiles.insert(path)
            for (j, var entity) in file.entities.enumerated() {
                if j == 0 { entity.body = output.body }
                replaced.append(entity)
                site.validator.byID[entity.id] = entity
            }
        }

        // Check again the entities replaced, those whose checks read them (quadrants read their
        // dimensions' values, worksheets their work cards' steps), and the links into them (anchors).
        let types = Set(replaced.map(\.type))
        var recheck = replaced.map(\.id)
        if types.contains(.dimension) { recheck += site.graph.entities(of: .quadrant).map(\.id) }
        if types.contains(.workCard) { recheck += site.graph.entities(of: .worksheet).map(\.id) }
        for entity in replaced { linkFiles.formUnion(site.anchorLinks[entity.id] ?? []) }
        var groups: [Int: [Relation]] = [:]
        for id in Set(recheck) {
            let outcome = site.validator.check(site.validator.byID[id]!)
            site.entityDiagnostics[id] = outcome.diagnostics.nonEmpty
            groups[site.entityGroup[id]!] = outcome.relations
        }
        for path in linkFiles {
            let outcome = site.validator.checkLinks(bodies[path]!.links)
            site.linkDiagnostics[path] = outcome.diagnostics.nonEmpty
            groups[site.linkGroup[path]!] = outcome.relations
        }

        // Warnings follow backlinks: redo them for every entity a changed group pointed at or points at.
        var warned = Set(recheck)
        for (g, group) in groups {
            warned.formUnion(site.graph.relationGroup(g).map(\.to))
            warned.formUnion(group.map(\.to))
        }
        site.graph = site.graph.patched(entities: replaced, groups: groups)
        for id in warned {
            site.warnings[id] = site.graph.entity(id).flatMap { Validator.warning(for: $0, in: site.graph) }
        }
        last = site
        return site.result(touched: Set(replaced.map(\.id)))
    }
}

/// What a load built, by the part each file and entity contributed, so that an edit replaces
/// its own parts.
private struct Assembly: Sendable {
    var contentDirectory = ""
    var found: [ContentFile]
    /// Content-relative path → position in `found`.
    var index: [String: Int]
    var validator: Validator
    var graph = ContentGraph(entities: [], relations: [])
    /// Discovery, duplicate ids, the checks across entities: they change only with ids, paths, types.
    var fixedDiagnostics: [Diagnostic] = []
    /// Front matter and body problems of each file; anchor problems of each file's links.
    var fileDiagnostics: [String: [Diagnostic]] = [:]
    var linkDiagnostics: [String: [Diagnostic]] = [:]
    var entityDiagnostics: [String: [Diagnostic]] = [:]
    var warnings: [String: Diagnostic] = [:]
    /// The graph's relation group of each entity's front matter and of each file's body links.
    /// This and `index` and `anchorLinks` serve only to patch: empty when the cache does not remember.
    var entityGroup: [String: Int] = [:]
    var linkGroup: [String: Int] = [:]
    /// Target id → the files whose links name an anchor on it.
    var anchorLinks: [String: Set<String>] = [:]

    init(found: [ContentFile], validator: Validator, patchable: Bool) {
        self.found = found
        self.validator = validator
        index = patchable ? Dictionary(uniqueKeysWithValues: found.enumerated().map { ($1.relativePath, $0) }) : [:]
    }

    func result(touched: Set<String>? = nil) -> ContentLoadResult {
        var diagnostics = fixedDiagnostics
        for list in [fileDiagnostics, entityDiagnostics, linkDiagnostics] { diagnostics += list.values.joined() }
        diagnostics += warnings.values
        return ContentLoadResult(graph: graph, diagnostics: diagnostics.sorted(), touched: touched)
    }
}

private extension Entity {
    /// Whether `other`, this entity decoded again, leaves every other entity, link and check as it
    /// was: the same id, type, URL, parent and file. Phases are compared with each other's parts
    /// (their ids share the id space), so an edit to one never counts as keeping its place.
    func keepsItsPlace(as other: Entity) -> Bool {
        id == other.id && type == other.type && url == other.url && parent == other.parent
            && sourcePath == other.sourcePath && type != .phase
    }
}

private extension Array {
    var nonEmpty: Self? { isEmpty ? nil : self }
}
