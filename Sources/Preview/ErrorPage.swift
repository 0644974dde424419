import Content
import Foundation
import Site

/// The page the preview shows instead of any page of the site while the content has errors: each
/// error with its file, line and column, the message, the hint, and the line itself. It carries
/// the live-reload script, so it turns back into the site as soon as the file is fixed and saved.
enum ErrorPage {
    static func html(_ diagnostics: [Diagnostic], strings: UIStrings, version: Int) -> Data {
        let errors = diagnostics.filter { $0.severity == .error }
        var items = ""
        for error in errors.prefix(50) {
            items += "<li><p class=\"where\"><code>\(Markup.escape(error.file)):\(error.line):\(error.column)</code> "
            items += "<span>\(strings["previewLine"]) \(error.line), \(strings["previewColumn"]) \(error.column)</span></p>\n"
            items += "<p class=\"message\">\(Markup.escape(error.message))</p>\n"
            if let excerpt = excerpt(of: error) { items += "<pre>\(excerpt)</pre>\n" }
            if let hint = error.hint { items += "<p class=\"hint\"><strong>\(strings["previewHint"]):</strong> \(Markup.escape(hint))</p>\n" }
            items += "</li>\n"
        }
        let warnings = diagnostics.count > errors.count ? "<p>\(Markup.escape(strings["previewWarnings"]))</p>\n" : ""
        let page = """
        <!DOCTYPE html>
        <html lang="\(strings.language)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(strings["previewErrorTitle"])</title>
        <style>
        body { font: 17px/1.5 system-ui, sans-serif; margin: 0; background: #fdf6f5; color: #222; }
        main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem; }
        h1 { color: #9b1c1c; font-size: 1.6rem; margin-bottom: .3rem; }
        ol { padding: 0; list-style: none; }
        li { background: #fff; border-left: 6px solid #c53030; border-radius: 4px; padding: .8rem 1.2rem; margin: 1rem 0; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
        .where { margin: 0; font-size: .95rem; } .where span { color: #666; margin-left: .5rem; }
        .message { font-weight: 600; margin: .4rem 0; }
        pre { background: #f4f4f4; padding: .5rem .8rem; overflow-x: auto; font-size: .9rem; margin: .4rem 0; }
        pre mark { background: #fed7d7; }
        .hint { margin: .4rem 0 0; color: #2c5282; }
        </style>
        </head>
        <body>
        <main>
        <h1>\(strings["previewErrorTitle"])</h1>
        <p>\(strings["previewErrorIntro"])</p>
        <p>\(strings["previewErrorCount"]): <strong>\(errors.count)</strong></p>
        <ol class="errors">
        \(items)</ol>
        \(warnings)</main>
        </body>
        </html>
        """
        return LiveReload.inject(into: Data(page.utf8), version: version)
    }

    /// The offending line with its neighbours, the line itself marked and a caret under the column;
    /// long lines (a paragraph is one line) are cut to a window around the column. Nil when the file
    /// cannot be read.
    private static func excerpt(of diagnostic: Diagnostic) -> String? {
        guard let data = FileManager.default.contents(atPath: diagnostic.file), data.count < 2_000_000 else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard diagnostic.line <= lines.count else { return nil }
        let width = 90
        let line = Array(lines[diagnostic.line - 1])
        let start = line.count > width ? max(0, min(diagnostic.column - 1 - width / 2, line.count - width)) : 0
        func window(_ text: Substring) -> String {
            let characters = Array(text)
            guard characters.count > width || start > 0 else { return String(characters) }
            let from = min(start, characters.count), to = min(characters.count, start + width)
            // Three dots, not an ellipsis: in a fallback font "…" is not one cell wide and the caret would drift.
            return (from > 0 ? "..." : "") + String(characters[from..<to]) + (to < characters.count ? "..." : "")
        }
        var out: [String] = []
        for number in max(1, diagnostic.line - 1)...min(lines.count, diagnostic.line + 1) {
            let label = String(format: "%4d  ", number)
            let text = Markup.escape(window(lines[number - 1]))
            if number == diagnostic.line {
                out.append("<mark>\(label)\(text)</mark>")
                let offset = diagnostic.column - 1 - start + (start > 0 ? 3 : 0)
                out.append(String(repeating: " ", count: label.count + max(0, offset)) + "^")
            } else {
                out.append(label + text)
            }
        }
        return out.joined(separator: "\n")
    }
}
