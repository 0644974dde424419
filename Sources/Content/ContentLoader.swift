import Foundation
import Markdown

/// The result of reading a content folder: the graph, and every problem found on the way.
public struct ContentLoadResult: Sendable {
    public let graph: ContentGraph
    public let diagnostics: [Diagnostic]
}

/// Reads a content folder into a validated content graph:
/// discover → decode front matter → index paths → render bodies → build graph → validate.
public enum ContentLoader {
    public static func load(contentDirectory: String) -> ContentLoadResult {
        var cache = ContentCache()
        return cache.load(contentDirectory: contentDirectory)
    }

    /// Content held in memory, by path relative to an imaginary content folder (the fuzzer's).
    public static func load(sources: [(path: String, bytes: [UInt8])]) -> ContentLoadResult {
        var cache = ContentCache()
        let files = sources.map { ContentFile(relativePath: $0.path, displayPath: $0.path, absolutePath: $0.path, contents: $0.bytes) }
        return cache.load(files, diagnostics: [])
    }
}

/// The same pipeline as `ContentLoader.load`, remembering what it read so that the next load of
/// the same folder (the preview server's, after an edit) decodes and renders only what changed:
///
/// - a file is decoded again only when its modification time, size or inode changed;
/// - bodies are rendered again only for those files, unless an id, a path or a URL changed
///   anywhere (a file added, removed or renamed, an `id:` edited): link targets in every body
///   may then differ, so all bodies are rendered again;
/// - duplicate ids, the graph and validation are always redone: they are whole-site questions,
///   and cheap next to YAML and Markdown.
public struct ContentCache: Sendable {
    private var decoded: [String: (stamp: FileStamp?, file: DecodedFile)] = [:]
    private var bodies: [String: BodyRenderer.Output] = [:]
    private var resolver: LinkResolver?
    /// The files the last load decoded again (content-relative paths, sorted): for the preview's log.
    public private(set) var reread: [String] = []

    public init() {}

    public mutating func load(contentDirectory: String) -> ContentLoadResult {
        var diagnostics: [Diagnostic] = []
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            let d = Diagnostic(file: contentDirectory, line: 1, column: 1, message: "the content folder does not exist",
                               hint: "run Spiegel from the repository root, or pass --content DIR")
            self = ContentCache()
            return ContentLoadResult(graph: ContentGraph(entities: [], relations: []), diagnostics: [d])
        }

        let discovery = ContentDiscovery.files(in: contentDirectory)
        diagnostics += discovery.diagnostics
        return load(discovery.files, diagnostics: diagnostics)
    }

    mutating func load(_ found: [ContentFile], diagnostics discovered: [Diagnostic]) -> ContentLoadResult {
        var diagnostics = discovered

        // Front matter: YAML and typed decoding of new and changed files, on all cores. Files held
        // in memory have no stamp and are always decoded again.
        let stamps = found.map { $0.contents == nil ? FileStamp(path: $0.absolutePath) : nil }
        let previous = decoded
        let stale = found.indices.filter { i in
            previous[found[i].relativePath].map { $0.stamp == nil || $0.stamp != stamps[i] } ?? true
        }
        let fresh = stale.map { found[$0] }.concurrentBatchMap(EntityDecoder.decode(batch:))
        var redecoded = Set<String>()
        for (i, file) in zip(stale, fresh) {
            decoded[found[i].relativePath] = (stamps[i], file)
            redecoded.insert(file.file.relativePath)
        }
        reread = redecoded.sorted()
        let current = Set(found.map(\.relativePath))
        decoded = decoded.filter { current.contains($0.key) }
        var files = found.map { decoded[$0.relativePath]!.file }
        diagnostics += files.flatMap(\.diagnostics)

        // Ids must be unique before links can be resolved by path.
        var firstByID: [String: Entity] = [:]
        var entityByPath: [String: String] = [:]
        var urlByID: [String: String] = [:]
        for file in files {
            for entity in file.entities {
                if let other = firstByID[entity.id] {
                    diagnostics.append(entity.location.diagnostic(
                        "duplicate id '\(entity.id)': \(other.location.file):\(other.location.line) has it too",
                        hint: "ids are unique across the whole site; give one of them another 'id:'"))
                    continue
                }
                firstByID[entity.id] = entity
                urlByID[entity.id] = entity.url
            }
            if let main = file.entities.first { entityByPath[file.file.relativePath] = main.id }
        }
        // A file whose front matter cannot be read declares nothing, so every link to it and every
        // id naming it would be reported too, burying the one error that matters. Its own error says
        // what is wrong; links and references to it (by its file name) are let through until it is fixed.
        var unreadable = Set<String>()
        for file in files where file.entities.isEmpty && file.diagnostics.hasErrors {
            let id = String((file.file.relativePath as NSString).lastPathComponent.dropLast(3))
            guard firstByID[id] == nil else { continue }
            unreadable.insert(id)
            entityByPath[file.file.relativePath] = id
        }
        let resolver = LinkResolver(entityByPath: entityByPath, urlByID: urlByID)

        // Bodies were parsed with the front matter; what is left, resolving links, runs in parallel.
        let everyBody = resolver != self.resolver
        let toRender = files.filter { everyBody || redecoded.contains($0.file.relativePath) || bodies[$0.file.relativePath] == nil }
        for (file, output) in zip(toRender, toRender.concurrentMap { BodyRenderer.render($0, resolver: resolver) }) {
            bodies[file.file.relativePath] = output
        }
        bodies = bodies.filter { current.contains($0.key) }
        self.resolver = resolver

        var entities: [Entity] = []
        var relations: [Relation] = []
        for i in files.indices {
            let result = bodies[files[i].file.relativePath]!
            files[i].diagnostics = []
            diagnostics += result.diagnostics
            relations += result.links
            for (j, var entity) in files[i].entities.enumerated() where firstByID[entity.id]?.location == entity.location {
                if j == 0 { entity.body = result.body }
                entities.append(entity)
            }
        }

        let validation = Validator(entities: entities, bodyLinks: relations, unreadable: unreadable)
        diagnostics += validation.diagnostics
        let graph = ContentGraph(entities: entities, relations: validation.relations)
        diagnostics += Validator.warnings(for: graph)
        return ContentLoadResult(graph: graph, diagnostics: diagnostics.sorted())
    }
}

