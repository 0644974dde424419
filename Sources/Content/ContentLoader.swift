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
        var diagnostics: [Diagnostic] = []
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            let d = Diagnostic(file: contentDirectory, line: 1, column: 1, message: "the content folder does not exist",
                               hint: "run Spiegel from the repository root, or pass --content DIR")
            return ContentLoadResult(graph: ContentGraph(entities: [], relations: []), diagnostics: [d])
        }

        let discovery = ContentDiscovery.files(in: contentDirectory)
        return load(discovery.files, diagnostics: discovery.diagnostics)
    }

    /// Content held in memory, by path relative to an imaginary content folder.
    public static func load(sources: [(path: String, bytes: [UInt8])]) -> ContentLoadResult {
        load(sources.map { ContentFile(relativePath: $0.path, displayPath: $0.path, absolutePath: $0.path, contents: $0.bytes) },
             diagnostics: [])
    }

    static func load(_ files: [ContentFile], diagnostics found: [Diagnostic]) -> ContentLoadResult {
        var diagnostics = found

        // Front matter: YAML and typed decoding, on all cores.
        var decoded = files.concurrentMap(EntityDecoder.decode)
        diagnostics += decoded.flatMap(\.diagnostics)

        // Ids must be unique before links can be resolved by path.
        var firstByID: [String: Entity] = [:]
        var entityByPath: [String: String] = [:]
        var urlByID: [String: String] = [:]
        for file in decoded {
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
        let resolver = LinkResolver(entityByPath: entityByPath, urlByID: urlByID)

        // Bodies: cmark is serialised inside MarkdownRenderer; the rest of the work runs in parallel.
        let rendered = decoded.concurrentMap { file in BodyRenderer.render(file, resolver: resolver) }
        var entities: [Entity] = []
        var relations: [Relation] = []
        for (i, result) in rendered.enumerated() {
            decoded[i].diagnostics = []
            diagnostics += result.diagnostics
            relations += result.links
            for (j, var entity) in decoded[i].entities.enumerated() where firstByID[entity.id]?.location == entity.location {
                if j == 0 { entity.body = result.body }
                entities.append(entity)
            }
        }

        let validation = Validator(entities: entities, bodyLinks: relations)
        diagnostics += validation.diagnostics
        let graph = ContentGraph(entities: entities, relations: validation.relations)
        diagnostics += Validator.warnings(for: graph)
        return ContentLoadResult(graph: graph, diagnostics: diagnostics.sorted())
    }
}

/// Renders one file's body, rewriting its links to page URLs.
enum BodyRenderer {
    struct Output: Sendable {
        var body: RenderedMarkdown?
        var links: [Relation] = []
        var diagnostics: [Diagnostic] = []
    }

    static func render(_ file: DecodedFile, resolver: LinkResolver) -> Output {
        guard let entity = file.entities.first else { return Output() }
        var output = Output()
        let path = file.file.relativePath
        let body = MarkdownRenderer.render(file.body) { link in
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
