@testable import Content
import Testing
import Yams

/// The values of front matter as graph.json and the templates get them: numbers, flags and
/// empty values from plain YAML, everything else as text.
struct FieldValueTests {
    private func value(_ yaml: String) throws -> FieldValue {
        FieldValue(try #require(try Yams.compose(yaml: "x: \(yaml)\n")).mapping!["x"]!)
    }

    @Test(arguments: [("4", FieldValue.int(4)), ("-3", .int(-3)), ("+7", .int(7)), ("1.5", .double(1.5)), (".5", .double(0.5)),
                      ("-2.5e3", .double(-2500)), ("true", .bool(true)), ("false", .bool(false)), ("~", .null), ("null", .null)])
    func plainNumbersFlagsAndNothing(yaml: String, expected: FieldValue) throws {
        #expect(try value(yaml) == expected)
    }

    /// Words stay text, also those a number parser would take (`inf`, `nan`) and a quoted number.
    @Test(arguments: ["Pagina 4196", "inf", "nan", "-x", "1.2.3", "'4'", "4 kaarten", "ja"])
    func wordsStayText(yaml: String) throws {
        let expected = yaml.hasPrefix("'") ? String(yaml.dropFirst().dropLast()) : yaml
        #expect(try value(yaml) == .string(expected))
    }
}