/// What tells that a file changed without reading it: editors' atomic saves change the inode,
/// ordinary saves the modification time (in nanoseconds) or the size.
public struct FileStamp: Equatable, Sendable {
    let seconds: Int
    let nanoseconds: Int
    let size: Int64
    let inode: UInt64

    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        seconds = info.st_mtimespec.tv_sec
        nanoseconds = info.st_mtimespec.tv_nsec
        #else
        seconds = info.st_mtim.tv_sec
        nanoseconds = info.st_mtim.tv_nsec
        #endif
        size = Int64(info.st_size)
        inode = UInt64(info.st_ino)
    }
}

/// Finishes one file's body: its links resolved to page URLs, broken ones reported.
enum BodyRenderer {
    struct Output: Sendable {
        var body: RenderedMarkdown?
        var links: [Relation] = []
        var diagnostics: [Diagnostic] = []
    }

    static func render(_ file: DecodedFile, resolver: LinkResolver) -> Output {
        guard let entity = file.entities.first, let markdown = file.markdown else { return Output() }
        var output = Output()
        let path = file.file.relativePath
        let body = markdown.resolve { link in
            let location = SourceLocation(file: file.file.displayPath, line: link.line + file.bodyFirstLine - 1, column: link.column)
            switch resolver.resolve(link.destination, fromFile: path) {
            case .external:
                if link.destination.hasPrefix("#"), link.destination.count > 1 {
                    output.links.append(Relation(from: entity.id, to: entity.id, kind: .link,
                                                 fragment: String(link.destination.dropFirst()), location: location))
                }
                return .keep
            case .entity(let id, let fragment):
                output.links.append(Relation(from: entity.id, to: id, kind: .link, fragment: fragment, location: location))
                let url = SiteURL.relative(resolver.urlByID[id] ?? "", from: entity.url)
                return .replace(fragment.map { url + "#" + $0 } ?? url)
            case .broken(let message, let hint):
                output.diagnostics.append(location.diagnostic(message, hint: hint))
                return .remove
            }
        }
        output.body = body
        if body.longestParagraph > 1500 {
            output.diagnostics.append(Diagnostic(file: file.file.displayPath, line: file.bodyFirstLine, column: 1,
                                                 severity: .warning,
                                                 message: "a paragraph is \(body.longestParagraph) characters long",
                                                 hint: "split it: readers on a phone lose their place in long paragraphs"))
        }
        return output
    }
}
