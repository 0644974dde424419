import Foundation
import Testing
@testable import TemplateEngine

/// Every example of the official Mustache specification that the engine supports, rendered and
/// compared with the specification's expected output. The specification's JSON files are not in
/// this repository: they are read from `../shared/mustache-spec/` beside it.
struct MustacheSpecTests {
    /// The repository's root is three folders up from this file.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/mustache-spec").standardizedFileURL

    /// Inheritance (`~inheritance.json`) is left out: the engine refuses it; lambdas are not in
    /// the folder.
    static let files = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections"]

    static let found = FileManager.default.fileExists(atPath: folder.appendingPathComponent("sections.json").path)

    struct Example: Decodable, CustomTestStringConvertible, Sendable {
        var file = ""
        let name: String
        let data: JSON
        let template: String
        let partials: [String: String]?
        let expected: String
        var testDescription: String { "\(file): \(name)" }

        private enum CodingKeys: String, CodingKey { case name, data, template, partials, expected }
    }

    static let examples: [Example] = files.flatMap { file -> [Example] in
        struct SpecFile: Decodable { let tests: [Example] }
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file + ".json").path),
              let spec = try? JSONDecoder().decode(SpecFile.self, from: data) else { return [] }
        return spec.tests.map { var example = $0; example.file = file; return example }
    }

    @Test(.enabled(if: found, "the Mustache specification is not in ../shared/mustache-spec/ beside the repository"))
    func everyFileOfTheSpecificationIsRead() {
        for file in Self.files {
            #expect(Self.examples.contains { $0.file == file }, "no examples read from \(file).json")
        }
    }

    @Test(.enabled(if: found, "the Mustache specification is not in ../shared/mustache-spec/ beside the repository"),
          arguments: examples)
    func rendersWhatTheSpecificationExpects(_ example: Example) throws {
        var library = TemplateLibrary()
        for (name, text) in example.partials ?? [:] {
            library.register(try CompiledTemplate(text), named: name)
        }
        // A name no partial of the specification has.
        library.register(try CompiledTemplate(example.template), named: "\u{0}example")
        let rendered = library.render(example.data.templateValue ?? .object([:]), withTemplate: "\u{0}example")
        #expect(rendered == example.expected)
    }
}

/// A JSON value as the specification's data holds it.
indirect enum JSON: Decodable, Sendable {
    case null, bool(Bool), integer(Int), decimal(Double), string(String), array([JSON]), object([String: JSON])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .decimal(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSON].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSON].self)) }
    }

    /// TemplateValue has no null and no decimals: a null field is left out of its object (a
    /// missing name renders as null does), and a decimal becomes the text JSON writes for it.
    var templateValue: TemplateValue? {
        switch self {
        case .null: nil
        case .bool(let value): .flag(value)
        case .integer(let value): .number(value)
        case .decimal(let value): .text(String(value))
        case .string(let value): .text(value)
        case .array(let values): .list(values.map { $0.templateValue ?? .flag(false) })
        case .object(let fields):
            .object(TemplateFields(fields.sorted { $0.key < $1.key }.compactMap { key, value in
                value.templateValue.map { (key, $0) }
            }))
        }
    }
}

extension TemplateFields {
    init(_ fields: [(String, TemplateValue)]) {
        self.init(minimumCapacity: fields.count)
        for (name, value) in fields { self[name] = value }
    }
}
