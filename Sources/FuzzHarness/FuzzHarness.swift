import Content
import Foundation
import Markdown
import Pipeline
import Site

/// One fuzz input through the whole single-page pipeline: front matter splitting and decoding,
/// Markdown, link resolution, the graph, validation and rendering. An input is up to four
/// content files separated by a line `=====`, so links between files get exercised too.
///
/// Besides "no crash, no hang", it checks what must hold for any content: nothing a visitor's
/// browser would run reaches a page, and no output path leaves the site folder.
public enum FuzzHarness {
    static let paths = ["a.md", "deel/b.md", "deel/sub/c.md", "d.md"]
    static let separator = Array("\n=====\n".utf8)

    static let templates: TemplateSet? = {
        let directory = ProcessInfo.processInfo.environment["SPIEGEL_TEMPLATES"] ?? "templates"
        return TemplateSet.load(from: directory).0
    }()

    /// Every `<script>…</script>` written out in a template (without Mustache tags in it), lower-cased.
    static let templateScripts: [String] = {
        let directory = ProcessInfo.processInfo.environment["SPIEGEL_TEMPLATES"] ?? "templates"
        let names = FileManager.default.enumerator(atPath: directory)?.compactMap { $0 as? String } ?? []
        var scripts: [String] = []
        for name in names where name.hasSuffix(".mustache") {
            guard let text = try? String(contentsOfFile: directory + "/" + name, encoding: .utf8) else { continue }
            var rest = Substring(text.lowercased())
            while let open = rest.range(of: "<script"), let close = rest[open.upperBound...].range(of: "</script>") {
                let script = String(rest[open.lowerBound..<close.upperBound])
                if !script.contains("{{") { scripts.append(script) }
                rest = rest[close.upperBound...]
            }
        }
        return scripts
    }()

    public static func run(_ input: [UInt8]) async {
        let sources = zip(paths, split(input)).map { ContentFile(relativePath: $0, displayPath: $0, absolutePath: $0, contents: $1) }
        for source in sources { await checkLinkRewrites(String(decoding: source.contents!, as: UTF8.self)) }
        let loaded = await BuildPipeline.loadContent(sources)
        for diagnostic in loaded.diagnostics {
            precondition(diagnostic.line >= 1 && diagnostic.column >= 1, "diagnostic without a position: \(diagnostic)")
            precondition(paths.contains(diagnostic.file), "diagnostic names an unknown file: \(diagnostic.file)")
        }
        guard !loaded.diagnostics.hasErrors, let templates else { return }
        let files = await SiteRenderer(graph: loaded.graph, templates: templates, config: SiteConfig()).render()
        for file in files {
            precondition(!file.path.hasPrefix("/") && !file.path.split(separator: "/").contains(".."),
                         "output path escapes the site: \(file.path)")
            guard file.path.hasSuffix(".html") else { continue }
            var page = String(decoding: file.data, as: UTF8.self).lowercased()
            // The templates' own scripts (filling in a worksheet on screen) are Spiegel's, not content's.
            for script in templateScripts { page = page.replacingOccurrences(of: script, with: "") }
            precondition(!page.contains("<script"), "\(file.path) carries a script element")
            for attribute in HTMLAttributes.all(in: page) {
                precondition(!attribute.name.hasPrefix("on"), "\(file.path) carries an event handler: \(attribute.name)")
                guard attribute.name == "href" || attribute.name == "src" else { continue }
                // Browsers skip white space and control characters before and inside a scheme.
                let url = String(String.UnicodeScalarView(attribute.value.unicodeScalars.filter { $0.value > 0x20 }))
                for bad in ["javascript:", "vbscript:", "data:"] {
                    precondition(!url.hasPrefix(bad), "\(file.path) links to \(bad) in <\(attribute.tag)>")
                }
            }
        }
    }

    /// Every way a link can be rewritten leaves no link half-removed: kept, replaced and removed
    /// by turns (by position), links must pair every `<a` with one `</a>`.
    static func checkLinkRewrites(_ markdown: String) async {
        let html = await MarkdownRenderer.render(markdown) { link in
            [LinkRewrite.keep, .replace("doel.html#x"), .remove][(link.line + link.column) % 3]
        }.html
        let opened = html.components(separatedBy: "<a ").count - 1
        let closed = html.components(separatedBy: "</a>").count - 1
        precondition(opened == closed, "links opened \(opened) times and closed \(closed) times")
    }

    static func split(_ input: [UInt8]) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var current: [UInt8] = []
        var i = 0
        while i < input.count {
            if parts.count < paths.count - 1, input[i] == separator[0], i + separator.count <= input.count,
               input[i..<i + separator.count].elementsEqual(separator) {
                parts.append(current)
                current = []
                i += separator.count
                continue
            }
            current.append(input[i])
            i += 1
        }
        return parts + [current]
    }
}
