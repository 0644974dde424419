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
        let leftOut = map.leftOut == 0 ? "" : " " + strings["mapLeftOut"].replacingOccurrences(of: "{aantal}", with: String(map.leftOut))
        page["page"] = [
            "title": strings["mapTitle"], "summary": strings["mapIntro"] + leftOut,
            "breadcrumbs": [["title": strings["home"], "url": "index.html"]],
            "diagram": map.nodes.isEmpty ? "" : map.svg(from: Self.url),
        ]
        return page
    }
}
