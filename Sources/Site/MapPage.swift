import Content

/// `kaart.html`: the map of the whole content graph.
struct MapPage {
    static let url = "kaart.html"
    let context: PageContext

    func page() -> [String: Any] {
        let strings = context.strings
        var page = context.base(url: Self.url, title: strings["mapTitle"])
        let map = GraphMap(graph: context.graph, strings: strings)
        // What was left out is said above the map, where a reader looks first; with nothing left
        // to draw there is no empty figure.
        let leftOut = map.leftOut == 0 ? "" : " " + strings.counted("mapLeftOut", map.leftOut)
        page["page"] = [
            "title": strings["mapTitle"], "summary": strings["mapIntro"] + leftOut,
            "breadcrumbs": [["title": strings["home"], "url": "index.html"]],
            "diagram": map.nodes.isEmpty ? "" : map.svg(from: Self.url),
            "body": list(of: map.nodes),
        ]
        return page
    }

    /// The map's names as a list under it, by type, folded away: on a phone the circle scrolls
    /// sideways in its box, and a list is quicker to read there (and for a screen reader).
    private func list(of nodes: [Entity]) -> String {
        guard !nodes.isEmpty else { return "" }
        var out = "<details class=\"map-list\"><summary>\(Markup.escape(context.strings["mapList"]))</summary>"
        var type: EntityType?
        for node in nodes {
            if node.type != type {
                out += (type == nil ? "" : "</ul>") + "<h2>\(Markup.escape(context.strings.plural(node.type)))</h2><ul>"
                type = node.type
            }
            out += "<li><a href=\"\(Markup.escape(SiteURL.relative(node.url, from: Self.url)))\">\(Markup.escape(node.title))</a></li>"
        }
        return out + "</ul></details>"
    }
}
