import Content
import TemplateEngine

/// An overview per type, and the diagram that heads it.
extension PageContext {
    func overviewPage(_ type: EntityType) -> [String: Any] {
        let url = SiteURL.overviewPage(of: type)
        let intro = graph.overviewPage(for: type)
        var context = base(url: url, title: intro?.title ?? strings.plural(type))
        var page: [String: Any] = [
            "title": intro?.title ?? strings.plural(type),
            "typeLabel": strings["overviewOf"],
            "summary": intro?.summary ?? "",
            "body": intro?.body?.html ?? "",
            "items": graph.entities(of: type).map { link($0, from: url) },
            "breadcrumbs": [["title": strings["home"], "url": SiteURL.relative("index.html", from: url)]],
        ]
        page["diagram"] = diagram(for: type, from: url) ?? ""
        if type == .meeting, MeetingComposer.hasSomethingToCompose(graph) {
            page["composer"] = ["url": SiteURL.relative(MeetingComposer.url, from: url), "label": strings["composerLink"]]
        }
        if let intro {
            page["worksheets"] = worksheetLinks(for: intro.id, from: url)
            page["hasWorksheets"] = !worksheets.sheets(linkedFrom: intro.id).isEmpty
            page["questionGroups"] = questionGroups(of: intro)
            page["sources"] = graph.targets(from: intro.id) { $0 == .source }.withoutRepeats()
                .compactMap { graph.entity($0) }.map { link($0, from: url) }
            page["related"] = graph.targets(from: intro.id) { $0 == .related || $0 == .link }.withoutRepeats()
                .compactMap { graph.entity($0) }.filter { $0.type != type && $0.id != intro.id }.map { link($0, from: url) }
        }
        context["page"] = page
        return context
    }
}
