import Content
import Foundation

/// `graph.json`: the whole content graph for tools and integrations.
///
/// Written by hand rather than with `JSONEncoder`, which took as long as rendering a thousand
/// pages for a 10,000-page site. The output is what `JSONEncoder` made with sorted keys and
/// unescaped slashes: compact, object keys in code-point order, `null` for a missing parent.
enum GraphJSON {
    /// Entities in graph order, then every worksheet, generated or composed, in the order of
    /// the worksheets' overview.
    static func encode(_ graph: ContentGraph, worksheets: [Worksheet] = [], withPDFs: Bool = false) -> Data {
        var out = JSONOutput()
        out.bytes.reserveCapacity(graph.entities.count * 400)
        out.raw("{\"entities\":[")
        var first = true
        // Only a site of several content layers says where each entity comes from: one folder's
        // graph stays as it was for the tools that read it.
        let firstFolder = graph.entities.first?.layerFolder
        let layered = graph.entities.contains { $0.layerFolder != firstFolder }
        for entity in graph.entities where entity.type != .worksheet {
            let links = graph.targets(from: entity.id).filter { $0 != entity.id }.withoutRepeats()
            if !first { out.raw(",") }
            first = false
            record(&out, type: entity.type.rawValue, id: entity.id, title: entity.title, url: entity.url,
                   links: links, parent: entity.parent, fields: entity.fields, pdf: nil, files: entity.attachments,
                   source: layered ? (layer: entity.layerFolder, file: entity.location.file) : nil)
        }
        for sheet in worksheets {
            if !first { out.raw(",") }
            first = false
            // A composed sheet has a file of its own; a generated one is made from its card's.
            let file = layered ? graph.entity(sheet.id).map { (layer: $0.layerFolder, file: $0.location.file) } : nil
            record(&out, type: EntityType.worksheet.rawValue, id: sheet.id, title: sheet.title, url: sheet.url,
                   links: sheet.carries, parent: nil, fields: sheet.fields, pdf: withPDFs ? sheet.pdfPath : nil, source: file)
        }
        out.raw("]}")
        return Data(out.bytes)
    }

    /// One entity, its keys in sorted order.
    private static func record(_ out: inout JSONOutput, type: String, id: String, title: String, url: String,
                               links: [String], parent: String?, fields: FieldValue, pdf: String?, files: [Attachment] = [],
                               source: (layer: String, file: String)? = nil) {
        out.raw("{\"fields\":")
        out.value(fields)
        // The pictures and files the body uses, by their path in the site; only where there are any.
        if !files.isEmpty {
            out.raw(",\"files\":[")
            for (i, file) in files.enumerated() {
                out.raw(i > 0 ? ",{\"kind\":" : "{\"kind\":")
                out.string(file.kind.rawValue)
                out.raw(",\"path\":")
                out.string(file.path)
                out.raw(",\"size\":")
                out.bytes += String(file.size).utf8
                out.raw("}")
            }
            out.raw("]")
        }
        out.raw(",\"id\":")
        out.string(id)
        if let source {
            out.raw(",\"layer\":")
            out.string(source.layer)
        }
        out.raw(",\"links\":[")
        for (i, link) in links.enumerated() {
            if i > 0 { out.raw(",") }
            out.string(link)
        }
        out.raw("],\"parent\":")
        if let parent { out.string(parent) } else { out.raw("null") }
        if let pdf {
            out.raw(",\"pdf\":")
            out.string(pdf)
        }
        if let source {
            out.raw(",\"source\":")
            out.string(source.file)
        }
        out.raw(",\"title\":")
        out.string(title)
        out.raw(",\"type\":")
        out.string(type)
        out.raw(",\"url\":")
        out.string(url)
        out.raw("}")
    }
}

/// A compact JSON text being written.
struct JSONOutput {
    var bytes: [UInt8] = []

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes += $0 }
    }

    mutating func value(_ value: FieldValue) {
        switch value {
        case .string(let text): string(text)
        case .int(let number): bytes += String(number).utf8
        case .double(let number): bytes += Self.number(number).utf8
        case .bool(let flag): flag ? raw("true") : raw("false")
        case .null: raw("null")
        case .list(let list):
            raw("[")
            for (i, item) in list.enumerated() {
                if i > 0 { raw(",") }
                self.value(item)
            }
            raw("]")
        case .map(let pairs):
            raw("{")
            // Sorted as JSONEncoder sorted them; a key written twice keeps its last value, as a
            // keyed container does.
            for (i, pair) in Self.lastOfEachKey(pairs).sorted(by: { $0.key < $1.key }).enumerated() {
                if i > 0 { raw(",") }
                string(pair.key)
                raw(":")
                self.value(pair.value)
            }
            raw("}")
        }
    }

    /// Each key once, with the value it was given last. Front matter has a few keys: a search of
    /// those kept beats a dictionary, which a long mapping still gets.
    private static func lastOfEachKey(_ pairs: [(key: String, value: FieldValue)]) -> [(key: String, value: FieldValue)] {
        guard pairs.count > 16 else {
            var kept: [(key: String, value: FieldValue)] = []
            kept.reserveCapacity(pairs.count)
            for pair in pairs {
                if let i = kept.firstIndex(where: { $0.key == pair.key }) { kept[i].value = pair.value } else { kept.append(pair) }
            }
            return kept
        }
        var last: [String: FieldValue] = [:]
        for pair in pairs { last[pair.key] = pair.value }
        return last.map { (key: $0.key, value: $0.value) }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as it is.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most texts need no escaping and are copied whole.
        let plain = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if plain == true {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0x08: raw("\\b")
            case 0x0C: raw("\\f")
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                raw("\\u00")
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whole numbers without a fraction, others as Swift prints them (shortest exact form).
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
