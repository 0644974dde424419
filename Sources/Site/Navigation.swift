import Content
import TemplateEngine

/// The main menu and previous/next within each type, computed once per build.
struct Navigation {
    struct Item { let label: String; let url: String; let section: String? }
    let items: [Item]
    let footer: [Item]
    let neighbours: [String: (previous: String?, next: String?)]

    init(graph: ContentGraph, strings: UIStrings, worksheets: WorksheetCatalog) {
        let menuTypes: [EntityType] = [.plateau, .quadrant, .tensionField, .workCard, .phase]
        var items = [Item(label: strings["home"], url: "index.html", section: nil)]
        for type in menuTypes where !graph.entities(of: type).isEmpty {
            items.append(Item(label: strings.plural(type), url: SiteURL.overviewPage(of: type), section: type.section))
        }
        if !worksheets.sheets.isEmpty {
            items.append(Item(label: strings.plural(.worksheet), url: SiteURL.overviewPage(of: .worksheet), section: EntityType.worksheet.section))
        }
        // Trainers look for meetings beside the worksheets they print for them.
        if !graph.entities(of: .meeting).isEmpty {
            items.append(Item(label: strings.plural(.meeting), url: SiteURL.overviewPage(of: .meeting), section: EntityType.meeting.section))
        }
        if let glossary = graph.entity("begrippen") { items.append(Item(label: glossary.title, url: glossary.url, section: nil)) }
        self.items = items
        var footer: [Item] = []
        for id in ["verbanden", "over"] {
            if let page = graph.entity(id) { footer.append(Item(label: page.title, url: page.url, section: nil)) }
        }
        if graph.entities.contains(where: { $0.type == .question }) {
            footer.append(Item(label: strings["audiencesTitle"], url: AudiencePages.section + "/index.html", section: nil))
        }
        footer.append(Item(label: strings["mapTitle"], url: MapPage.url, section: nil))
        footer.append(Item(label: strings["changesTitle"], url: RecentChanges.url, section: nil))
        self.footer = footer
        var neighbours: [String: (String?, String?)] = [:]
        for type in EntityType.allCases where type != .page && type != .question && type != .worksheet {
            let list = graph.entities(of: type)
            for (i, entity) in list.enumerated() {
                neighbours[entity.id] = (i > 0 ? list[i - 1].id : nil, i + 1 < list.count ? list[i + 1].id : nil)
            }
        }
        self.neighbours = neighbours
    }
}
