import Content

/// Pages, pictures and files that would land on a file Spiegel itself writes in the site, where
/// the one written last would silently replace the other: an entity whose page would be the 404
/// page, the map or an overview; a picture or file on a worksheet's PDF, the workbook or a file
/// copied from the templates. Each is an error at the file that causes it, naming what it would
/// replace, in `check`, `build` and the preview alike.
public enum OwnFileCollisions {
    public static func find(in graph: ContentGraph, templates: TemplateSet, strings: UIStrings = .dutch) -> [Diagnostic] {
        pages(in: graph, strings: strings) + attachments(in: graph, templates: templates, strings: strings)
    }

    /// Entities whose page has the path of a page Spiegel makes: `404.md` or `kaart.md` among the
    /// pages, or a file named `index.md` in a type's folder, which is that type's overview. A page
    /// that introduces an overview (`overzicht:`) is meant to land there.
    static func pages(in graph: ContentGraph, strings: UIStrings) -> [Diagnostic] {
        var own = ["404.html": strings["notFoundTitle"], MapPage.url: strings["mapTitle"], RecentChanges.url: strings["changesTitle"],
                   AudiencePages.section + "/index.html": strings["audiencesTitle"]]
        for type in EntityType.fileTypes where type != .page { own[SiteURL.overviewPage(of: type)] = strings.plural(type) }
        return graph.entities.compactMap { entity in
            guard entity.type != .question, let what = own[entity.url] else { return nil }
            if case .page(let page) = entity.kind, page.overviewOf != nil { return nil }
            return Diagnostic(at: entity.location, .pageOnSiteFile(id: entity.id, path: entity.url, what: what))
        }
    }

    static func attachments(in graph: ContentGraph, templates: TemplateSet, strings: UIStrings) -> [Diagnostic] {
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
