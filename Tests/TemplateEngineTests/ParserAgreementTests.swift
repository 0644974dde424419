import Mustache
import Testing
@testable import TemplateEngine

/// `TemplateSet` asks swift-mustache about a template only when `CompiledTemplate` refuses it, so
/// a template `CompiledTemplate` accepts must be one swift-mustache accepts too: otherwise a broken
/// template would be rendered instead of reported with its line and column.
struct ParserAgreementTests {
    /// Pieces of templates, whole tags and their fragments, joined at random (with a fixed seed,
    /// so a failure repeats).
    static let pieces = [
        "{{#a}}", "{{/a}}", "{{^a}}", "{{> p}}", "{{!c}}", "{{=| |=}}", "{{a}}", "{{{a}}}", "{{&a}}", "\r\n", "{{$a}}",
        "{{<a}}", "{{%x}}", "{{a b}}", "{{#b}}", "{{/b}}", "{{ a }}", "{{.}}", "é", "{{#a.b}}", "{{/a.b}}",
        "{{", "}}", "{{{", "}}}", "#", "^", "/", "!", ">", "&", "a", "b", ".", " ", "\n", "x", "{", "}", "=", "a.b", "$",
        "<", "%", "(", ")", "*", "\t", "-", "?",
    ]

    @Test func whatCompilesIsWhatSwiftMustacheAccepts() {
        var random = SplitMix64(seed: 7)
        var accepted = 0
        for _ in 0..<40_000 {
            let count = Int(random.next() % 12) + 1
            let text = (0..<count).map { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }.joined()
            guard (try? CompiledTemplate(text)) != nil else { continue }
            accepted += 1
            #expect((try? MustacheTemplate(string: text)) != nil, "compiled, but swift-mustache refuses: \(text.debugDescription)")
        }
        // Enough of the random templates are valid for the check to mean something.
        #expect(accepted > 2_000)
    }

    @Test(arguments: ["{{a)}}", "text {", "{{#a}}{{/a}}{"])
    func refusesWhatSwiftMustacheRefuses(_ text: String) {
        #expect((try? MustacheTemplate(string: text)) == nil)
        #expect((try? CompiledTemplate(text)) == nil)
    }
}

/// A small seeded generator (Steele, Lea and Flood's SplitMix64).
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E4B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
