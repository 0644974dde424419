import Testing
@testable import TemplateEngine

/// The rendering rules a template author relies on, each with its exact output: escaping, how
/// values print, name lookup, sections, and the whitespace of standalone tags and partials.
struct CompiledTemplateTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let template: String
        var partials: [String: String] = [:]
        let context: TemplateValue
        let expected: String
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
             template: "{{title}} {{{body}}} {{&body}} {{summary}}\n", context: page,
             expected: "Tijd &amp; ruimte &lt;nu&gt; <p>al HTML</p> <p>al HTML</p> Over &quot;spanning&quot; en &#39;ruimte&#39;\n"),
        Case(name: "escaping replaces only the five characters, whatever text surrounds them",
             template: "[{{mixed}}] [{{{mixed}}}]", context: page,
             expected: "[Één &amp; één — ‘wij²’ &lt;über&gt; 👩‍👩‍👧&quot;&#39;&amp;] [Één & één — ‘wij²’ <über> 👩‍👩‍👧\"'&]"),
        Case(name: "numbers and flags print as Swift prints them", template: "{{count}} {{on}} {{off}}", context: page,
             expected: "3 true false"),
        Case(name: "a missing name prints nothing", template: "[{{nothing}}][{{{nothing}}}]", context: page,
             expected: "[][]"),
        Case(name: "dotted names and the current value",
             template: "{{page.title}} {{page.meta.year}} {{page.nothing.year}}{{#tags}}<{{.}}>{{/tags}}", context: page,
             expected: "Binnen 2024 <a><b&lt;>"),
        Case(name: "inside a section, names not in the item are looked up outside",
             template: "{{#links}}<a href=\"{{url}}\">{{title}}</a>{{/links}}", context: page,
             expected: "<a href=\"a.html\">A</a><a href=\"b.html\">Tijd &amp; ruimte &lt;nu&gt;</a>"),
        Case(name: "a leading dot looks only at the current item",
             template: "{{#links}}[{{.title}}]{{/links}}", context: page,
             expected: "[A][]"),
        Case(name: "sections over flags, texts, objects and empty lists",
             template: "{{#on}}ja{{/on}}{{#off}}nee{{/off}}{{#empty}}leeg{{/empty}}{{#page}}{{title}}{{/page}}{{#title}}t{{/title}}",
             context: page,
             expected: "jaBinnent"),
        Case(name: "inverted sections",
             template: "{{^off}}1{{/off}}{{^on}}2{{/on}}{{^empty}}3{{/empty}}{{^nothing}}4{{/nothing}}{{^tags}}5{{/tags}}{{^title}}6{{/title}}",
             context: page,
             expected: "134"),
        Case(name: "standalone section, comment and closing lines vanish whole",
             template: "<ul>\n  {{#links}}\n  <li>{{url}}</li>\n  {{/links}}\n</ul>\n{{! a comment\n   over two lines }}\nslot\n",
             context: page,
             expected: "<ul>\n  <li>a.html</li>\n  <li>b.html</li>\n</ul>\nslot\n"),
        Case(name: "tags sharing a line with text keep the line",
             template: "a {{#on}}\nb\n{{/on}} c\n  {{! inline }} d\n{{#on}}x{{/on}}\n", context: page,
             expected: "a \nb\n c\n   d\nx\n"),
        Case(name: "blanks before a tag on its own line, and a last line without newline",
             template: "  {{title}}\n\t{{#on}}  \nx\n {{/on}}\t\nend  ", context: page,
             expected: "  Tijd &amp; ruimte &lt;nu&gt;\nx\nend  "),
        Case(name: "CRLF line endings",
             template: "a\r\n{{#on}}\r\nb\r\n{{/on}}\r\nc", context: page,
             expected: "a\r\nb\r\nc"),
        Case(name: "partials, standalone and inline",
             template: "<main>\n{{> part}}\nx {{> part}} y\n</main>\n",
             partials: ["part": "<p>{{title}}</p>\n"], context: page,
             expected: "<main>\n<p>Tijd &amp; ruimte &lt;nu&gt;</p>\nx <p>Tijd &amp; ruimte &lt;nu&gt;</p>\n y\n</main>\n"),
        Case(name: "an indented standalone partial indents every line",
             template: "<div>\n    {{> list}}\n</div>\n",
             partials: ["list": "<ul>\n{{#links}}\n<li>{{url}}</li>\n{{/links}}\n</ul>\n"], context: page,
             expected: "<div>\n    <ul>\n    <li>a.html</li>\n    <li>b.html</li>\n    </ul>\n</div>\n"),
        Case(name: "a partial that is missing renders nothing", template: "a{{> missing}}b", context: page,
             expected: "ab"),
        Case(name: "set delimiters last into sections, but not into partials",
             template: "{{=<% %>=}}\n<%#on%>{{title}} <%title%><%/on%>\n<%> part%>|<%={{ }}=%>{{count}}",
             partials: ["part": "{{count}}"], context: page,
             expected: "{{title}} Tijd &amp; ruimte &lt;nu&gt;\n3|3"),
        Case(name: "an indented partial indents its own lines, not the lines of a value",
             template: "<pre>\n  {{> code}}\n</pre>\n",
             partials: ["code": "{{{body}}}\n{{#on}}\nend\n{{/on}}\n"],
             context: .object(["body": .text("a\nb"), "on": .flag(true)]),
             expected: "<pre>\n  a\nb\n  end\n</pre>\n"),
        Case(name: "braces that are not tags", template: "{ {x} }} {{title}} }", context: page,
             expected: "{ {x} }} Tijd &amp; ruimte &lt;nu&gt; }"),
    ]

    @Test(arguments: cases)
    func renders(_ example: Case) throws {
        var library = TemplateLibrary()
        for (name, text) in example.partials.merging(["main": example.template], uniquingKeysWith: { a, _ in a }) {
            library.register(try CompiledTemplate(text), named: name)
        }
        #expect(library.render(example.context, withTemplate: "main") == example.expected)
    }

    @Test func aQuoteWithACombiningMarkIsStillEscaped() throws {
        // `"` followed by a combining mark is one Character: escaping Characters would leave it
        // and close an HTML attribute unescaped; escaping bytes catches it.
        var library = TemplateLibrary()
        library.register(try CompiledTemplate("<a title=\"{{t}}\">"), named: "t")
        let out = library.render(.object(["t": .text("x\"\u{301} onmouseover=alert(1)")]), withTemplate: "t")
        #expect(out == "<a title=\"x&quot;\u{301} onmouseover=alert(1)\">")
    }
}
