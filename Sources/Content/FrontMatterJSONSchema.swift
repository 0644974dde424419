import Foundation
import Markdown

/// The front matter of every type as a JSON Schema (draft 2020-12), written from the same field
/// tables the readers read by (`EntitySchema`), for editors whose editor checks YAML against a
/// schema while they type (VS Code's YAML extension, Front Matter CMS). `spiegel schema` prints it.
///
/// It says what the readers accept, key by key: any scalar where they take text (they read
/// `titel: 2024` as the text "2024"), a single value where they take a list of one, null where a
/// key may be left empty. What needs the whole site (whether an id exists, a kwadrant's values)
/// stays `spiegel check`'s.
public enum FrontMatterJSONSchema {
    public static func document() -> [String: Any] {
        var definitions: [String: Any] = [:]
        var branches: [[String: Any]] = []
        for schema in EntitySchema.all {
            let name = schema.type.rawValue
            definitions[name] = object(schema.allFields, description: schema.explanation)
            branches.append([
                "if": ["properties": ["type": ["const": name]], "required": ["type"]],
                "then": ["$ref": "#/$defs/" + name],
            ])
        }
        return [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "De kop van een bestand in de kennisbank (Spiegel)",
            "description": "De sleutels die elk type in de kop (front matter) kent, met wat er mag staan. Gemaakt door 'spiegel schema'.",
            "type": "object",
            "required": [CommonFields.type.key],
            "properties": [CommonFields.type.key: property(CommonFields.type)],
            "allOf": branches,
            "$defs": definitions,
        ]
    }

    /// The document as JSON text, keys sorted so that it only changes when a table does.
    public static func text() -> String {
        let data = try! JSONSerialization.data(withJSONObject: document(), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A mapping with exactly `fields`: no other key, the required ones present.
    private static func object(_ fields: [FieldSchema], description: String? = nil) -> [String: Any] {
        var out: [String: Any] = [
            "type": "object",
            "properties": Dictionary(uniqueKeysWithValues: fields.map { ($0.key, property($0)) }),
            "additionalProperties": false,
        ]
        let required = fields.filter(\.required).map(\.key)
        if !required.isEmpty { out["required"] = required }
        if let description { out["description"] = description }
        return out
    }

    private static func property(_ field: FieldSchema) -> [String: Any] {
        var value = self.value(field.kind, required: field.required)
        // A key left empty (`samenvatting:`) is read as absent: allowed unless the key is required.
        if !field.required { value = allowingNull(value) }
        value["description"] = field.explanation
        return value
    }

    /// `value` or null, written where an editor reads it most easily: in its list of types, of
    /// alternatives or of allowed words.
    private static func allowingNull(_ value: [String: Any]) -> [String: Any] {
        var value = value
        if let types = value["type"] as? [String] {
            value["type"] = types + ["null"]
        } else if let type = value["type"] as? String {
            value["type"] = [type, "null"]
        } else if let alternatives = value["anyOf"] as? [[String: Any]] {
            value["anyOf"] = alternatives + [["type": "null"]]
        } else if let words = value["enum"] as? [String] {
            value["enum"] = words.map { $0 as Any } + [NSNull()]
        }
        return value
    }

    /// What the readers take for `kind` (`FrontMatterReader`).
    private static func value(_ kind: FieldSchema.Kind, required: Bool) -> [String: Any] {
        switch kind {
        case .text:
            // A required text may not be blank.
            required ? ["type": scalar, "pattern": "\\S"] : ["type": scalar]
        case .number(let range):
            ["type": "integer"].merging(range.map { ["minimum": $0.lowerBound, "maximum": $0.upperBound] } ?? [:]) { a, _ in a }
        case .yesNo:
            ["anyOf": [["type": "boolean"], ["type": "string", "pattern": yesNoPattern]]]
        case .texts, .ids, .relation:
            oneOrList(["type": scalar])
        case .records(_, let fields):
            ["type": "array", "items": object(fields)]
        case .valueChoice:
            ["type": "object", "additionalProperties": ["type": scalar]]
        case .id:
            ["type": "string", "pattern": Slug.pattern, "maxLength": Slug.maximumLength]
        case .typeName:
            ["enum": EntityType.fileTypes.map(\.rawValue)]
        case .overviewType:
            ["enum": Page.overviewTypes.map(\.rawValue)]
        case .audience:
            ["enum": Audience.allCases.map(\.rawValue)]
        case .origin:
            ["type": "string", "pattern": "\\S"]
        }
    }

    /// A scalar, as a reader that takes text takes it.
    private static let scalar = ["string", "number", "boolean"]

    private static func oneOrList(_ item: [String: Any]) -> [String: Any] {
        ["anyOf": [item, ["type": "array", "items": item]]]
    }

    /// `FrontMatterReader.bool`'s words in any case; JSON Schema's patterns have no flag for that.
    private static let yesNoPattern: String = {
        let words = FrontMatterReader.yesWords + FrontMatterReader.noWords
        let classes = words.map { word in word.map { "[\($0.lowercased())\($0.uppercased())]" }.joined() }
        return "^(" + classes.joined(separator: "|") + ")$"
    }()
}
