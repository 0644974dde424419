import Foundation
import Testing
@testable import Content

/// The schema behind `spiegel new` and the handbook must name exactly the keys the decoder reads.
@Suite struct EntitySchemaTests {
    @Test func everyFileTypeHasASchema() {
        for type in EntityType.fileTypes {
            #expect(EntitySchema.of(type) != nil, "\(type.rawValue) has no entry in EntitySchema.swift: spiegel new and the handbook cannot describe it")
        }
    }

    /// A file with every key of the schema filled in decodes without errors, and an extra key is
    /// rejected with a hint that lists the known keys: those must be the schema's keys.
    @Test(arguments: EntityType.fileTypes)
    func schemaNamesExactlyTheKeysTheDecoderReads(_ type: EntityType) async throws {
        let schema = try #require(EntitySchema.of(type))
        var lines = ["---"]
        for field in schema.allFields {
            lines += Self.yaml(field, type: type, indent: "")
        }
        // The body has the heading a filled-in `kop` of an example names.
        lines += ["zzqqxx: 1", "---", "## tekst", ""]
        let site = minimalSite().write("nieuw/volledig.md", lines.joined(separator: "\n"))
        // A worksheet block and a meeting part hold one kind of content, so one with every key
        // filled in is refused for that reason too, and a filled-in text is no lead, drawing sheet or
        // clock time; only the key names are under test here.
        let valueProblems: Set<String> = ["block-with-several-contents", "meeting-part-with-several-sources", "unknown-lead",
                                          "unknown-drawing-sheet", "not-clock-time"]
        let errors = await site.errors().filter { $0.file.hasSuffix("nieuw/volledig.md") && !valueProblems.contains($0.code) }
        let unknown = errors.filter { $0.message.hasPrefix("onbekende sleutel 'zzqqxx'") }
        #expect(errors.count == unknown.count, "\(errors.map(\.code))")
        let expectedSubjects = [type.rawValue] + schema.allFields.compactMap { field -> String? in
            if case .records(let subject, _) = field.kind { return subject } else { return nil }
        }
        // Two items per list of mappings, each with the extra key.
        #expect(unknown.count == 1 + 2 * (expectedSubjects.count - 1), "\(unknown.map(\.formatted))")
        for diagnostic in unknown {
            let subject = String(diagnostic.message.split(separator: " ").last ?? "")
            let hint = try #require(diagnostic.hint)
            let listed = Set(hint.replacingOccurrences(of: "sleutels die een \(subject) kent: ", with: "")
                .components(separatedBy: ", "))
            let fields = subject == type.rawValue ? schema.allFields
                : schema.allFields.first { if case .records(subject, _) = $0.kind { true } else { false } }?.itemFields ?? []
            #expect(listed == Set(fields.map(\.key)), "\(type.rawValue) / \(subject)")
        }
    }

