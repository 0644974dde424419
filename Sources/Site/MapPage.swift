import Content

/// `kaart.html`: the map of the whole content graph.
struct MapPage {
    static let url = "kaart.html"
    let context: PageContext

    func page() -> [String: Any] {
        let strings = context.strings
        var page = context.base(url: Self.url, title: strings["mapTitle"])
        let map = GraphMap(graph: context.graph, strings: strings)
        let leftOut = map.leftOut
        page["page"] = [
            "title": strings["mapTitle"], "summary": strings["mapIntro"],
            "breadcrumbs": [["title": strings["home"], "url": "index.html"]],
            "diagram": map.svg(from: Self.url),
            "body": leftOut == 0 ? "" : "<p>" + strings["mapLeftOut"].replacingOccurrences(of: "{aantal}", with: String(leftOut)) + "</p>",
        ]
        return page
    }
}
