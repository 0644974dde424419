import Content
import Foundation

/// The footer on every printed page of a worksheet: its title, where its content comes from,
/// the sheet's address on the web (when the site says where it is published: a file path would
/// mean nothing on paper) and the date of the content it was printed from. It is written into the page's margin box as a CSS string, which both
/// WeasyPrint and the browsers print on every page, so it needs no running elements.
enum PrintFooter {
    /// The named page of a sheet in the booklet, so each sheet's pages carry its own footer.
    static func pageName(for sheet: Worksheet) -> String { "sheet-" + sheet.id }

    static func pageStyle(for sheet: Worksheet, config: SiteConfig, strings: UIStrings, pageName: String?, contentDate: Date? = nil) -> String {
        let selector = pageName.map { "@page \($0)" } ?? "@page"
        let text = text(for: sheet, config: config, strings: strings, contentDate: contentDate)
        // Only this sheet's pages turn: in the booklet the others stay A4 portrait.
        let size = sheet.paper == .a3Landscape ? "size: A3 landscape; " : ""
        return "\(selector) { \(size)@bottom-left { content: \(quoted(text)); } }"
    }

    /// Up to three lines: the title; the source and the date of the content; where the sheet
    /// comes from (the site, and its web address for the sheet when `basis-url` is set). The
    /// address has the last line to itself, so it is not broken in two.
    static func text(for sheet: Worksheet, config: SiteConfig, strings: UIStrings, contentDate: Date? = nil) -> String {
        var second: [String] = []
        if !sheet.sources.isEmpty {
            // The first publication's title, not its author: some author lines are a sentence
            // long, and the source shares its line with the date.
            let first = sheet.sources[0]
            var name = first.title
            if case .source(let s) = first.kind, let year = s.year { name += " (\(year))" }
            let more = sheet.sources.count > 1 ? " " + strings["sheetSourcesMore"] : ""
            second.append(strings["sheetSource"] + ": " + name + more)
        }
        if let contentDate { second.append(strings["sheetContentDate"] + " " + strings.date(contentDate)) }
        var from = strings["sheetFrom"] + ": " + config.name
        if let base = config.baseURL { from += ", " + base + sheet.url }
        return ([sheet.title] + (second.isEmpty ? [] : [second.joined(separator: " · ")]) + [from]).joined(separator: "\n")
    }

    /// A CSS string literal. It sits inside a `<style>` element, where HTML escapes do not
    /// apply, so `<` is escaped for CSS to keep `</style>` out of it.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\A "
            case "<": out += "\\3C "
            case ">": out += "\\3E "
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