    @Test(arguments: EntityType.fileTypes)
    func aNewFileOfEveryTypeIsValidAsItIs(_ type: EntityType) async throws {
        let site = minimalSite()
        let new = try #require(NewEntityFile(type: type, title: "Een nieuwe \(type.rawValue): proef", existing: await site.load().graph))
        site.write(new.relativePath, new.text)
        let result = await site.load()
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.formatted))\n\(new.text)")
        let entity = try #require(result.graph.entity(new.id))
        #expect(entity.type == type)
        #expect(entity.title == "Een nieuwe \(type.rawValue): proef")
        #expect(new.id == "een-nieuwe-\(type.rawValue)-proef")
        #expect(new.relativePath == (type == .page ? "" : type.section + "/") + new.id + ".md")
        // Every key of the schema is there, filled in or as a comment to uncomment.
        for field in try #require(EntitySchema.of(type)).allFields where field.key != "id" {
            #expect(new.text.contains("\n\(field.key):") || new.text.contains("\n# \(field.key):"), "\(field.key) missing")
        }
    }

    @Test func aTakenIdGetsANumber() async throws {
        let site = minimalSite()
        let new = try #require(NewEntityFile(type: .workCard, title: "Een tijdlijn", existing: await site.load().graph))
        #expect(new.id == "een-tijdlijn")
        let again = try #require(NewEntityFile(type: .workCard, title: "Tijdlijn", existing: await site.load().graph))
        #expect(again.id == "tijdlijn-2")
        #expect(again.text.contains("nummer: 4\n"))  // one past the highest work card
    }

    @Test func aNewQuadrantNamesAValueForEveryDimension() async throws {
        let site = minimalSite()
            .write("dimensies/vraag.md", "---\ntype: dimensie\ntitel: Vraag\nnummer: 1\nasvraag: Wat?\nwaarden:\n  - id: enkelvoudig\n    label: Enkelvoudig\n  - id: complex\n    label: Complex\n---\n")
        let new = try #require(NewEntityFile(type: .quadrant, title: "Vijf", existing: await site.load().graph))
        #expect(new.text.contains("waarden:\n  # Vraag: enkelvoudig, complex\n  vraag: enkelvoudig\n"))
        site.write(new.relativePath, new.text)
        let errors = await site.errors()
        #expect(errors.isEmpty, "\(errors.map(\.formatted))")
    }

    /// The key tables of docs/content-model.md are written from the schema; the prose around them by hand.
    @Test func contentModelDocumentListsTheSchema() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/content-model.md")
        let document = try String(contentsOf: url, encoding: .utf8)
        let begin = try #require(document.range(of: ContentModelReference.begin + "\n"), "docs/content-model.md has no line \(ContentModelReference.begin)")
        let end = try #require(document.range(of: "\n" + ContentModelReference.end, range: begin.upperBound..<document.endIndex),
                               "docs/content-model.md has no line \(ContentModelReference.end) after the begin marker")
        let generated = "\n" + ContentModelReference.markdown()
        if ProcessInfo.processInfo.environment["SPIEGEL_UPDATE_DOCS"] == "1" {
            try (document[..<begin.upperBound] + generated + document[end.lowerBound...]).write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(document[begin.upperBound..<end.lowerBound]) == generated,
                "docs/content-model.md's key tables differ from the schema: run SPIEGEL_UPDATE_DOCS=1 swift test --filter EntitySchemaTests and commit docs/content-model.md")
    }

    @Test func titlesThatYAMLWouldMisreadAreQuoted() {
        #expect(YAMLText.quoted("Een tijdlijn maken") == "Een tijdlijn maken")
        #expect(YAMLText.quoted("Wij: samen") == "\"Wij: samen\"")
        #expect(YAMLText.quoted("ja") == "\"ja\"")
        #expect(YAMLText.quoted("2024") == "\"2024\"")
        #expect(YAMLText.quoted("\"Zo\" zei ze") == "\"\\\"Zo\\\" zei ze\"")
    }

    /// A valid value for every kind, so that the only error left is the extra key.
    private static func yaml(_ field: FieldSchema, type: EntityType, indent: String) -> [String] {
        let key = indent + field.key + ":"
        switch field.kind {
        case .typeName: return ["\(key) \(type.rawValue)"]
        case .id: return ["\(key) volledig"]
        case .text: return ["\(key) tekst"]
        case .number(let range): return ["\(key) \(range?.lowerBound ?? 1)"]
        case .yesNo: return ["\(key) ja"]
        case .texts: return ["\(key) [een, twee]"]
        case .ids, .relation: return ["\(key) []"]
        case .valueChoice: return ["\(key) {}"]
        case .overviewType: return ["\(key) fase"]
        case .audience: return ["\(key) iedereen"]
        case .origin: return ["\(key) eigen"]
        case .records(_, let fields):
            var out = [key]
            for n in 1...2 {
                for (i, item) in fields.enumerated() {
                    var value = yaml(item, type: type, indent: "")[0]
                    if case .id = item.kind { value = "\(item.key): \(field.key)-\(n)" }
                    out.append("\(indent)  \(i == 0 ? "- " : "  ")\(value)")
                }
                out.append("\(indent)    zzqqxx: 1")
            }
            return out
        }
    }
}
