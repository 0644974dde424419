import Testing
@testable import TemplateEngine

/// A template that cannot be read is refused with the line and column (from 1) of the tag at
/// fault, which `TemplateSet` passes on with the template's file.
struct TemplateErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let template: String
        let line: Int
        let column: Int
        let message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a section never closed is reported where it opens",
             template: "<article>\n  {{#page.title}}\n</article>\n", line: 2, column: 3,
             message: "the section 'page.title' is never closed"),
        Case(name: "a closing tag for another section",
             template: "{{#a}}\n{{#b}}\nx {{/a}}\n", line: 3, column: 3,
             message: "{{/a}} closes 'b', opened at line 2, column 1"),
        Case(name: "a closing tag with nothing open",
             template: "a\n{{/a}}", line: 2, column: 1, message: "{{/a}} closes a section that was never opened"),
        Case(name: "a tag never closed",
             template: "<p>\n<b>{{title</b>\n", line: 2, column: 4, message: "this tag is never closed: no '}}' after it"),
        Case(name: "a triple mustache closed by two braces",
             template: "{{{body}}", line: 1, column: 1, message: "this tag is never closed: no '}}}' after it"),
        Case(name: "delimiters that are not two",
             template: "x\n  {{=<%=}}", line: 2, column: 3, message: "'<%' does not set two delimiters"),
        Case(name: "a name with a space",
             template: "{{a b}}", line: 1, column: 1, message: "'a b' is not a name: a name has no spaces in it"),
        Case(name: "an empty tag", template: "é {{ }}", line: 1, column: 3, message: "this tag has no name"),
        Case(name: "template inheritance",
             template: "{{<parent}}{{$block}}x{{/block}}{{/parent}}", line: 1, column: 1,
             message: "template inheritance ({{<parent}}, {{$block}}) is not supported"),
        Case(name: "transforms", template: "{{uppercased(title)}}", line: 1, column: 1,
             message: "transforms such as 'uppercased(title)' are not supported"),
        Case(name: "dynamic partials", template: "\r\n{{>*dynamic}}", line: 2, column: 1,
             message: "dynamic partials ({{>*name}}) are not supported"),
        Case(name: "a tag closed by the old delimiters after a change",
             template: "{{=<% %>=}}\n<% title }}", line: 2, column: 1, message: "this tag is never closed: no '%>' after it"),
    ]

    @Test(arguments: cases)
    func isRefusedWithItsPosition(_ example: Case) {
        #expect(throws: TemplateError.self) { try CompiledTemplate(example.template) }
        do {
            _ = try CompiledTemplate(example.template)
        } catch {
            #expect(error.line == example.line)
            #expect(error.column == example.column)
            #expect(error.message == example.message)
        }
    }
}
