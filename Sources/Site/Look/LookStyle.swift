import Content
import Foundation

/// An organisation's look made concrete against the templates' stylesheets: the custom
/// properties each kind of page sets on top of them, and the contrast check that refuses a
/// colour in which text would be hard to read.
///
/// A dark-mode colour not given is made from the light one, mixed with white until it reaches
/// the minimum on every dark background: one colour cannot serve both modes (no colour has
/// 4.5:1 against both #fbfaf7 and #16171a). The tint behind marked text (`--accent-soft`)
/// follows the main colour in both modes.
public struct LookStyle: Sendable {
    /// How much of the main colour the tint behind marked text holds, in light and dark mode.
    static let tint = (light: 0.1, dark: 0.15)

    /// The custom properties the look changes, per mode, sorted by name.
    let light: [String: Colour]
    let dark: [String: Colour]
    let font: String?
    /// The logo's path in the site, from its root.
    public let logo: String?

    public static let none = LookStyle(light: [:], dark: [:], font: nil, logo: nil)

    private init(light: [String: Colour], dark: [String: Colour], font: String?, logo: String?) {
        self.light = light
        self.dark = dark
        self.font = font
        self.logo = logo
    }

    public init(_ look: SiteLook, assets: [String: Data]) {
        let surfaces = Surfaces(assets: assets)
        var light: [String: Colour] = [:], dark: [String: Colour] = [:]
        let main = surfaces.resolve(.main, look: look, soft: nil)
        if let colour = main.light {
            light["--accent"] = colour
            light["--accent-soft"] = surfaces.soft(colour, dark: false)
        }
        if let colour = main.dark {
            dark["--accent"] = colour
            dark["--accent-soft"] = surfaces.soft(colour, dark: true)
        }
        let accent = surfaces.resolve(.accent, look: look, soft: (light["--accent-soft"], dark["--accent-soft"]))
        if let colour = accent.light { light["--focus"] = colour }
        if let colour = accent.dark { dark["--focus"] = colour }
        self.init(light: light, dark: dark, font: look.font?.value, logo: look.logoSitePath)
    }

    /// Every colour of `look` in which text would fall below the minimum on a background it
    /// stands on: for each colour and mode the worst background, at the colour's key.
    public static func diagnostics(_ look: SiteLook, assets: [String: Data]) -> [Diagnostic] {
        let surfaces = Surfaces(assets: assets)
        let main = look.colours[.main]?.value
        let softLight = main.map { surfaces.soft($0, dark: false) }
        let softDark = (look.colours[.mainDark]?.value ?? main.flatMap { surfaces.lightened($0, role: .main, soft: nil) })
            .map { surfaces.soft($0, dark: true) }
        var found: [Diagnostic] = []
        for role in LookColourRole.allCases {
            for (key, dark) in [(role.lightKey, false), (role.darkKey, true)] {
                guard let setting = look.colours[key] else { continue }
                // The main colour's own tint stands behind it; the accent stands on the main colour's tint.
                let ownSoft = role == .main ? surfaces.soft(setting.value, dark: dark) : (dark ? softDark : softLight)
                guard let worst = surfaces.worst(setting.value, dark: dark, soft: ownSoft), worst.ratio < role.minimum else { continue }
                let better = dark ? surfaces.lightened(setting.value, role: role, soft: softDark)
                                  : surfaces.darkened(setting.value, role: role, soft: softLight)
                found.append(Diagnostic(at: setting.location, .lowContrast(
                    key: key.rawValue, colour: setting.value.description, background: worst.colour.description,
                    surface: worst.surface, dark: dark, isText: role == .main, ratio: worst.ratio, minimum: role.minimum,
                    suggestion: better?.description)))
            }
        }
        return found
    }

    /// The declarations a page sets after `style.css`; empty for Spiegel's own look.
    public var pageCSS: String {
        var css = Self.rule(light, font: font)
        if !dark.isEmpty { css += "@media (prefers-color-scheme: dark){" + Self.rule(dark, font: nil) + "}" }
        return css
    }

