import Content

/// "You are here": a small picture of the model a page belongs to, with the page's own item
/// marked. The plateaus climb as a staircase, the quadrants stand two by two, the organisation
/// areas, work cards and phases as a list of boxes. It is drawn 340 units wide and never shown
/// wider, so its 14-unit text stays at least 14 CSS px on a phone and on paper alike. The marked
/// item is named in the title, so a screen reader says where the reader is before what else there is.
/// Without a current item it is the phone's version of the big model diagrams (`NarrowDiagrams`).
struct HereDiagram {
    enum Shape { case staircase, grid(columns: Int) }

    struct Item {
        let entity: Entity
        let number: String?
        /// Column and row in the grid; nil for the next free place.
        var cell: (column: Int, row: Int)? = nil
        /// A class for the style sheet (`samenwerken`: a quadrant where municipalities cooperate).
        var kind: String? = nil
    }

    let model: String
    let items: [Item]
    let current: String?
    let shape: Shape
    let strings: UIStrings
    /// The name and description when no item is current.
    var overview: (id: String, title: String, description: String)? = nil
    /// Muted lines above and below the boxes ("macro" over the staircase, "micro" under it).
    var captions: (above: String?, below: String?) = (nil, nil)

    static let width = 340.0

    /// The type whose pages draw `type` in their diagram: the model's own, or the quadrants for
    /// the dimensions that place them.
    static func model(drawing type: EntityType) -> EntityType? {
        switch type {
        case .plateau, .quadrant, .organisationArea, .workCard, .phase: type
        case .dimension: .quadrant
        default: nil
        }
    }

    func svg(from page: String) -> String? {
        guard items.count > 1 else { return nil }
        let id: String, title: String, description: String
        if let overview {
            (id, title, description) = overview
        } else {
            guard let here = items.first(where: { $0.entity.id == current }) else { return nil }
            id = "hier"
            title = strings["hereTitle"].replacingOccurrences(of: "{naam}", with: here.entity.title)
            description = strings["hereDescription"]
                .replacingOccurrences(of: "{model}", with: model)
                .replacingOccurrences(of: "{lijst}", with: items.map(\.entity.title).joined(separator: "; "))
                .replacingOccurrences(of: "{naam}", with: here.entity.title)
        }
        let perLine = Self.characters(in: Self.width)
        let above = captions.above.map { Self.lines($0, maxLength: perLine) } ?? []
        let below = captions.below.map { Self.lines($0, maxLength: perLine) } ?? []
        let top = above.isEmpty ? 0 : Double(above.count) * Self.lineHeight + 6
        let boxes = layout().map { (x: $0.x, y: $0.y + top, width: $0.width, height: $0.height) }
        let bottom = boxes.map { $0.y + $0.height }.max() ?? 0
        let height = bottom + (below.isEmpty ? 0 : Double(below.count) * Self.lineHeight + 6)
        var out = SVG.open(id: id, width: Int(Self.width), height: Int(height.rounded(.up)) + 2, title: title, description: description)
        for (i, line) in above.enumerated() {
            out += "<text class=\"caption\" x=\"0\" y=\"\(SVG.fmt(Double(i + 1) * Self.lineHeight - 4))\">\(Markup.escape(line))</text>"
        }
        for (i, line) in below.enumerated() {
            out += "<text class=\"caption\" x=\"0\" y=\"\(SVG.fmt(bottom + Double(i + 1) * Self.lineHeight))\">\(Markup.escape(line))</text>"
        }
        for (item, box) in zip(items, boxes) {
            let isCurrent = item.entity.id == current
            let label = (item.number.map { $0 + " " } ?? "") + item.entity.title
            // The current item is no link: the reader is on its page already.
            let kind = item.kind.map { " " + $0 } ?? ""
            out += isCurrent ? "<g class=\"node here current\(kind)\" aria-current=\"page\">"
                : "<a href=\"\(Markup.escape(SiteURL.relative(item.entity.url, from: page)))\" class=\"node here\(kind)\">"
            out += "<rect x=\"\(SVG.fmt(box.x + 1))\" y=\"\(SVG.fmt(box.y + 1))\" width=\"\(SVG.fmt(box.width - 2))\" height=\"\(SVG.fmt(box.height - 4))\" rx=\"6\"/>"
            out += Self.label(label, x: box.x + box.width / 2, y: box.y + (box.height - 3) / 2,
                              maxLength: Self.characters(in: box.width), className: isCurrent ? "name" : "other")
            out += isCurrent ? "</g>" : "</a>"
        }
        return out + "</svg>"
    }

