import Content

/// The plateau model as a staircase from micro to macro, with the five organisation areas on
/// which an organisation moves underneath. Every plateau and area is a link to its page.
struct PlateauDiagram {
    let graph: ContentGraph
    let strings: UIStrings

    func svg(from page: String) -> String? {
        let plateaus = graph.entities(of: .plateau)
        let areas = graph.entities(of: .organisationArea)
        guard !plateaus.isEmpty else { return nil }
        let width = 760, height = areas.isEmpty ? 300 : 410
        let stepWidth = Double(width - 40) / Double(plateaus.count)
        var out = SVG.open(id: "plateaumodel", width: width, height: height,
                           title: strings["diagramPlateauTitle"], description: strings["diagramPlateauDescription"])
        out += "<g class=\"axis\"><line x1=\"20\" y1=\"275\" x2=\"\(width - 20)\" y2=\"275\"/>"
        out += "<text x=\"20\" y=\"295\">\(Markup.escape(strings["diagramMicro"]))</text>"
        out += "<text x=\"\(width - 20)\" y=\"295\" text-anchor=\"end\">\(Markup.escape(strings["diagramMacro"]))</text></g>"
        for (i, plateau) in plateaus.enumerated() {
            let x = 20 + Double(i) * stepWidth
            let h = 70 + Double(i) * 40
            let y = 275 - h
            out += "<a href=\"\(Markup.escape(SiteURL.relative(plateau.url, from: page)))\" class=\"node plateau\">"
            out += "<rect x=\"\(SVG.fmt(x + 2))\" y=\"\(SVG.fmt(y))\" width=\"\(SVG.fmt(stepWidth - 4))\" height=\"\(SVG.fmt(h))\" rx=\"6\"/>"
            out += "<text class=\"number\" x=\"\(SVG.fmt(x + stepWidth / 2))\" y=\"\(SVG.fmt(y + 24))\" text-anchor=\"middle\">\(plateau.number ?? i + 1)</text>"
            out += SVG.label(plateau.title, x: x + stepWidth / 2, y: y + 50, maxLength: 14, className: "name")
            out += "</a>"
        }
        if !areas.isEmpty {
            let areaWidth = Double(width - 40) / Double(areas.count)
            out += "<text class=\"caption\" x=\"\(width / 2)\" y=\"325\" text-anchor=\"middle\">\(Markup.escape(strings["diagramAreasCaption"]))</text>"
            for (i, area) in areas.enumerated() {
                let x = 20 + Double(i) * areaWidth
                out += "<a href=\"\(Markup.escape(SiteURL.relative(area.url, from: page)))\" class=\"node area\">"
                out += "<rect x=\"\(SVG.fmt(x + 3))\" y=\"340\" width=\"\(SVG.fmt(areaWidth - 6))\" height=\"56\" rx=\"6\"/>"
                out += SVG.label(area.title, x: x + areaWidth / 2, y: 368, maxLength: 16, className: "name")
                out += "</a>"
            }
        }
        return out + "</svg>"
    }
}
