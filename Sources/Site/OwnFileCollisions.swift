import Content

/// Pages, pictures and files that would land on a file Spiegel itself writes in the site, where
/// the one written last would silently replace the other: an entity whose page would be the 404
/// page, the map, an overview, a meeting's printed part or the meeting composer; a picture or file on a worksheet's PDF,
/// the workbook or a file copied from the templates; a picture beside the handbook's chapters on a
/// file of the content or the templates. Each is an error at the file that causes it, naming what
/// it would replace, in `check`, `build` and the preview alike.
public enum OwnFileCollisions {
    public static func find(in graph: ContentGraph, templates: TemplateSet, handbook: Handbook? = nil,
                            strings: UIStrings = .dutch) -> [Diagnostic] {
        pages(in: graph, strings: strings) + attachments(in: graph, templates: templates, strings: strings)
            + (handbook.map { handbookFiles($0, content: graph, templates: templates) } ?? [])
    }

    /// Entities whose page has the path of a page Spiegel makes: `404.md` or `kaart.md` among the
    /// pages, or a file named `index.md` in a type's folder, which is that type's overview. A page
    /// that introduces an overview (`overzicht:`) is meant to land there.
    static func pages(in graph: ContentGraph, strings: UIStrings) -> [Diagnostic] {
        var own = ["404.html": strings["notFoundTitle"], MapPage.url: strings["mapTitle"], RecentChanges.url: strings["changesTitle"],
                   AudiencePages.section + "/index.html": strings["audiencesTitle"]]
        for type in EntityType.fileTypes where type != .page { own[SiteURL.overviewPage(of: type)] = strings.plural(type) }
        for (path, what) in MeetingFiles.written(in: graph, strings: strings, pdf: false) { own[path] = what }
        if MeetingComposer.hasSomethingToCompose(graph) { own[MeetingComposer.url] = strings["composerTitle"] }
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
        for (path, what) in MeetingFiles.written(in: graph, strings: strings, pdf: true) {
            own[path] = .attachmentOnSiteFile(path: path, worksheet: what)
        }
        if MeetingComposer.hasSomethingToCompose(graph) {
            own[MeetingComposer.dataPath] = .attachmentOnSiteFile(path: MeetingComposer.dataPath, worksheet: strings["composerTitle"])
        }
        return attachments.compactMap { attachment in
            own[attachment.path].map { Diagnostic(file: attachment.displayPath, line: 1, column: 1, $0) }
        }
    }

    /// The last line of defence, after rendering: any two files of the site on one path, which the
    /// checks above did not foresee (the writer keeps the first and would drop the other without a
    /// word). Reported at the source of one, naming the other.
    public static func inSite(_ files: [OutputFile]) -> [Diagnostic] {
        // Positions, not copies of the files, and room for all at once: this runs on one core
        // after every page is rendered, over ten thousand paths on a large site.
        var first: [String: Int] = [:]
        first.reserveCapacity(files.count)
        var found: [Diagnostic] = []
        for (index, file) in files.enumerated() {
            guard let earlierIndex = first[file.path] else { first[file.path] = index; continue }
            let earlier = files[earlierIndex]
            let (here, other) = earlier.origin == nil ? (file, earlier) : (earlier, file)
            found.append(Diagnostic(at: here.origin ?? SourceLocation(file: file.path, line: 1, column: 1),
                                    .twoFilesOnOnePath(path: file.path, other: other.origin?.file)))
        }
        return found
    }

    /// The handbook's pictures land under `handleiding/`, as its chapters do; so does a file of the
    /// content kept in a folder `content/handleiding/`, or one copied from `templates/handleiding/`.
    /// The error is at the handbook's file (the handbook is the guest in the site) and names the other.
    static func handbookFiles(_ handbook: Handbook, content: ContentGraph, templates: TemplateSet) -> [Diagnostic] {
        let pictures = handbook.graph.attachments
        guard !pictures.isEmpty else { return [] }
        var taken: [String: String] = [:]
        for path in templates.assets.keys { taken[path] = "templates/" + path }
        for attachment in content.attachments { taken[attachment.path] = attachment.displayPath }
        return pictures.compactMap { picture in
            taken[picture.path].map { Diagnostic(file: picture.displayPath, line: 1, column: 1, .handbookFileOnSiteFile(path: picture.path, other: $0)) }
        }
    }
}
