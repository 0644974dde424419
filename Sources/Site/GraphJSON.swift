import Content
import Foundation

/// `graph.json`: the whole content graph for tools and integrations.
enum GraphJSON {
    private struct Document: Encodable {
        let entities: [EntityRecord]
    }

    private struct EntityRecord: Encodable {
        let type: String
        let id: String
        let title: String
        let url: String
        let links: [String]
        let parent: String?
        let fields: FieldValue
        /// A worksheet's PDF, when this build printed one.
        var pdf: String? = nil

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(type, forKey: .type)
            try c.encode(id, forKey: .id)
            try c.encode(title, forKey: .title)
            try c.encode(url, forKey: .url)
            try c.encode(links, forKey: .links)
            try c.encode(parent, forKey: .parent)  // explicit null for entities without a parent
            try c.encode(fields, forKey: .fields)
            try c.encodeIfPresent(pdf, forKey: .pdf)
        }

        enum CodingKeys: String, CodingKey { case type, id, title, url, links, parent, fields, pdf }
    }

    /// Entities in graph order, then every worksheet, generated or composed, in the order of
    /// the worksheets' overview.
    static func encode(_ graph: ContentGraph, worksheets: [Worksheet] = [], withPDFs: Bool = false) -> Data {
        let entities = graph.entities.filter { $0.type != .worksheet }.map { entity in
            var seen = Set<String>()
            let links = graph.outgoing(from: entity.id).map(\.to).filter { $0 != entity.id && seen.insert($0).inserted }
            return EntityRecord(type: entity.type.rawValue, id: entity.id, title: entity.title, url: entity.url,
                                links: links, parent: entity.parent, fields: entity.fields)
        }
        let sheets = worksheets.map { sheet in
            EntityRecord(type: EntityType.worksheet.rawValue, id: sheet.id, title: sheet.title, url: sheet.url,
                         links: sheet.carries, parent: nil, fields: sheet.fields, pdf: withPDFs ? sheet.pdfPath : nil)
        }
        let records = entities + sheets
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(Document(entities: records))) ?? Data("{\"entities\":[]}".utf8)
    }
}
