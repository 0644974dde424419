import Content

/// Kenis's cooperation model as a 2×2: the first dimension across, the second down, each
/// quadrant a link to its page. Positions come from the values each quadrant names.
struct QuadrantDiagram {
    let graph: ContentGraph
    let strings: UIStrings

    /// The two dimensions with two values each, across and down; nil when the content has no such pair.
    private func axes() -> (across: (Entity, Dimension), down: (Entity, Dimension))? {
        let dimensions = graph.entities(of: .dimension).compactMap { entity -> (Entity, Dimension)? in
            if case .dimension(let d) = entity.kind, d.values.count == 2 { return (entity, d) }
            return nil
        }
        guard dimensions.count == 2 else { return nil }
        return (dimensions[0], dimensions[1])
    }

    /// Each quadrant's column and row, from the values it names.
    func cells() -> [String: (column: Int, row: Int)] {
        guard let ((across, acrossValues), (down, downValues)) = axes() else { return [:] }
        var cells: [String: (column: Int, row: Int)] = [:]
        for entity in graph.entities(of: .quadrant) {
            guard case .quadrant(let quadrant) = entity.kind else { continue }
            let column = acrossValues.values.firstIndex { v in quadrant.choices.contains { $0.dimension.id == across.id && $0.value.id == v.id } } ?? 0
            let row = downValues.values.firstIndex { v in quadrant.choices.contains { $0.dimension.id == down.id && $0.value.id == v.id } } ?? 0
            cells[entity.id] = (column, row)
        }
        return cells
    }

    func svg(from page: String) -> String? {
        let quadrants = graph.entities(of: .quadrant)
        guard let ((across, acrossValues), (down, downValues)) = axes(), !quadrants.isEmpty else { return nil }
        let cells = cells()
        let left = 170.0, top = 70.0, cell = 270.0, width = 740, height = 640
        var out = SVG.open(id: "kwadranten", width: width, height: height,
                           title: strings["diagramQuadrantTitle"], description: strings["diagramQuadrantDescription"])
        out += "<a href=\"\(Markup.escape(SiteURL.relative(across.url, from: page)))\" class=\"axis-title\">"
        out += "<text x=\"\(SVG.fmt(left + cell))\" y=\"24\" text-anchor=\"middle\">\(Markup.escape(acrossValues.axisQuestion))</text></a>"
        for (i, value) in acrossValues.values.enumerated() {
            out += "<text class=\"value\" x=\"\(SVG.fmt(left + cell * (Double(i) + 0.5)))\" y=\"54\" text-anchor=\"middle\">\(Markup.escape(value.label))</text>"
        }
        out += "<a href=\"\(Markup.escape(SiteURL.relative(down.url, from: page)))\" class=\"axis-title\">"
        // The second axis question runs upwards along the left edge, where a long question fits.
        let middle = top + cell
        out += "<text x=\"40\" y=\"\(SVG.fmt(middle))\" text-anchor=\"middle\" transform=\"rotate(-90 40 \(SVG.fmt(middle)))\">\(Markup.escape(downValues.axisQuestion))</text>"
        out += "</a>"
        for (i, value) in downValues.values.enumerated() {
            out += "<text class=\"value\" x=\"150\" y=\"\(SVG.fmt(top + cell * (Double(i) + 0.5)))\" text-anchor=\"end\">\(Markup.escape(value.label))</text>"
        }
        for entity in quadrants {
            guard case .quadrant(let quadrant) = entity.kind else { continue }
            let (column, row) = cells[entity.id] ?? (0, 0)
            let x = left + cell * Double(column), y = top + cell * Double(row)
            let cooperate = quadrant.municipalitiesMustCooperate ? " samenwerken" : ""
            out += "<a href=\"\(Markup.escape(SiteURL.relative(entity.url, from: page)))\" class=\"node quadrant\(cooperate)\">"
            out += "<rect x=\"\(SVG.fmt(x + 4))\" y=\"\(SVG.fmt(y + 4))\" width=\"\(SVG.fmt(cell - 8))\" height=\"\(SVG.fmt(cell - 8))\" rx=\"8\"/>"
            out += "<text class=\"number\" x=\"\(SVG.fmt(x + cell / 2))\" y=\"\(SVG.fmt(y + 60))\" text-anchor=\"middle\">\(quadrant.roman)</text>"
            out += SVG.label(entity.title, x: x + cell / 2, y: y + 110, maxLength: 26, className: "name")
            out += SVG.label(quadrant.municipalitiesMustCooperate ? strings["diagramCooperate"] : strings["diagramNoCooperation"],
                             x: x + cell / 2, y: y + 175, maxLength: 30, className: "note")
            if quadrant.cooperationMustBeFacilitated {
                out += SVG.label(strings["diagramFacilitate"], x: x + cell / 2, y: y + 215, maxLength: 30, className: "note")
            }
            out += "</a>"
        }
        return out + "</svg>"
    }
}
