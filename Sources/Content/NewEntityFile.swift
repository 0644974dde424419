import Foundation
import Markdown

/// A new content file as `spiegel new` writes it: every required key filled with a value that
/// passes `spiegel check`, every optional key present as a comment, and a short Dutch comment
/// above each saying what goes there. Written from `EntitySchema`, so it lists exactly the keys
/// the decoder reads.
public struct NewEntityFile: Sendable {
    public let type: EntityType
    public let id: String
    /// Relative to the content folder: `werkkaarten/een-tijdlijn-maken.md`.
    public let relativePath: String
    public let text: String

    /// Plans the file for an entity of `type` titled `title` in a site that holds `existing`
    /// (drafts included: their ids are taken too). The id comes from the title and is made unique
    /// by a number when it is taken. `hidden`: the ids a site hides (`verbergen:`), taken as well,
    /// since a new page with one of them would never be published.
    /// `draft`: the file starts as a draft (`concept: ja`), which only the preview shows.
    public init?(type: EntityType, title: String, existing: ContentGraph, hidden: Set<String> = [], draft: Bool = false) {
        guard let schema = EntitySchema.of(type) else { return nil }
        var taken = Set(existing.entities.map(\.id)).union(hidden)
        for entity in existing.entities {
            if case .phase(let phase) = entity.kind { taken.formUnion(phase.parts.map(\.id)) }
        }
        let base = Slug.make(title).isEmpty ? type.rawValue : Slug.make(title)
        var id = base
        var counter = 2
        while taken.contains(id) {
            id = "\(base)-\(counter)"
            counter += 1
        }
        self.type = type
        self.id = id
        relativePath = type.section.isEmpty ? "\(id).md" : "\(type.section)/\(id).md"
        var writer = Writer(schema: schema, id: id, title: title, existing: existing, draft: draft)
        text = writer.text()
    }

    private struct Writer {
        let schema: EntitySchema
        let id: String
        let title: String
        let existing: ContentGraph
        let draft: Bool
        var lines: [String] = ["---"]

        init(schema: EntitySchema, id: String, title: String, existing: ContentGraph, draft: Bool) {
            self.schema = schema
            self.id = id
            self.title = title
            self.existing = existing
            self.draft = draft
        }

        mutating func text() -> String {
            lines.append("# \(schema.explanation)")
            lines.append("# De bestandsnaam is de id: \(id). De handleiding (Typen en velden) legt elk veld uit.")
            let fields = schema.allFields.filter { $0.key != "id" }
            for field in fields where field.required {
                lines.append("# \(field.explanation)")
                lines += value(of: field, indent: "")
            }
            if draft {
                lines.append("# \(CommonFields.draft.explanation)")
                lines.append("\(CommonFields.draft.key): ja")
            }
            let optional = fields.filter { !$0.required && !(draft && $0.key == CommonFields.draft.key) }
            if !optional.isEmpty {
                lines.append("")
                lines.append("# Niet verplicht. Wil je een van deze velden gebruiken, haal dan het # voor de sleutel weg.")
                for field in optional {
                    lines.append("# \(field.explanation)")
                    lines += example(of: field).map { "# " + $0 }
                }
            }
            lines.append("---")
            lines.append("<!-- Schrijf hier de tekst van de pagina, in Markdown. Tussenkoppen met ##. Link naar een andere pagina met [tekst](../map/bestand.md). Dit commentaar ziet een lezer niet. -->")
            lines.append("")
            return lines.joined(separator: "\n")
        }