    /// The same for a worksheet, after `werkblad.css`: paper has no dark mode.
    public var sheetCSS: String { Self.rule(light.filter { $0.key != "--accent-soft" }, font: font) }

    private static func rule(_ properties: [String: Colour], font: String?) -> String {
        var declarations = properties.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }
        if let font { declarations.append("--font:" + font) }
        return declarations.isEmpty ? "" : ":root{" + declarations.joined(separator: ";") + "}"
    }
}

/// The backgrounds of the templates' stylesheets, and the colours measured against them.
private struct Surfaces {
    let palettes: [String: StylesheetPalette]

    init(assets: [String: Data]) {
        var palettes: [String: StylesheetPalette] = [:]
        for name in Set(LookBackground.all.map(\.stylesheet)) {
            palettes[name] = StylesheetPalette(css: assets[name].flatMap { String(data: $0, encoding: .utf8) } ?? "")
        }
        self.palettes = palettes
    }

    func colour(of background: LookBackground) -> Colour? {
        guard let palette = palettes[background.stylesheet] else { return nil }
        return (background.dark ? palette.dark : palette.light)[background.property]
    }

    /// The tint behind marked text, made from `colour` over the page's background.
    func soft(_ colour: Colour, dark: Bool) -> Colour {
        let page = LookBackground.all.first { $0.property == "--bg" && $0.dark == dark }.flatMap(colour(of:))
            ?? (dark ? .black : .white)
        return colour.mixed(with: page, fraction: dark ? LookStyle.tint.dark : LookStyle.tint.light)
    }

    /// The background of `dark`'s mode with the least contrast to `text`; `soft` replaces the
    /// stylesheet's tint when the look changes it.
    func worst(_ text: Colour, dark: Bool, soft: Colour?) -> (ratio: Double, colour: Colour, surface: LookSurface)? {
        LookBackground.all.filter { $0.dark == dark }.compactMap { background -> (Double, Colour, LookSurface)? in
            let behind = background.property == "--accent-soft" ? (soft ?? colour(of: background)) : colour(of: background)
            return behind.map { (text.contrast(with: $0), $0, background.surface) }
        }.min { $0.0 < $1.0 }
    }

    /// The given colours of `role`, and a dark one made when none is given.
    func resolve(_ role: LookColourRole, look: SiteLook, soft: (light: Colour?, dark: Colour?)?) -> (light: Colour?, dark: Colour?) {
        let light = look.colours[role.lightKey]?.value
        let dark = look.colours[role.darkKey]?.value ?? light.flatMap { lightened($0, role: role, soft: soft?.dark) }
        return (light, dark)
    }

    /// `colour` mixed with white, in steps of 2 %, until it passes on every dark background: a
    /// dark-mode colour not given, or the hint for one that fails.
    func lightened(_ colour: Colour, role: LookColourRole, soft: Colour?) -> Colour? {
        firstPassing(colour, towards: .white, dark: true, role: role, soft: soft)
    }

    /// `colour` mixed with black until it passes on every light background: the hint for a light colour that fails.
    func darkened(_ colour: Colour, role: LookColourRole, soft: Colour?) -> Colour? {
        firstPassing(colour, towards: .black, dark: false, role: role, soft: soft)
    }

    /// The first mix of `colour` towards `end` that passes in `dark`'s mode; the main colour's
    /// own tint moves along with it, the accent stands on the main colour's tint (`soft`).
    private func firstPassing(_ colour: Colour, towards end: Colour, dark: Bool, role: LookColourRole, soft: Colour?) -> Colour? {
        for step in 0...50 {
            let candidate = colour.mixed(with: end, fraction: 1 - Double(step) / 50)
            let behind = role == .main ? self.soft(candidate, dark: dark) : soft
            if let worst = worst(candidate, dark: dark, soft: behind), worst.ratio >= role.minimum { return candidate }
        }
        return nil
    }
}
