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

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(type, forKey: .type)
            try c.encode(id, forKey: .id)
            try c.encode(title, forKey: .title)
            try c.encode(url, forKey: .url)
            try c.encode(links, forKey: .links)
            try c.encode(parent, forKey: .parent)  // explicit null for entities without a parent
            try c.encode(fields, forKey: .fields)
        }

        enum CodingKeys: String, CodingKey { case type, id, title, url, links, parent, fields }
    }

    static func encode(_ graph: ContentGraph) -> Data {
        let records = graph.entities.map { entity in
            var seen = Set<String>()
            let links = graph.outgoing(from: entity.id).map(\.to).filter { $0 != entity.id && seen.insert($0).inserted }
            return EntityRecord(type: entity.type.rawValue, id: entity.id, title: entity.title, url: entity.url,
                                links: links, parent: entity.parent, fields: entity.fields)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(Document(entities: records))) ?? Data("{\"entities\":[]}".utf8)
    }
}
