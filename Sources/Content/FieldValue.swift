import Yams

/// Front matter as plain data, for `graph.json` and for templates that show a field as it was
/// written. Typed reading happens in `FrontMatterReader`; this is only the faithful copy.
public indirect enum FieldValue: Sendable, Equatable, Encodable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case list([FieldValue])
    case map([(key: String, value: FieldValue)])

    init(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain {
                if scalar.string == "~" || scalar.string == "null" || scalar.string.isEmpty { self = .null; return }
                switch scalar.string {
                case "true": self = .bool(true); return
                case "false": self = .bool(false); return
                default: break
                }
                // Only a text that starts as a number can be one (the words `inf` and `nan` would
                // not be finite): most values are words, and asking `Double` costs a C string.
                if let first = scalar.string.utf8.first, Self.startsNumber(first) {
                    if let int = Int(scalar.string) { self = .int(int); return }
                    if let double = Double(scalar.string), double.isFinite { self = .double(double); return }
                }
            }
            self = .string(scalar.string)
        case .sequence(let sequence):
            self = .list(sequence.map(FieldValue.init))
        case .mapping(let mapping):
            self = .map(mapping.map { (key: FrontMatterReader.text(of: $0.key) ?? "", value: FieldValue($0.value)) })
        case .alias:
            // Aliases are refused by the reader; keep the copy finite.
            self = .null
        }
    }

    private static func startsNumber(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: ".")
    }

    public static func == (a: FieldValue, b: FieldValue) -> Bool {
        switch (a, b) {
        case let (.string(x), .string(y)): x == y
        case let (.int(x), .int(y)): x == y
        case let (.double(x), .double(y)): x == y
        case let (.bool(x), .bool(y)): x == y
        case (.null, .null): true
        case let (.list(x), .list(y)): x == y
        case let (.map(x), .map(y)): x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let s): try container.encode(s)
        case .int(let i): try container.encode(i)
        case .double(let d): try container.encode(d)
        case .bool(let b): try container.encode(b)
        case .null: try container.encodeNil()
        case .list(let l): try container.encode(l)
        case .map(let m):
            var keyed = encoder.container(keyedBy: AnyKey.self)
            for (key, value) in m { try keyed.encode(value, forKey: AnyKey(key)) }
        }
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