        /// A required key with a value that passes validation.
        private func value(of field: FieldSchema, indent: String) -> [String] {
            let key = indent + field.key + ":"
            switch field.kind {
            case .typeName: return ["\(key) \(schema.type.rawValue)"]
            case .text where field.key == "titel": return ["\(key) \(YAMLText.quoted(title))"]
            case .text: return ["\(key) \(YAMLText.quoted(field.placeholder ?? "Vul dit in."))"]
            case .number(let range): return ["\(key) \(field.placeholder ?? String(nextNumber(in: range)))"]
            case .yesNo: return ["\(key) nee"]
            case .valueChoice:
                let dimensions = existing.entities(of: .dimension)
                guard !dimensions.isEmpty else { return ["\(key) {}"] }
                var out = [key]
                for entity in dimensions {
                    guard case .dimension(let dimension) = entity.kind, let first = dimension.values.first else { continue }
                    out.append("\(indent)  # \(entity.title): \(dimension.values.map(\.id).joined(separator: ", "))")
                    out.append("\(indent)  \(entity.id): \(first.id)")
                }
                return out
            case .records(let subject, let itemFields):
                // Two items: a tension field needs exactly two poles, a dimension at least two values to be an axis.
                var out = [key]
                // Items with required keys get those and the keys with an example (a meeting part's
                // title); items with none (a worksheet's blocks) get their first key with an example.
                let filled = itemFields.contains(where: \.required) ? itemFields.filter { $0.required || $0.placeholder != nil }
                    : Array(itemFields.filter { $0.placeholder != nil }.prefix(1))
                for n in 1...2 {
                    var item: [String] = []
                    for itemField in filled {
                        let value: String = switch itemField.kind {
                        case .id: "\(id)-\(n)"
                        case .origin: QuestionOrigin.ownWord
                        case .number(let range): itemField.placeholder ?? String(range?.lowerBound ?? 1)
                        default: YAMLText.quoted("\(itemField.placeholder ?? subject.capitalized) \(n)")
                        }
                        item.append("\(itemField.key): \(value)")
                    }
                    for itemField in itemFields where !filled.contains(where: { $0.key == itemField.key }) {
                        item.append("# \(itemField.key):")
                    }
                    out += item.enumerated().map { "\(indent)  \($0.offset == 0 ? "- " : "  ")\($0.element)" }
                }
                return out
            case .origin: return ["\(key) \(QuestionOrigin.ownWord)"]
            case .texts, .ids, .relation, .id, .overviewType, .audience:
                return ["\(key) []"]
            }
        }

        /// An optional key as it would look filled in, to be uncommented.
        private func example(of field: FieldSchema) -> [String] {
            switch field.kind {
            case .records(_, let itemFields):
                var out = ["\(field.key):"]
                for (i, itemField) in itemFields.enumerated() {
                    let value: String = switch itemField.kind {
                    case .id: "\(id)-1"
                    case .audience: "professional"
                    case .origin: QuestionOrigin.ownWord
                    case .ids, .relation: "[]"
                    default: itemField.placeholder.map(YAMLText.quoted) ?? ""
                    }
                    out.append("  \(i == 0 ? "- " : "  ")\(itemField.key):\(value.isEmpty ? "" : " " + value)")
                }
                return out
            case .texts, .ids, .relation: return ["\(field.key): []"]
            default: return ["\(field.key):"]
            }
        }

        /// One past the highest number of this type, kept inside the range the type allows.
        private func nextNumber(in range: ClosedRange<Int>?) -> Int {
            let highest = existing.entities(of: schema.type).compactMap(\.number).max() ?? 0
            guard let range else { return highest + 1 }
            return min(max(highest + 1, range.lowerBound), range.upperBound)
        }
    }
}

/// Writes a text as a YAML scalar: plain where YAML reads it back unchanged, double-quoted otherwise.
enum YAMLText {
    static func quoted(_ text: String) -> String {
        let special = CharacterSet(charactersIn: "-?:,[]{}#&*!|>'\"%@`")
        let lower = text.lowercased()
        let needsQuotes = text.isEmpty
            || text.unicodeScalars.first.map(special.contains) == true
            || text.contains(": ") || text.contains(" #") || text.hasSuffix(":")
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
            || ["ja", "nee", "true", "false", "yes", "no", "null", "~", "on", "off"].contains(lower)
            || Double(text) != nil
        guard needsQuotes else { return text }
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"\(escaped)\""
    }
}
