import Foundation
import Testing
@testable import Content

/// `spiegel schema` is written from the field tables: every type, every key, what is required and
/// the ranges and words a reader allows. (Tests/browser/test_schema.py validates the content with it.)
@Suite struct FrontMatterJSONSchemaTests {
    private func parsed() throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(FrontMatterJSONSchema.text().utf8)) as? [String: Any])
    }

    @Test func everyTypeHasItsKeysAndItsRequiredOnes() throws {
        let definitions = try #require(try parsed()["$defs"] as? [String: [String: Any]])
        #expect(Set(definitions.keys) == Set(EntityType.fileTypes.map(\.rawValue)))
        for schema in EntitySchema.all {
            let definition = try #require(definitions[schema.type.rawValue])
            let properties = try #require(definition["properties"] as? [String: [String: Any]])
            #expect(Set(properties.keys) == Set(schema.allFields.map(\.key)), "\(schema.type.rawValue)")
            #expect(Set(definition["required"] as? [String] ?? []) == Set(schema.allFields.filter(\.required).map(\.key)))
            #expect(definition["additionalProperties"] as? Bool == false)
            for field in schema.allFields {
                #expect(properties[field.key]?["description"] as? String == field.explanation)
            }
        }
    }

    @Test func rangesWordsAndIdsComeFromTheReaders() throws {
        let definitions = try #require(try parsed()["$defs"] as? [String: [String: Any]])
        let card = try #require(definitions["werkkaart"]?["properties"] as? [String: [String: Any]])
        #expect(card["nummer"]?["minimum"] as? Int == 1)
        #expect(card["nummer"]?["maximum"] as? Int == 99)
        #expect((card["id"]?["pattern"] as? String) == "^[a-z0-9]+(-[a-z0-9]+)*$")
        let questions = try #require(card["vragen"]?["items"] as? [String: Any])
        let audience = try #require((questions["properties"] as? [String: [String: Any]])?["doelgroep"]?["enum"] as? [Any])
        #expect(audience.compactMap { $0 as? String } == Audience.allCases.map(\.rawValue))
        // A yes-or-no key takes the reader's words in any case.
        let quadrant = try #require(definitions["kwadrant"]?["properties"] as? [String: [String: Any]])
        let yesNo = try #require(quadrant["samenwerking-faciliteren"]?["anyOf"] as? [[String: Any]])
        let pattern = try #require(yesNo.compactMap { $0["pattern"] as? String }.first)
        for word in ["ja", "Nee", "YES", "false"] { #expect(word.range(of: pattern, options: .regularExpression) != nil) }
        #expect("misschien".range(of: pattern, options: .regularExpression) == nil)
    }

    @Test func theSchemaIsDraft202012AndTheSameEveryTime() throws {
        #expect(try parsed()["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(FrontMatterJSONSchema.text() == FrontMatterJSONSchema.text())
    }
}
