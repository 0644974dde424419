import Content
import Foundation
import Pipeline
import Testing
@testable import Site

/// graph.json is written by hand; `JSONEncoder` with sorted keys is the reference for its bytes.
struct GraphJSONTests {
    private struct Wrapper: Encodable { let value: FieldValue }

    private func reference(_ value: FieldValue) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(Wrapper(value: value)), as: UTF8.self)
        return String(text.dropFirst("{\"value\":".count).dropLast())
    }

    private func written(_ value: FieldValue) -> String {
        var out = JSONOutput()
        out.value(value)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    @Test(arguments: [
        FieldValue.string("aanhalingstekens \" en \\ en / en \n\r\t\u{8}\u{c}\u{1}\u{1f} en é ü 🙂 \u{2028}"),
        .int(-42), .double(1.5), .double(2), .double(-0.25), .double(1e-7), .double(123456.789), .bool(true), .null,
        .list([.string("a"), .int(1), .list([])]),
        .map([(key: "titel", value: .string("x")), (key: "bronnen", value: .list([.string("nji")])),
              (key: "Zeta", value: .null), (key: "émoji", value: .int(1)), (key: "a_b", value: .bool(false))]),
        // A key written twice keeps its last value, in a short mapping and in a long one.
        .map([(key: "b", value: .int(1)), (key: "a", value: .int(2)), (key: "b", value: .int(3))]),
        .map((0..<40).map { (key: "k\($0 % 25)", value: FieldValue.int($0)) }),
    ])
    func writesWhatJSONEncoderWrites(_ value: FieldValue) throws {
        #expect(written(value) == (try reference(value)))
    }

    @Test func theFixtureSitesGraphParsesAndNamesEveryEntity() async throws {
        let content = await loadContent(SiteFixture.content)
        let data = GraphJSON.encode(content.graph)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entities = try #require(json["entities"] as? [[String: Any]])
        #expect(entities.compactMap { $0["id"] as? String } == content.graph.entities.filter { $0.type != .worksheet }.map(\.id))
        #expect(entities.allSatisfy { $0.keys.sorted() == ["fields", "id", "links", "parent", "title", "type", "url"] })
    }
}
