// CYaml is the libyaml that Yams bundles and builds; SwiftPM makes it visible to Yams' users.
import CYaml
import Yams

/// Composes front matter into the same `Node` tree as `Yams.compose(yaml:_:_:.utf8)`, straight
/// from libyaml's events. Yams wraps every event in a class, decodes every scalar through
/// Foundation and hashes every key to look for repeats; for the few flat keys of front matter
/// that cost two thirds of reading it, and a tenth of a whole build.
///
/// Only the common case is composed here: one document of plain, quoted and block scalars in
/// sequences and mappings with scalar keys, no tags, anchors or aliases, each key once. For
/// anything else, and for every error, this hands the text to Yams, so that rare YAML means what
/// Yams says and every problem is reported with Yams' own message, line and column.
enum FrontMatterYAML {
    static func compose(_ yaml: String, constructor: Constructor) throws -> Node? {
        if let composed = composedWithoutYams(yaml, constructor: constructor) { return composed }
        return try Yams.compose(yaml: yaml, .basic, constructor, .utf8)
    }

    /// The document's root (nil for an empty one), or nil when Yams must decide.
    static func composedWithoutYams(_ yaml: String, constructor: Constructor) -> Node?? {
        var yaml = yaml
        return yaml.withUTF8 { bytes in
            var composer = Composer(constructor: constructor)
            return composer.document(bytes)
        }
    }

    /// Why the fast path gave up: Yams decides instead.
    private struct Unusual: Error {}

    private struct Composer {
        let constructor: Constructor
        var parser = yaml_parser_t()
        var event = yaml_event_t()

        init(constructor: Constructor) { self.constructor = constructor }

        /// The document's root node, nil for an empty stream (as Yams), or nil as `Unusual`
        /// when Yams must decide.
        mutating func document(_ bytes: UnsafeBufferPointer<UInt8>) -> Node?? {
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer {
                yaml_event_delete(&event)
                yaml_parser_delete(&parser)
            }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            do {
                guard try next() == YAML_STREAM_START_EVENT else { throw Unusual() }
                switch try next() {
                case YAML_STREAM_END_EVENT: return .some(nil)
                case YAML_DOCUMENT_START_EVENT: break
                default: throw Unusual()
                }
                let root = try node(try next())
                guard try next() == YAML_DOCUMENT_END_EVENT, try next() == YAML_STREAM_END_EVENT else { throw Unusual() }
                return .some(root)
            } catch {
                return nil
            }
        }

        /// The next event's type; the event itself stays in `event` until the next call.
        mutating func next() throws -> yaml_event_type_t {
            yaml_event_delete(&event)
            guard yaml_parser_parse(&parser, &event) == 1 else { throw Unusual() }
            return event.type
        }

        mutating func node(_ type: yaml_event_type_t) throws -> Node {
            switch type {
            case YAML_SCALAR_EVENT: return try .scalar(scalar())
            case YAML_SEQUENCE_START_EVENT: return try sequence()
            case YAML_MAPPING_START_EVENT: return try mapping()
            default: throw Unusual()
            }
        }

        /// The scalar in `event`: its tag as Yams names it (a quoted or block scalar is a
        /// string, a plain one is resolved when read), its style and where it starts.
        mutating func scalar() throws -> Node.Scalar {
            let data = event.data.scalar
            guard data.anchor == nil else { throw Unusual() }
            let name: Tag.Name
            if data.quoted_implicit == 1 {
                name = .str
            } else if data.tag == nil {
                name = .implicit
            } else {
                throw Unusual()
            }
            guard let style = Node.Scalar.Style(rawValue: numericCast(data.style.rawValue)) else { throw Unusual() }
            // libyaml hands over valid UTF-8 only, so decoding cannot repair anything.
            let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            return Node.Scalar(text, Tag(name, .basic, constructor), style, mark())
        }

        mutating func sequence() throws -> Node {
            let data = event.data.sequence_start
            guard data.anchor == nil, data.implicit != 0 else { throw Unusual() }
            let start = mark()
            var items: [Node] = []
            while case let type = try next(), type != YAML_SEQUENCE_END_EVENT {
                items.append(try node(type))
            }
            // Yams takes the style from the end event, which carries none.
            return .sequence(Node.Sequence(items, Tag(.implicit, .basic, constructor), .any, start))
        }

        mutating func mapping() throws -> Node {
            let data = event.data.mapping_start
            guard data.anchor == nil, data.implicit != 0 else { throw Unusual() }
            let start = mark()
            var pairs: [(Node, Node)] = []
            var keys: [String] = []
            while case let type = try next(), type != YAML_MAPPING_END_EVENT {
                guard type == YAML_SCALAR_EVENT else { throw Unusual() }
                var key = try scalar()
                // A key written twice is an error Yams words; a mapping has few keys.
                guard !keys.contains(key.string) else { throw Unusual() }
                // Yams' own search for repeated keys resolves each key's tag as it hashes it,
                // and with the basic resolver every scalar is text.
                key.tag = Tag(.str, .basic, constructor)
                keys.append(key.string)
                pairs.append((.scalar(key), try node(try next())))
            }
            return .mapping(Node.Mapping(pairs, Tag(.implicit, .basic, constructor), .any, start))
        }

        /// Where the event starts, counted from 1 as Yams does. Yams keeps `Mark`'s initialiser
        /// internal; a `Mark` is its line and column, two `Int`s (`unsafeBitCast` traps if the
        /// sizes ever differ), and the tests compare every mark made here with Yams' own.
        func mark() -> Mark {
            unsafeBitCast((event.start_mark.line + 1, event.start_mark.column + 1), to: Mark.self)
        }
    }
}
