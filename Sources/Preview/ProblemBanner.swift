import Content
import Foundation
import Site

/// The strip the preview puts at the top of each page while the content has problems, so an
/// editor sees them where they are working. With errors the site stays the last good build and
/// the strip says so, names the first error and links to the full error page; with warnings only,
/// it lists them (open on the page they are about), each linking to the page it concerns.
enum ProblemBanner {
    /// The full error page, served while there are errors.
    static let errorsPath = "/_spiegel/fouten"

    /// The strip for the page at `page` (a site path), or nil when there is nothing to show.
    /// `pageOf` gives the site path of the page made from a source file, when there is one.
    static func html(_ diagnostics: [Diagnostic], page: String, pageOf: (String) -> String?, strings: UIStrings) -> String? {
        let errors = diagnostics.filter { $0.severity == .error }
        if let first = errors.first {
            return landmark(strings, """
            <div role="alert" style="\(style(background: "#fff5f5", border: "#c53030"))">\
            <strong>\(Markup.escape(strings.counted("previewBannerErrors", errors.count)))</strong> \(Markup.escape(strings["previewBannerStale"])) \
            <a href="\(errorsPath)" style="color:#1a365d">\(Markup.escape(strings["previewBannerSeeErrors"]))</a>\
            <br><code>\(Markup.escape(display(first.file))):\(first.line):\(first.column)</code> \(Markup.escape(first.message))</div>
            """)
        }
        let warnings = diagnostics.filter { $0.severity == .warning }
        guard !warnings.isEmpty else { return nil }
        let here = warnings.contains { pageOf($0.file) == page }
        var items = ""
        for warning in warnings.prefix(20) {
            let place = "\(Markup.escape(display(warning.file))):\(warning.line)"
            let link = pageOf(warning.file).map { "<a href=\"/\($0)\" style=\"color:#1a365d\">\(place)</a>" } ?? "<code>\(place)</code>"
            items += "<li>\(link) \(Markup.escape(warning.message))</li>"
        }
        if warnings.count > 20 { items += "<li>\(Markup.escape(strings.counted("previewBannerMore", warnings.count - 20)))</li>" }
        return landmark(strings, """
        <details\(here ? " open" : "") style="\(style(background: "#fffbea", border: "#b7791f"))">\
        <summary><strong>\(Markup.escape(strings.counted("previewBannerWarnings", warnings.count)))</strong></summary>\
        <ul style="margin:.4rem 0 0;padding-left:1.2rem">\(items)</ul></details>
        """)
    }

    /// A landmark of its own, so that a screen reader can find (and skip) the strip.
    private static func landmark(_ strings: UIStrings, _ html: String) -> String {
        "<aside aria-label=\"\(Markup.escape(strings["previewBannerLabel"]))\">\(html)</aside>"
    }

    /// `page` with `banner` at the top of its `<main>` (else of its `<body>`, else at the start):
    /// after the header, so the page's skip link stays the first thing a keyboard reaches.
    static func inject(_ banner: String, into page: Data) -> Data {
        var out = page
        let after = { (tag: String) in
            page.range(of: Data(tag.utf8)).flatMap { open in page[open.upperBound...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } }
        }
        let insertAt = after("<main") ?? after("<body") ?? page.startIndex
        out.replaceSubrange(insertAt..<insertAt, with: Data(banner.utf8))
        return out
    }

    private static func style(background: String, border: String) -> String {
        "font:16px/1.5 system-ui,sans-serif;color:#1a202c;background:\(background);border-bottom:4px solid \(border);"
            + "padding:.6rem 1rem;margin:0 0 1rem;overflow-wrap:anywhere"
    }

    private static func display(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }
}
