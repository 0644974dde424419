import Content
import Foundation

/// A map of the whole knowledge base: every entity (questions aside) on a circle, grouped and
/// coloured by type, relations as chords through the middle. The layout depends only on the
/// graph's order, so the same content always draws the same map.
///
/// A circle holds a few hundred readable names. Above `limit` entities the free pages (`pagina`)
/// are left out, so the map keeps showing the knowledge base's structure (models, cards, tension
/// fields, sources) instead of a black disc; `leftOut` says how many were.
struct GraphMap {
    let graph: ContentGraph
    let strings: UIStrings
    static let limit = 400
    /// The entities drawn, and how many were not.
    let nodes: [Entity]
    let leftOut: Int

    init(graph: ContentGraph, strings: UIStrings) {
        self.graph = graph
        self.strings = strings
        let all = graph.entities.filter { $0.type != .question }
        nodes = all.count > Self.limit ? Array(all.filter { $0.type != .page }.prefix(Self.limit)) : all
        leftOut = all.count - nodes.count
    }

    func svg(from page: String) -> String {
        let size = 1400.0, centre = size / 2, radius = 400.0
        var position: [String: (x: Double, y: Double, angle: Double)] = [:]
        // A gap between types makes the groups readable.
        let types = nodes.map(\.type).reduce(into: [EntityType]()) { if $0.last != $1 { $0.append($1) } }
        let slots = Double(nodes.count + types.count)
        var slot = 0.0, previous: EntityType?
        for node in nodes {
            if node.type != previous { slot += 1; previous = node.type }
            let angle = 2 * Double.pi * slot / slots - Double.pi / 2
            position[node.id] = (centre + radius * cos(angle), centre + radius * sin(angle), angle)
            slot += 1
        }
        var out = SVG.open(id: "kaart", width: Int(size), height: Int(size),
                           title: strings["diagramMapTitle"], description: strings["diagramMapDescription"])
        out += "<g class=\"edges\">"
        var drawn = Set<String>()
        for relation in graph.relations where relation.from != relation.to {
            guard let a = position[relation.from], let b = position[relation.to] else { continue }
            let key = relation.from < relation.to ? relation.from + " " + relation.to : relation.to + " " + relation.from
            guard drawn.insert(key).inserted else { continue }
            out += "<path d=\"M\(SVG.fmt(a.x)) \(SVG.fmt(a.y)) Q\(SVG.fmt(centre)) \(SVG.fmt(centre)) \(SVG.fmt(b.x)) \(SVG.fmt(b.y))\"/>"
        }
        out += "</g>"
        for node in nodes {
            guard let p = position[node.id] else { continue }
            let degrees = p.angle * 180 / Double.pi
            let flip = cos(p.angle) < 0
            let lx = centre + (radius + 14) * cos(p.angle), ly = centre + (radius + 14) * sin(p.angle)
            let rotation = flip ? degrees + 180 : degrees
            out += "<a href=\"\(Markup.escape(SiteURL.relative(node.url, from: page)))\" class=\"node type-\(node.type.rawValue)\">"
            out += "<circle cx=\"\(SVG.fmt(p.x))\" cy=\"\(SVG.fmt(p.y))\" r=\"6\"/>"
            let title = node.title.count > 40 ? String(node.title.prefix(38)) + "…" : node.title
            out += "<text x=\"\(SVG.fmt(lx))\" y=\"\(SVG.fmt(ly))\" text-anchor=\"\(flip ? "end" : "start")\" dominant-baseline=\"middle\" transform=\"rotate(\(SVG.fmt(rotation)) \(SVG.fmt(lx)) \(SVG.fmt(ly)))\">\(Markup.escape(title))</text>"
            out += "</a>"
        }
        out += "<g class=\"legend\">"
        for (i, type) in types.enumerated() {
            let y = 24.0 + Double(i) * 24
            out += "<circle class=\"type-\(type.rawValue)\" cx=\"20\" cy=\"\(SVG.fmt(y))\" r=\"6\"/><text x=\"32\" y=\"\(SVG.fmt(y + 4))\">\(Markup.escape(strings.plural(type)))</text>"
        }
        return out + "</g></svg>"
    }
}
