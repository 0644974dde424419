import Content
import TemplateEngine

/// Builds the values a template sees for one page. Mustache is logic-less, so everything a
/// template shows is decided here: labels, relative URLs, grouping, yes/no.
struct PageContext {
    /// Another graph (the handbook's chapters) makes `cards`, which are by position, wrong.
    var graph: ContentGraph { didSet { cards = nil } }
    let config: SiteConfig
    let strings: UIStrings
    /// `strings.texts` as templates see them, converted once per build rather than per page.
    let texts: TemplateValue
    let navigation: Navigation
    let chrome: PageChrome
    var search = false
    /// Whether this build prints PDFs: pages then link to them.
    var withPDFs = false
    let worksheets: WorksheetCatalog
    var history = GitHistory.none
    /// The handbook's first page, for the footer link; nil without a handbook.
    var handbookURL: String?
    /// The organisation's colours, font and logo.
    var look = LookStyle.none
    /// Every entity's link, made once per build; nil for a partial render, whose few pages build
    /// their links as they go.
    var cards: LinkCards?

    /// Common values for any page at `url`.
    func base(url: String, title: String) -> [String: Any] {
        var values: [String: Any] = [:]
        for (name, value) in baseObject(url: url, title: title).fields { values[name] = value }
        return values
    }

    /// The same, ready for the template. All but the title depend only on the page's folder and
    /// the menu item it falls under, so they are made once for each pair.
    func baseObject(url: String, title: String) -> TemplateObject {
        let section = sectionOf(url)
        let current = navigation.items.firstIndex { $0.url == url || ($0.section != nil && $0.section == section) }
        let folder = String(SiteURL.folder(of: url))
        var page = TemplateObject(chrome.frame(key: folder + "|" + String(current ?? -1)) {
            let root = SiteURL.root(from: url)
            let site: [String: Any] = ["name": config.name, "organisation": config.organisation ?? "", "baseURL": config.baseURL ?? "",
                                       "search": search, "handbook": handbookURL.map { SiteURL.relative($0, from: url) } ?? "",
                                       "style": look.pageCSS, "logo": look.logo ?? ""]
            // Keyed by the folder, not only its depth: a link into the page's own folder (the
            // handbook's from a chapter, the audience index from an audience page) is a bare name.
            let chrome = self.chrome.headerAndFooter(key: folder + "|" + String(current ?? -1)) {
                [
                    "root": root, "strings": texts, "site": site,
                    "currentSection": current.map { navigation.items[$0].label } ?? "",
                    "footerNav": navigation.footer.map { ["label": $0.label, "url": SiteURL.relative($0.url, from: url)] },
                    "nav": navigation.items.enumerated().map { i, item -> [String: Any] in
                        ["label": item.label, "url": SiteURL.relative(item.url, from: url), "current": i == current]
                    },
                ]
            }
            var frame = TemplateObject(capacity: 16)
            frame.set("root", root)
            frame.set("lang", strings.language)
            frame.set("strings", texts)
            frame.set("site", any: site)
            frame.set("siteHeader", chrome.header)
            frame.set("siteFooter", chrome.footer)
            return frame.fields
        })
        page.set(Keys.title, title)
        return page
    }

    /// The first folder of `url`, nil at the root; cut on the UTF-8 view, which skips the
    /// character-by-character walk of `String.split`.
    private func sectionOf(_ url: String) -> String? {
        url.utf8.firstIndex(of: UInt8(ascii: "/")).map { String(url[..<$0]) }
    }

    /// A link to `entity` as lists of links show it. Built ready for the template (pages carry
    /// dozens of these, so they skip `TemplateValues.compact`): `extra` adds fields.
    func link(_ entity: Entity, from url: String, extra: [String: String] = [:]) -> TemplateValue {
        Self.link(entity, from: url, strings: strings, extra: extra)
    }

    /// The same for a closure that should not hold the whole context (a copy of it counts
    /// some twenty references up and down).
    static func link(_ entity: Entity, from url: String, strings: UIStrings, extra: [String: String] = [:]) -> TemplateValue {
        var out = TemplateObject(LinkCards.card(for: entity, strings: strings))
        out.set(Keys.url, SiteURL.relative(entity.url, from: url))
        for (key, value) in extra { out.set(TemplateObject.Key(key), value) }
        return out.value
    }

    /// Links to the entities `ids` names, each once, in order, leaving out unknown ids and those
    /// `keep` refuses.
    func links(to ids: [String], from url: String, keep: (Entity) -> Bool = { _ in true }) -> [TemplateValue] {
        var out: [TemplateValue] = []
        out.reserveCapacity(ids.count)
        let row = cards?.row(for: url)
        for index in ids.withoutRepeats().compactMap({ graph.index(of: $0) }) {
            let entity = graph.entities[index]
            guard keep(entity) else { continue }
            if let row { out.append(row[index]); continue }
            guard let card = cards?[index] else { out.append(link(entity, from: url)); continue }
            var link = TemplateObject(TemplateFields(extending: card))
            link.set(Keys.url, SiteURL.relative(entity.url, from: url))
            out.append(link.value)
        }
        return out
    }

