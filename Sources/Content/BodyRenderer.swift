import Markdown

/// Renders files' bodies with their links already pointing at page URLs: ids and URLs are
/// known from the front matter (`Identities`), so each link is decided while cmark's tree is open.
public enum BodyRenderer {
    /// One file's body, its entities with the body set on the first, the relations its links
    /// make, and the problems found in it.
    public struct Output: Sendable {
        public var body: RenderedMarkdown?
        public var entities: [Entity] = []
        public var links: [Relation] = []
        public var diagnostics: [Diagnostic] = []
        /// The files beside the Markdown that the body uses, each once.
        public var attachments: [Attachment] = []
    }

    /// Renders a run of files in one turn at cmark. `reuse` holds the items a body may show of
    /// other entities, `present` makes their HTML.
    public static func render(_ files: ArraySlice<DecodedFile>, links resolver: LinkResolver,
                              reuse: Reuse.Table = Reuse.Table(), present: @escaping Reuse.Presenter = { _ in "" }) async -> [Output] {
        let files = Array(files)
        let paths = files.map(\.file.relativePath)
        let urls = files.map { $0.entities.first?.url ?? "" }
        let ids = files.map { $0.entities.first?.id ?? "" }
        // Files that declare no entity (unreadable front matter) have no body worth rendering.
        let sources = files.map { $0.entities.isEmpty ? nil : $0.body }
        let rendered = await MarkdownRenderer.render(sources) { index, link -> (LinkRewrite, LinkResolver.Outcome) in
            let outcome = resolver.resolve(link.destination, fromFile: paths[index])
            if link.kind == .link, link.title == Reuse.marker {
                return place(link, outcome, in: ids[index], at: urls[index], reuse: reuse, present: present)
            }
            switch outcome {
            case .external: return (.keep, outcome)
            case .entity(let id, let fragment):
                let url = SiteURL.relative(resolver.urlByID[id] ?? "", from: urls[index])
                return (.replace(fragment.map { url + "#" + $0 } ?? url), outcome)
            case .attachment(let attachment, let fragment):
                let url = SiteURL.relative(attachment.path, from: urls[index])
                return (.replace(fragment.map { url + "#" + $0 } ?? url), outcome)
            case .broken, .reused: return (.remove, outcome)
            }
        }
        return zip(files, rendered).map { file, rendered in
            guard let entity = file.entities.first, let (body, outcomes) = rendered else { return Output(entities: file.entities) }
            var output = output(for: file, entity: entity, body: body, outcomes: outcomes)
            output.entities = file.entities
            output.entities[0].body = body
            output.entities[0].attachments = output.attachments
            return output
        }
    }

    /// A link that asks for an item of another entity (`Reuse`): the item's HTML in place of its
    /// paragraph, or the problem, at the link.
    private static func place(_ link: MarkdownLink, _ outcome: LinkResolver.Outcome, in pageID: String, at pageURL: String,
                              reuse: Reuse.Table, present: Reuse.Presenter) -> (LinkRewrite, LinkResolver.Outcome) {
        switch outcome {
        case .entity(let id, let fragment):
            if id == pageID { return (.remove, .broken(.reuseOfItself(page: id))) }
            guard link.standsAlone else { return (.remove, .broken(.reuseNotAlone(destination: link.destination))) }
            switch reuse.find(fragment, of: id) {
            case .problem(let problem): return (.remove, .broken(problem))
            case .item(let item, let target, let itemURL, let home):
                let html = present(Reuse.Placement(item: item, homeTitle: home.title, homeType: home.type,
                                                   homeURL: SiteURL.relative(itemURL, from: pageURL)))
                return (.block(html), .reused(target: target, home: id))
            }
        case .broken: return (.remove, outcome)
        case .external, .attachment, .reused: return (.remove, .broken(.reuseNotAPage(destination: link.destination)))
        }
    }

    /// The relations and problems of one rendered body, each at its link's place in the file.
    private static func output(for file: DecodedFile, entity: Entity, body: RenderedMarkdown,
                               outcomes: [LinkResolver.Outcome?]) -> Output {
        var output = Output(body: body)
        // By a set: a page may use thousands of files, and searching the list for each was quadratic.
        var attached = Set<String>()
        for (link, outcome) in zip(body.links, outcomes) {
            let location = SourceLocation(file: file.file.displayPath, line: link.line + file.bodyFirstLine - 1, column: link.column)
            // Every picture needs words for who cannot see it, wherever it comes from.
            if link.kind == .image, !link.decorative, link.alt.allSatisfy(\.isWhitespace) {
                output.diagnostics.append(location.diagnostic(.imageWithoutAlt(destination: link.destination,
                                                                                marker: MarkdownLink.decorativeMarker)))
            }
            guard let outcome else { continue }
            switch outcome {
            case .external:
                if link.destination.hasPrefix("#"), link.destination.count > 1 {
                    output.links.append(Relation(from: entity.id, to: entity.id, kind: .link,
                                                 fragment: String(link.destination.dropFirst()), location: location))
                }
            case .entity(let id, let fragment):
                output.links.append(Relation(from: entity.id, to: id, kind: .link, fragment: fragment, location: location))
            case .attachment(let attachment, _):
                if link.kind == .image, !attachment.kind.isImage {
                    output.diagnostics.append(location.diagnostic(.imageNotPicture(
                        destination: link.destination, kind: attachment.kind.rawValue,
                        pictures: AttachmentKind.allCases.filter(\.isImage).map(\.rawValue))))
                }
                if attached.insert(attachment.path).inserted {
                    var attachment = attachment
                    attachment.displayPath = String(file.file.displayPath.dropLast(file.file.relativePath.count)) + attachment.path
                    output.attachments.append(attachment)
                }
            case .reused(let target, let home):
                // A question shown elsewhere is a backlink on its home page too.
                output.links.append(Relation(from: entity.id, to: target, kind: .reuse, fragment: nil, location: location))
                if target != home { output.links.append(Relation(from: entity.id, to: home, kind: .reuse, fragment: nil, location: location)) }
            case .broken(let problem):
                output.diagnostics.append(location.diagnostic(problem))
            }
        }
        output.diagnostics += Example.check(entity.examples, against: body.headings, file: file.file.displayPath,
                                            bodyFirstLine: file.bodyFirstLine)
        if body.longestParagraph > 1500 {
            output.diagnostics.append(Diagnostic(file: file.file.displayPath, line: file.bodyFirstLine, column: 1,
                                                 .longParagraph(characters: body.longestParagraph)))
        }
        return output
    }
}