    /// One height for every row, room for the longest label.
    private func rowHeight(width: Double) -> Double {
        let most = items.map { item in
            Self.lines((item.number.map { $0 + " " } ?? "") + item.entity.title, maxLength: Self.characters(in: width)).count
        }.max() ?? 1
        return Double(most) * Self.lineHeight + 22
    }

    /// How many characters of 14px text fit on a line `width` wide, with room on both sides.
    private static func characters(in width: Double) -> Int { Int((width - 16) / 7.8) }
    private static let lineHeight = 17.0

    /// Greedy lines of at most `maxLength` characters (a longer word stands on its own line).
    static func lines(_ text: String, maxLength: Int) -> [String] {
        var lines: [String] = []
        for word in text.split(separator: " ") {
            if let last = lines.last, last.count + 1 + word.count <= maxLength {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(String(word))
            }
        }
        return lines
    }

    private static func label(_ text: String, x: Double, y: Double, maxLength: Int, className: String) -> String {
        let parts = lines(text, maxLength: maxLength)
        let top = y - lineHeight * Double(parts.count - 1) / 2
        let spans = parts.enumerated().map { i, part in
            "<tspan x=\"\(SVG.fmt(x))\" y=\"\(SVG.fmt(top + Double(i) * lineHeight))\">\(Markup.escape(part))</tspan>"
        }.joined()
        return "<text class=\"\(className)\" text-anchor=\"middle\" dominant-baseline=\"middle\">\(spans)</text>"
    }

    private func layout() -> [(x: Double, y: Double, width: Double, height: Double)] {
        switch shape {
        case .staircase:
            // First item at the bottom left, each next one a step higher and further right.
            let step = 22.0, width = Self.width - step * Double(items.count - 1)
            let rowHeight = self.rowHeight(width: width)
            return items.indices.map { i in (Double(i) * step, Double(items.count - 1 - i) * rowHeight, width, rowHeight) }
        case .grid(let columns):
            let width = Self.width / Double(columns)
            let rowHeight = self.rowHeight(width: width)
            var next = 0
            return items.map { item in
                let cell = item.cell ?? (next % columns, next / columns)
                next += 1
                return (Double(cell.column) * width, Double(cell.row) * rowHeight, width, rowHeight)
            }
        }
    }
}

extension PageContext {
    /// The "you are here" diagram for `entity`'s page, when its type is part of a model.
    func hereDiagram(for entity: Entity) -> String? {
        // Only the model types have one. The others return at once: a page of type `pagina` would
        // otherwise list every other page, and a site of 10,000 pages would make 100 million items.
        guard [.plateau, .organisationArea, .phase, .workCard, .quadrant].contains(entity.type) else { return nil }
        let items = graph.entities(of: entity.type).map { HereDiagram.Item(entity: $0, number: $0.number.map(String.init)) }
        let model = strings.plural(entity.type)
        switch entity.type {
        case .plateau:
            return HereDiagram(model: model, items: items, current: entity.id, shape: .staircase, strings: strings).svg(from: entity.url)
        case .organisationArea, .phase:
            return HereDiagram(model: model, items: items, current: entity.id, shape: .grid(columns: 1), strings: strings).svg(from: entity.url)
        case .workCard:
            return HereDiagram(model: model, items: items, current: entity.id, shape: .grid(columns: 2), strings: strings).svg(from: entity.url)
        case .quadrant:
            // Where the big 2×2 puts each quadrant, so both pictures agree.
            let cells = QuadrantDiagram(graph: graph, strings: strings).cells()
            // Their titles carry their numbers ("Kwadrant I: …").
            let placed = graph.entities(of: .quadrant).map { quadrant in
                HereDiagram.Item(entity: quadrant, number: nil, cell: cells[quadrant.id].map { ($0.column, $0.row) },
                                 kind: Self.cooperates(quadrant) ? "samenwerken" : nil)
            }
            return HereDiagram(model: model, items: placed, current: entity.id, shape: .grid(columns: 2), strings: strings,
                               captions: (nil, strings["diagramCooperateLegend"])).svg(from: entity.url)
        default:
            return nil
        }
    }

    /// Whether municipalities must cooperate in `quadrant`: both 2×2 pictures draw it dashed.
    static func cooperates(_ quadrant: Entity) -> Bool {
        if case .quadrant(let q) = quadrant.kind { return q.municipalitiesMustCooperate }
        return false
    }
}
