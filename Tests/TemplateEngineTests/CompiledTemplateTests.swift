import Mustache
import Testing
@testable import TemplateEngine

/// `CompiledTemplate` must render what swift-mustache renders: every case here is rendered by
/// both and compared, so a difference in whitespace or section rules shows up as a failing case.
struct CompiledTemplateTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let template: String
        var partials: [String: String] = [:]
        let context: TemplateValue
        var testDescription: String { name }
    }

    static let page: TemplateValue = .object([
        "title": .text("Tijd & ruimte <nu>"),
        "summary": .text("Over \"spanning\" en 'ruimte'"),
        "mixed": .text("Één & één — ‘wij²’ <über> 👩‍👩‍👧\"'&"),
        "body": .text("<p>al HTML</p>"),
        "count": .number(3),
        "on": .flag(true),
        "off": .flag(false),
        "empty": .list([]),
        "tags": .list([.text("a"), .text("b<")]),
        "links": .list([
            .object(["url": .text("a.html"), "title": .text("A")]),
            .object(["url": .text("b.html")]),
        ]),
        "page": .object(["title": .text("Binnen"), "meta": .object(["year": .number(2024)])]),
    ])

    static let cases: [Case] = [
        Case(name: "variables are escaped, triple and & are not",
             template: "{{title}} {{{body}}} {{&body}} {{summary}}\n", context: page),
        Case(name: "escaping replaces only the five characters, whatever text surrounds them",
             template: "[{{mixed}}] [{{{mixed}}}]", context: page),
        Case(name: "numbers and flags print as swift-mustache prints them", template: "{{count}} {{on}} {{off}}", context: page),
        Case(name: "a missing name prints nothing", template: "[{{nothing}}][{{{nothing}}}]", context: page),
        Case(name: "dotted names and the current value",
             template: "{{page.title}} {{page.meta.year}} {{page.nothing.year}}{{#tags}}<{{.}}>{{/tags}}", context: page),
        Case(name: "inside a section, names not in the item are looked up outside",
             template: "{{#links}}<a href=\"{{url}}\">{{title}}</a>{{/links}}", context: page),
        Case(name: "a leading dot looks only at the current item",
             template: "{{#links}}[{{.title}}]{{/links}}", context: page),
        Case(name: "sections over flags, texts, objects and empty lists",
             template: "{{#on}}ja{{/on}}{{#off}}nee{{/off}}{{#empty}}leeg{{/empty}}{{#page}}{{title}}{{/page}}{{#title}}t{{/title}}",
             context: page),
        Case(name: "inverted sections",
             template: "{{^off}}1{{/off}}{{^on}}2{{/on}}{{^empty}}3{{/empty}}{{^nothing}}4{{/nothing}}{{^tags}}5{{/tags}}{{^title}}6{{/title}}",
             context: page),
        Case(name: "standalone section, comment and closing lines vanish whole",
             template: "<ul>\n  {{#links}}\n  <li>{{url}}</li>\n  {{/links}}\n</ul>\n{{! a comment\n   over two lines }}\nslot\n",
             context: page),
        Case(name: "tags sharing a line with text keep the line",
             template: "a {{#on}}\nb\n{{/on}} c\n  {{! inline }} d\n{{#on}}x{{/on}}\n", context: page),
        Case(name: "blanks before a tag on its own line, and a last line without newline",
             template: "  {{title}}\n\t{{#on}}  \nx\n {{/on}}\t\nend  ", context: page),
        Case(name: "CRLF line endings",
             template: "a\r\n{{#on}}\r\nb\r\n{{/on}}\r\nc", context: page),
        Case(name: "partials, standalone and inline",
             template: "<main>\n{{> part}}\nx {{> part}} y\n</main>\n",
             partials: ["part": "<p>{{title}}</p>\n"], context: page),
        Case(name: "an indented standalone partial indents every line",
             template: "<div>\n    {{> list}}\n</div>\n",
             partials: ["list": "<ul>\n{{#links}}\n<li>{{url}}</li>\n{{/links}}\n</ul>\n"], context: page),
        Case(name: "a partial that is missing renders nothing", template: "a{{> missing}}b", context: page),
        Case(name: "braces that are not tags", template: "{ {x} }} {{title}} }", context: page),
    ]

    @Test(arguments: cases)
    func rendersWhatSwiftMustacheRenders(_ example: Case) throws {
        var reference = MustacheLibrary()
        var compiled = TemplateLibrary()
        for (name, text) in example.partials.merging(["main": example.template], uniquingKeysWith: { a, _ in a }) {
            reference.register(try MustacheTemplate(string: text), named: name)
            compiled.register(try CompiledTemplate(text), named: name)
        }
        let expected = reference.render(example.context.anyValue, withTemplate: "main")
        #expect(compiled.render(example.context, withTemplate: "main") == expected)
    }

    @Test(arguments: [
        ("{{=<% %>=}}<% title %>", "set delimiters"),
        ("{{<parent}}{{$block}}x{{/block}}{{/parent}}", "template inheritance"),
        ("{{uppercased(title)}}", "transforms"),
        ("{{>*dynamic}}", "dynamic partials"),
    ])
    func whatItLeavesToSwiftMustacheIsRefusedByName(_ template: String, _ feature: String) {
        #expect(throws: CompiledTemplate.Unsupported(feature: feature)) { try CompiledTemplate(template) }
    }

    @Test func aQuoteWithACombiningMarkIsStillEscaped() throws {
        // swift-mustache escapes by Character, so `"` followed by a combining mark (one Character)
        // would close an HTML attribute unescaped; escaping by Unicode scalar catches it.
        var library = TemplateLibrary()
        library.register(try CompiledTemplate("<a title=\"{{t}}\">"), named: "t")
        let out = library.render(.object(["t": .text("x\"\u{301} onmouseover=alert(1)")]), withTemplate: "t")
        #expect(out == "<a title=\"x&quot;\u{301} onmouseover=alert(1)\">")
    }
}
