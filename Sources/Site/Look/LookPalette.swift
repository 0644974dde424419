import Content
import Foundation

/// The colours the stylesheets declare as custom properties (`--bg: #fbfaf7;`), in light mode and
/// inside `@media (prefers-color-scheme: dark)`. Read from the templates' own stylesheets, so
/// that the contrast check measures against the backgrounds the site really has.
struct StylesheetPalette: Sendable {
    var light: [String: Colour] = [:]
    var dark: [String: Colour] = [:]

    init(css: String) {
        let text = css as NSString
        let darkBlocks = Self.darkBlocks(in: text)
        let declaration = try! NSRegularExpression(pattern: "(--[a-z0-9-]+)\\s*:\\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\\b")
        for match in declaration.matches(in: css, range: NSRange(location: 0, length: text.length)) {
            let name = text.substring(with: match.range(at: 1))
            guard let colour = Colour(hex: text.substring(with: match.range(at: 2))) else { continue }
            // The first declaration is the default; a later one (a print rule) does not replace it.
            if darkBlocks.contains(where: { NSLocationInRange(match.range.location, $0) }) {
                if dark[name] == nil { dark[name] = colour }
            } else if light[name] == nil {
                light[name] = colour
            }
        }
    }

    /// The ranges of every `@media (prefers-color-scheme: dark) { … }`, braces matched.
    private static func darkBlocks(in text: NSString) -> [NSRange] {
        var blocks: [NSRange] = []
        var search = NSRange(location: 0, length: text.length)
        while true {
            let found = text.range(of: "prefers-color-scheme: dark", range: search)
            guard found.location != NSNotFound else { return blocks }
            var index = found.location, depth = 0, opened = false
            while index < text.length {
                let c = text.character(at: index)
                if c == 0x7B { depth += 1; opened = true }
                if c == 0x7D { depth -= 1; if opened && depth == 0 { break } }
                index += 1
            }
            blocks.append(NSRange(location: found.location, length: index - found.location))
            search = NSRange(location: index, length: max(0, text.length - index))
        }
    }
}

/// Where text in the look's colours stands, named by the stylesheet and custom property that
/// colour the background. `surface` names it for the editor.
struct LookBackground: Sendable {
    let stylesheet: String
    let property: String
    let dark: Bool
    let surface: LookSurface

    static let all: [LookBackground] = [
        .init(stylesheet: "style.css", property: "--bg", dark: false, surface: .page),
        .init(stylesheet: "style.css", property: "--card", dark: false, surface: .card),
        .init(stylesheet: "style.css", property: "--accent-soft", dark: false, surface: .highlight),
        .init(stylesheet: "werkblad.css", property: "--paper", dark: false, surface: .sheet),
        .init(stylesheet: "werkblad.css", property: "--desk", dark: false, surface: .sheetBar),
        .init(stylesheet: "style.css", property: "--bg", dark: true, surface: .page),
        .init(stylesheet: "style.css", property: "--card", dark: true, surface: .card),
        .init(stylesheet: "style.css", property: "--accent-soft", dark: true, surface: .highlight),
    ]
}

/// The two colours an organisation picks, and the custom property each sets: the main colour
/// is that of links, menus, buttons and diagram outlines; the accent that of the focus ring,
/// the line between two poles and a marked question or part.
enum LookColourRole: CaseIterable, Sendable {
    case main, accent

    /// WCAG 2 AA: 4.5:1 for the main colour, which is text (1.4.3); 3:1 for the accent, which
    /// the stylesheets use for no text, only for rings and lines (1.4.11, non-text contrast).
    var minimum: Double { self == .main ? 4.5 : 3 }

    var property: String { self == .main ? "--accent" : "--focus" }
    var lightKey: SiteLook.Key { self == .main ? .main : .accent }
    var darkKey: SiteLook.Key { self == .main ? .mainDark : .accentDark }
}
