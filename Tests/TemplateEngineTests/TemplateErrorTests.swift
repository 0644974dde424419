import Testing
@testable import TemplateEngine

/// A template that cannot be read is refused with the line and column (from 1) of the tag at
/// fault and the kind of problem, which `TemplateSet` passes on with the template's file (what an
/// editor reads about each kind is in the message catalogue, `MessageCatalogueTests`).
struct TemplateErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let template: String
        let line: Int
        let column: Int
        let kind: TemplateError.Kind
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a section never closed is reported where it opens",
             template: "<article>\n  {{#page.title}}\n</article>\n", line: 2, column: 3,
             kind: .sectionNeverClosed(name: "page.title")),
        Case(name: "a closing tag for another section",
             template: "{{#a}}\n{{#b}}\nx {{/a}}\n", line: 3, column: 3,
             kind: .closesOther(name: "a", open: "b", line: 2, column: 1)),
        Case(name: "a closing tag with nothing open",
             template: "a\n{{/a}}", line: 2, column: 1, kind: .closesUnopened(name: "a")),
        Case(name: "a tag never closed",
             template: "<p>\n<b>{{title</b>\n", line: 2, column: 4, kind: .tagNeverClosed(end: "}}")),
        Case(name: "a triple mustache closed by two braces",
             template: "{{{body}}", line: 1, column: 1, kind: .tagNeverClosed(end: "}}}")),
        Case(name: "delimiters that are not two",
             template: "x\n  {{=<%=}}", line: 2, column: 3, kind: .badDelimiters("<%")),
        Case(name: "a name with a space",
             template: "{{a b}}", line: 1, column: 1, kind: .nameWithSpaces("a b")),
        Case(name: "an empty tag", template: "é {{ }}", line: 1, column: 3, kind: .tagWithoutName),
        Case(name: "template inheritance",
             template: "{{<parent}}{{$block}}x{{/block}}{{/parent}}", line: 1, column: 1,
             kind: .inheritance),
        Case(name: "transforms", template: "{{uppercased(title)}}", line: 1, column: 1,
             kind: .transform("uppercased(title)")),
        Case(name: "dynamic partials", template: "\r\n{{>*dynamic}}", line: 2, column: 1,
             kind: .dynamicPartial),
        Case(name: "a tag closed by the old delimiters after a change",
             template: "{{=<% %>=}}\n<% title }}", line: 2, column: 1, kind: .tagNeverClosed(end: "%>")),
    ]

    @Test(arguments: cases)
    func isRefusedWithItsPosition(_ example: Case) {
        #expect(throws: TemplateError.self) { try CompiledTemplate(example.template) }
        do {
            _ = try CompiledTemplate(example.template)
        } catch {
            #expect(error.line == example.line)
            #expect(error.column == example.column)
            #expect(error.kind == example.kind)
        }
    }
}