    func entityPage(_ entity: Entity) -> TemplateObject {
        var context = baseObject(url: entity.url, title: entity.title)
        let url = entity.url
        var page = TemplateObject()
        page.set(Keys.id, entity.id)
        page.set(Keys.title, entity.title)
        page.set(Keys.summary, entity.summary)
        page.set(Keys.typeLabel, entity.type == .page ? nil : strings.singular(entity.type))
        page.set(Keys.body, entity.examples.isEmpty ? entity.body?.html : bodyWithExampleOrigins(of: entity))
        page.set("caseOrigin", caseOrigin(of: entity).map(TemplateValue.text))
        page.set(Keys.isHome, entity.id == "index" && entity.type == .page)
        // Only the preview renders drafts: a build has left them out of the graph (`Drafts`).
        page.set("draft", entity.isDraft)
        if let number = entity.number, entity.type != .page { page.set(Keys.number, number) }

        var breadcrumbs = [Self.crumb(strings["home"], SiteURL.relative("index.html", from: url))]
        if entity.type != .page {
            breadcrumbs.append(Self.crumb(strings.plural(entity.type), SiteURL.relative(SiteURL.overviewPage(of: entity.type), from: url)))
        }
        page.set(Keys.breadcrumbs, breadcrumbs)

        page.set(Keys.related, links(to: graph.targets(from: entity.id) { $0 == .related || $0 == .link }, from: url) {
            $0.id != entity.id && $0.type != .source && $0.type != .question
        })
        let sources = graph.targets(from: entity.id) { $0 == .source }.withoutRepeats().compactMap { graph.entity($0) }
        page.set(Keys.sources, sources.map { source -> TemplateValue in
            guard case .source(let s) = source.kind else { return link(source, from: url) }
            return link(source, from: url, extra: ["author": s.author, "year": s.year.map(String.init) ?? ""])
        })
        // A question's backlink is its parent's page.
        let citing = graph.backlinkSources(of: entity.id).withoutRepeats().map { id in
            graph.entity(id)?.parent.flatMap { graph.index(of: $0) == nil ? nil : $0 } ?? id
        }
        page.set(Keys.backlinks, links(to: citing, from: url) { $0.id != entity.id })
        let groups = questionGroups(of: entity)
        if !groups.isEmpty { page.set("questionGroups", any: groups) }
        if let neighbours = navigation.neighbours[entity.id] {
            if let previous = neighbours.previous.flatMap({ graph.entity($0) }) { page.set("previous", link(previous, from: url)) }
            if let next = neighbours.next.flatMap({ graph.entity($0) }) { page.set("next", link(next, from: url)) }
        }
        let sheets = worksheetLinks(for: entity.id, from: url)
        if !sheets.isEmpty { page.set("worksheets", any: sheets) }
        page.set(Keys.hasWorksheets, !sheets.isEmpty)
        let sections = (entity.body?.headings ?? []).filter { $0.level == 2 }
        page.set(Keys.toc, sections.map { heading -> TemplateValue in
            var item = TemplateObject(capacity: 4)
            item.set(Keys.text, heading.text)
            item.set(Keys.anchor, heading.anchor)
            return item.value
        })
        page.set(Keys.hasToc, sections.count >= 3)
        if !entity.attachments.isEmpty { page.set("attachments", any: attachments(of: entity, from: url)) }

        if entity.id == "index", entity.type == .page {
            page.set("diagrams", any: [EntityType.plateau, .quadrant].compactMap { type -> [String: Any]? in
                diagram(for: type, from: url).map {
                    ["svg": $0, "title": strings.plural(type), "url": SiteURL.relative(SiteURL.overviewPage(of: type), from: url)]
                }
            })
        }
        page.set("hereDiagram", hereDiagram(for: entity))
        typed(entity, into: &page)
        sourceFile(of: entity, into: &page)
        // Templates look up dozens of names in the page's some sixty fields.
        context.set("page", .object(page.fields.indexed()))
        return context
    }

    /// The names every page sets, with their `has_` flags, made once rather than on every page.
    enum Keys {
        static let id = TemplateObject.Key("id"), title = TemplateObject.Key("title"), summary = TemplateObject.Key("summary")
        static let typeLabel = TemplateObject.Key("typeLabel"), body = TemplateObject.Key("body"), isHome = TemplateObject.Key("isHome")
        static let number = TemplateObject.Key("number"), breadcrumbs = TemplateObject.Key("breadcrumbs")
        static let related = TemplateObject.Key("related"), sources = TemplateObject.Key("sources")
        static let backlinks = TemplateObject.Key("backlinks"), hasWorksheets = TemplateObject.Key("hasWorksheets")
        static let toc = TemplateObject.Key("toc"), hasToc = TemplateObject.Key("hasToc"), text = TemplateObject.Key("text")
        static let anchor = TemplateObject.Key("anchor"), url = TemplateObject.Key("url")
    }

    private static func crumb(_ title: String, _ url: String) -> TemplateValue {
        var crumb = TemplateObject(capacity: 4)
        crumb.set(Keys.title, title)
        crumb.set(Keys.url, url)
        return crumb.value
    }


    /// "Werkblad afdrukken" for the page's own worksheet, then its templates to draw on and the
    /// composed sheets that carry its content, by title, so no two links read alike.
    func worksheetLinks(for id: String, from url: String) -> [[String: Any]] {
        worksheets.sheets(linkedFrom: id).map { sheet in
            let label = sheet.origin == .composed ? strings["worksheetPrefix"] + sheet.title
                : sheet.paper == .a3Landscape ? sheet.title : strings["printWorksheet"]
            return ["label": label,
                    "url": SiteURL.relative(sheet.url, from: url)]
        }
    }

    /// "Laatst gewijzigd" and "Bewerk deze pagina", only for files git knows: a new, uncommitted
    /// file has no date yet and no page to edit on the repository's website. On a site of
    /// several content layers, also the layer the page comes from.
    private func sourceFile(of entity: Entity, into page: inout TemplateObject) {
        if config.contentLayers.count > 1 { page.set("layer", entity.layerFolder) }
        guard let date = history.lastChange(of: entity) else { return }
        page.set("lastChanged", any: ["text": strings.date(date), "iso": strings.isoDate(date)])
        if let editURL = config.editURL, let path = history.editPath(of: entity) {
            page.set("editURL", editURL + path)
        }
    }
}
