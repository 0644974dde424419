import Foundation
import Yams

/// An id named in front matter, with where it was written.
public struct Reference: Sendable, Hashable {
    public var id: String
    public var location: SourceLocation

    public init(id: String, location: SourceLocation) {
        self.id = id
        self.location = location
    }
}

/// Reads typed values out of one YAML mapping, key by key as `FieldSchema` describes them: the
/// field says whether the key is required, its range and, for a relation, its kind. It remembers
/// every key it was asked for, so that `finish()` can report the keys nobody asked for, and turns
/// every problem into a diagnostic with the file, line and column of the offending node.
struct FrontMatterReader {
    let file: String
    /// Added to YAML line numbers to get file line numbers.
    let lineOffset: Int
    let location: SourceLocation
    /// What this mapping is, for messages: "werkkaart", "vraag", … ("bestand" before the type is known)
    var subject: String
    private let mapping: Node.Mapping
    /// The keys as text, in order, and their values: `Node.Mapping`'s own subscript compares
    /// nodes. A mapping has few keys, so a search of the names beats hashing each key into a
    /// dictionary; the values are apart so that the search copies no node.
    private let names: [String]
    private let values: [Node]
    private var requested: [String] = []
    var diagnostics: [Diagnostic] = []

    init(mapping: Node.Mapping, file: String, lineOffset: Int, location: SourceLocation, subject: String) {
        self.mapping = mapping
        var names: [String] = [], values: [Node] = []
        names.reserveCapacity(mapping.count)
        values.reserveCapacity(mapping.count)
        // A type asks for up to a few dozen keys; room for them from the start.
        requested.reserveCapacity(32)
        for (key, value) in mapping {
            guard let name = Self.text(of: key) else { continue }
            names.append(name)
            values.append(value)
        }
        self.names = names
        self.values = values
        self.file = file
        self.lineOffset = lineOffset
        self.location = location
        self.subject = subject
    }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return location }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    /// Reports `problem` at `at`; the catalogue says whether it is an error or a warning.
    mutating func report(_ at: SourceLocation, _ problem: Problem) {
        diagnostics.append(at.diagnostic(problem))
    }

    /// The raw node for `field`. A missing required key is reported the first time it is asked
    /// for: a reader may look at a node and then read it.
    /// `missing` replaces the general problem for a missing required key.
    mutating func node(_ field: FieldSchema, missing: Problem? = nil) -> Node? {
        let key = field.key
        requested.append(key)
        // The first of two equal keys, as YAML readers take it.
        if let i = names.firstIndex(of: key), !Self.isNull(values[i]) { return values[i] }
        if field.required, !requested.dropLast().contains(key) {
            report(location, missing ?? .missingKey(key: key, subject: subject))
        }
        return nil
    }

    /// Text, for keys whose value is a text, an id or a type name.
    mutating func string(_ field: FieldSchema) -> String? {
        guard let node = node(field) else { return nil }
        guard case .scalar(let scalar) = node else {
            report(location(of: node), .notText(key: field.key, found: Self.describe(node)))
            return nil
        }
        let text = Self.trimmed(scalar.string)
        if text.isEmpty, field.required {
            report(location(of: node), .emptyText(key: field.key))
            return nil
        }
        return text
    }

    /// A whole number, within the field's range when it has one.
    mutating func int(_ field: FieldSchema) -> Int? {
        guard case .number(let range) = field.kind else { preconditionFailure("'\(field.key)' is no number") }
        guard let node = node(field) else { return nil }
        guard case .scalar(let scalar) = node, let value = Int(scalar.string.trimmingCharacters(in: .whitespaces)) else {
            report(location(of: node), .notWholeNumber(key: field.key, found: Self.describe(node)))
            return nil
        }
        if let range, !range.contains(value) {
            report(location(of: node), .outOfRange(key: field.key, range: range, found: value))
            return nil
        }
        return value
    }

    /// The words a yes-or-no key takes, in any case.
    static let yesWords = ["ja", "true", "yes"]
    static let noWords = ["nee", "false", "no"]

    mutating func bool(_ field: FieldSchema) -> Bool? {
        guard let node = node(field) else { return nil }
        if case .scalar(let scalar) = node {
            let word = scalar.string.lowercased()
            if Self.yesWords.contains(word) { return true }
            if Self.noWords.contains(word) { return false }
        }
        report(location(of: node), .notYesNo(key: field.key, found: Self.describe(node)))
        return nil
    }

    /// An audience (`professional`, `bestuurder`, `iedereen`); an unknown one is reported.
    mutating func audience(_ field: FieldSchema) -> Audience? {
        guard let name = string(field) else { return nil }
        if let audience = Audience(rawValue: name) { return audience }
        if let node = node(field) {
            let known = Audience.allCases.map(\.rawValue)
            report(location(of: node), .unknownAudience(name: name, nearest: Suggestion.closest(to: name, in: known), known: known))
        }
        return nil
    }

    /// A list of texts; a single text is taken as a list of one.
    mutating func strings(_ field: FieldSchema) -> [String] {
        located(field).map(\.text)
    }

    /// Exactly one id, where a list of one is also accepted; more is reported.
    mutating func singleReference(_ field: FieldSchema) -> Reference? {
        let ids = references(field)
        guard ids.count == 1 else {
            report(ids.dropFirst().first?.location ?? location, .blockNamesSeveralIDs(key: field.key, count: ids.count))
            return nil
        }
        return ids[0]
    }

    /// A list of ids, with where each was written; a single id is taken as a list of one.
    mutating func references(_ field: FieldSchema) -> [Reference] {
        located(field).map { Reference(id: $0.text, location: $0.location) }
    }

    /// A relation key's ids as relations of the kind the field declares.
    mutating func relations(_ field: FieldSchema) -> [TypedReference] {
        guard case .relation(let kind) = field.kind else { preconditionFailure("'\(field.key)' is no relation") }
        return references(field).map { TypedReference(kind, $0) }
    }

    private mutating func located(_ field: FieldSchema) -> [(text: String, location: SourceLocation)] {
        guard let node = node(field) else { return [] }
        let items: [Node]
        switch node {
        case .scalar: items = [node]
        case .sequence(let sequence): items = Array(sequence)
        default:
            report(location(of: node), .notList(key: field.key, found: Self.describe(node)))
            return []
        }
        var out: [(String, SourceLocation)] = []
        for item in items {
            guard case .scalar(let scalar) = item else {
                report(location(of: item), .listItemNotText(key: field.key, found: Self.describe(item)))
                continue
            }
            out.append((scalar.string.trimmingCharacters(in: .whitespacesAndNewlines), location(of: item)))
        }
        return out
    }

    /// Reads a list of mappings, each with its own reader; their diagnostics are kept.
    mutating func records<T>(_ field: FieldSchema, _ read: (inout FrontMatterReader) -> T?) -> [T] {
        guard case .records(let subject, _) = field.kind else { preconditionFailure("'\(field.key)' holds no records") }
        guard let node = node(field) else { return [] }
        guard case .sequence(let sequence) = node else {
            report(location(of: node), .notRecordList(key: field.key, subject: subject, found: Self.describe(node)))
            return []
        }
        var out: [T] = []
        for item in sequence {
            guard case .mapping(let itemMapping) = item else {
                report(location(of: item), .recordNotKeys(key: field.key, subject: subject))
                continue
            }
            var reader = FrontMatterReader(mapping: itemMapping, file: file, lineOffset: lineOffset,
                                           location: location(of: item), subject: subject)
            let value = read(&reader)
            reader.finish()
            diagnostics += reader.diagnostics
            if let value { out.append(value) }
        }
        return out
    }

    /// Reads a mapping of text to text (for example a quadrant's dimension values).
    mutating func pairs(_ field: FieldSchema) -> [(key: Reference, value: Reference)] {
        guard let node = node(field) else { return [] }
        guard case .mapping(let pairs) = node else {
            report(location(of: node), .notPairs(key: field.key, found: Self.describe(node)))
            return []
        }
        var out: [(Reference, Reference)] = []
        for (k, v) in pairs {
            guard case .scalar(let ks) = k, case .scalar(let vs) = v else {
                report(location(of: v), .pairNotText(key: field.key))
                continue
            }
            out.append((Reference(id: ks.string, location: location(of: k)), Reference(id: vs.string, location: location(of: v))))
        }
        return out
    }

    /// Reports every key that no reader asked for.
    mutating func finish() {
        // A file has a handful of keys and a type asks for a dozen: comparing beats hashing.
        // Most files name only keys that were asked for: their names are checked without
        // copying the mapping's nodes, which only a file with an unknown key needs.
        guard names.contains(where: { !requested.contains($0) }) else { return }
        for (key, _) in mapping {
            guard let name = Self.text(of: key), !requested.contains(name) else { continue }
            var seen = Set<String>()
            let requested = self.requested.filter { seen.insert($0).inserted }
            report(location(of: key), .unknownKey(name: name, subject: subject,
                                                  nearest: Suggestion.closest(to: name, in: requested), known: requested))
        }
    }

    /// A key's text: a scalar's straight away, where Yams' `Node.string` goes through its
    /// constructor (which also reads a mapping tagged as a value, kept for other nodes).
    static func text(of node: Node) -> String? {
        if case .scalar(let scalar) = node { return scalar.string }
        return node.string
    }

    /// Without surrounding white space; most values have none, and Foundation's trimming is slow.
    static func trimmed(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        // Asking `CharacterSet` costs a dynamic cast each time; ASCII is answered here.
        func maybeBlank(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : CharacterSet.whitespacesAndNewlines.contains(scalar)
        }
        guard maybeBlank(first) || maybeBlank(last) else { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func isNull(_ node: Node) -> Bool {
        if case .scalar(let s) = node, s.style == .plain, s.string.isEmpty || s.string == "~" || s.string == "null" { return true }
        return false
    }

    static func describe(_ node: Node) -> YAMLShape {
        switch node {
        case .scalar(let s): .text(s.string)
        case .sequence: .list
        case .mapping: .keys
        case .alias: .alias
        }
    }
}

