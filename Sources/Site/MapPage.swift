import Content

/// `kaart.html`: the map of the whole content graph.
struct MapPage {
    static let url = "kaart.html"
    let context: PageContext

    func page() -> [String: Any] {
        let strings = context.strings
        var page = context.base(url: Self.url, title: strings["mapTitle"])
        page["page"] = [
            "title": strings["mapTitle"], "summary": strings["mapIntro"],
            "breadcrumbs": [["title": strings["home"], "url": "index.html"]],
            "diagram": GraphMap(graph: context.graph, strings: strings).svg(from: Self.url),
        ]
        return page
    }
}
