import Content

/// Pictures and files that would land on a file Spiegel itself writes in the site: a worksheet's
/// PDF, the workbook, a file copied from the templates. Pages cannot collide (an attachment is
/// never `.html`), but these can, and the one written last would silently replace the other.
public enum AttachmentCollisions {
    /// An error at each such attachment, naming what it would replace.
    public static func find(in graph: ContentGraph, templates: TemplateSet, strings: UIStrings = .dutch) -> [Diagnostic] {
        let attachments = graph.attachments
        guard !attachments.isEmpty else { return [] }
        var own: [String: Problem] = [:]
        for path in templates.assets.keys { own[path] = .attachmentOnSiteFile(path: path, worksheet: nil) }
        own[BookletFiles.pdf] = .attachmentOnSiteFile(path: BookletFiles.pdf, worksheet: strings["booklet"])
        for sheet in WorksheetCatalog(graph: graph, strings: strings).sheets {
            own[sheet.pdfPath] = .attachmentOnSiteFile(path: sheet.pdfPath, worksheet: sheet.title)
        }
        return attachments.compactMap { attachment in
            own[attachment.path].map { Diagnostic(file: attachment.displayPath, line: 1, column: 1, $0) }
        }
    }
}
