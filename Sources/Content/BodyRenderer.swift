import Markdown

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
