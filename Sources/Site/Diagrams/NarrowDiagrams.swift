import Content

/// The model diagrams as a phone shows them. Drawn 700 units wide, the staircase and the 2×2
/// would shrink their text to some 6 px on a 390 px screen; a phone gets a version 340 units wide
/// instead (the staircase as steps under each other, the areas as a list, the quadrants as four
/// boxes with their full names), and the style sheet shows one of the two by the screen's width.
/// Print always takes the wide one.
extension PageContext {
    func diagram(for type: EntityType, from url: String) -> String? {
        let wide: String?, narrow: [String?]
        switch type {
        case .plateau:
            wide = PlateauDiagram(graph: graph, strings: strings).svg(from: url)
            narrow = [
                model(.plateau, shape: .staircase, id: "plateaumodel-smal", title: strings["diagramPlateauTitle"],
                      description: strings["diagramPlateauDescription"], from: url,
                      captions: (strings["diagramMacro"], strings["diagramMicro"])),
                model(.organisationArea, shape: .grid(columns: 1), id: "gebieden-smal", title: strings.plural(.organisationArea),
                      description: strings["diagramAreasCaption"], from: url, captions: (strings["diagramAreasCaption"], nil)),
            ]
        case .quadrant:
            wide = QuadrantDiagram(graph: graph, strings: strings).svg(from: url)
            let cells = QuadrantDiagram(graph: graph, strings: strings).cells()
            narrow = [model(.quadrant, shape: .grid(columns: 2), id: "kwadranten-smal", title: strings["diagramQuadrantTitle"],
                            description: strings["diagramQuadrantDescription"], from: url, cells: cells,
                            captions: (nil, strings["diagramCooperateLegend"]))]
        default:
            return nil
        }
        guard let wide else { return nil }
        return Self.forWidths(wide: wide, narrow: narrow.compactMap { $0 })
    }

    /// Both versions; the style sheet shows one.
    static func forWidths(wide: String, narrow: [String]) -> String {
        guard !narrow.isEmpty else { return wide }
        return "<div class=\"diagram-wide\">\(wide)</div><div class=\"diagram-narrow\">\(narrow.joined())</div>"
    }

    private func model(_ type: EntityType, shape: HereDiagram.Shape, id: String, title: String, description: String,
                       from url: String, cells: [String: (column: Int, row: Int)] = [:],
                       captions: (above: String?, below: String?) = (nil, nil)) -> String? {
        let items = graph.entities(of: type).map { entity in
            HereDiagram.Item(entity: entity, number: type == .quadrant ? nil : entity.number.map(String.init),
                             cell: cells[entity.id].map { ($0.column, $0.row) },
                             kind: type == .quadrant && Self.cooperates(entity) ? "samenwerken" : nil)
        }
        return HereDiagram(model: strings.plural(type), items: items, current: nil, shape: shape, strings: strings,
                           overview: (id, title, description), captions: captions).svg(from: url)
    }
}
