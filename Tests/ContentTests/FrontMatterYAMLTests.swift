import Foundation
import Testing
import Yams
@testable import Content

/// `FrontMatterYAML` must give exactly the tree, and exactly the errors, that Yams gives.
@Suite struct FrontMatterYAMLTests {
    nonisolated(unsafe) static let constructor = Constructor.default

    /// The node as text, with everything the readers use: kind, text, tag, style, line and column.
    static func dump(_ node: Node?) -> String {
        guard let node else { return "nil" }
        func mark(_ mark: Mark?) -> String { mark.map { "@\($0.line):\($0.column)" } ?? "@?" }
        switch node {
        case .scalar(let s):
            return "scalar(\(s.string.debugDescription) tag=\(s.tag.description) style=\(s.style) \(mark(s.mark)))"
        case .sequence(let s):
            return "sequence(tag=\(s.tag.description) style=\(s.style) \(mark(s.mark)) [\(s.map { dump($0) }.joined(separator: ", "))])"
        case .mapping(let m):
            return "mapping(tag=\(m.tag.description) style=\(m.style) \(mark(m.mark)) {\(m.map { "\(dump($0.key)): \(dump($0.value))" }.joined(separator: ", "))})"
        case .alias:
            return "alias"
        }
    }

    /// What each parser makes of `yaml`: the tree, or the error as it is reported.
    static func outcomes(_ yaml: String) -> (fast: String, yams: String) {
        func run(_ compose: () throws -> Node?) -> String {
            do { return dump(try compose()) } catch { return "error: \(error)" }
        }
        return (run { try FrontMatterYAML.compose(yaml, constructor: constructor) },
                run { try Yams.compose(yaml: yaml, .basic, constructor, .utf8) })
    }

    /// YAML the fast path composes itself.
    static let common: [String] = [
        "",
        "# only a comment",
        "type: werkkaart\ntitel: Een tijdlijn maken\n",
        "titel: 'enkel' \nsamenvatting: \"dubbel \\u00e9\"\nnummer: 3\nkomma: 1.5\nja: true\nleeg:\ntilde: ~\n",
        "tekst: |\n  regel één\n  regel twee\nvouw: >\n  a\n  b\n",
        "lijst:\n  - a\n  - 'b'\n  - - genest\n    - nog\nkaart:\n  a: 1\n  b:\n    c: [x, y]\n    d: {e: f}\n",
        "vragen:\n  - id: v1\n    tekst: Wat zie je?\n  - id: v2\n    tekst: \"Wat doe je: nu?\"\n",
        "ëmoji: 😀 en ü\n\"sleutel met spatie\": waarde\n",
        "- a\n- b\n",
        "gewoon een zin",
        "plain: multi\n  line scalar\n",
        "%YAML 1.1\n---\na: 1\n",
        "\u{FEFF}a: 1\n",
    ]

    /// YAML the fast path leaves to Yams: rare constructs and every error.
    static let rare: [String] = [
        "anker: &a waarde\nverwijzing: *a\n",
        "getagd: !!str 12\n",
        "lijst: !!seq [a]\n",
        "? [complex]\n: sleutel\n",
        "--- \na: 1\n--- \nb: 2\n",
        // Errors: Yams words each of them, with its line and column.
        "titel: dubbel\ntitel: nog eens\n",
        "a: 1\n'a': 2\n",
        "a: [1, 2\n",
        "a: b: c\n",
        "a:\n\t- tab\n",
        "a: 'open\n",
        "verwijzing: *nergens\n",
        "a:\n  - b\n c: d\n",
        "a: \"\\x\"\n",
    ]

    static let samples = common + rare

    @Test(arguments: samples) func agreesWithYams(_ yaml: String) {
        let (fast, yams) = Self.outcomes(yaml)
        #expect(fast == yams)
    }

    /// The agreement above would hold trivially if every text went to Yams.
    @Test func composesCommonFrontMatterItself() {
        for yaml in Self.common {
            #expect(FrontMatterYAML.composedWithoutYams(yaml, constructor: Self.constructor) != nil, "\(yaml.debugDescription)")
        }
        for yaml in Self.rare {
            #expect(FrontMatterYAML.composedWithoutYams(yaml, constructor: Self.constructor) == nil, "\(yaml.debugDescription)")
        }
    }

    @Test func agreesWithYamsOnEveryContentFile() throws {
        let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("content")
        let files = FileManager.default.enumerator(atPath: content.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }
        #expect(files.count > 50)
        for path in files {
            let text = try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8)
            guard case .success(let front) = FrontMatter.split(text) else { continue }
            let (fast, yams) = Self.outcomes(front.yaml)
            #expect(fast == yams, "\(path)")
        }
    }

    /// Random front matter, stitched from pieces that are each valid or broken, seeded so that a
    /// failure repeats.
    @Test func agreesWithYamsOnRandomFrontMatter() {
        let keys = ["titel", "type", "a", "b", "lijst", "\"q\"", "'s'", "ü", "titel"]
        let values = ["waarde", "'quoted'", "\"dq\"", "", "~", "12", "[a, b]", "{x: y}", "|\n  blok", ">\n  vouw",
                      "&a anker", "*a", "!!str x", "'open", "[1, 2", "a: b", "\"\\q\"", "\n  - een\n  - twee",
                      "\n  sub: 1\n  sub: 2", "\n  - id: x\n    tekst: y"]
        // Knuth's MMIX linear congruential generator; the high bits pick.
        var state: UInt64 = 7
        func pick(_ count: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % count
        }
        for _ in 0..<3_000 {
            var yaml = ""
            for _ in 0..<pick(5) {
                yaml += "\(keys[pick(keys.count)]): \(values[pick(values.count)])\n"
            }
            let (fast, yams) = Self.outcomes(yaml)
            #expect(fast == yams, "\(yaml.debugDescription)")
        }
    }
}
