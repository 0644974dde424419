import Content
import Foundation

/// An organisation's own look, from `spiegel.yml`: a logo, a main and an accent colour (each with
/// an optional dark-mode variant) and a font. Nothing here is required; a site without them looks
/// as Spiegel's stylesheets draw it. The colours reach the pages as CSS custom properties, so the
/// stylesheets stay the only place that says where a colour is used.
public struct SiteLook: Sendable, Equatable {
    /// A value with the place of its key in `spiegel.yml`, for the messages about it.
    public struct Setting<Value: Sendable & Equatable>: Sendable, Equatable {
        public var value: Value
        public var location: SourceLocation
    }

    /// The image file (absolute path) shown in the site's header and on every worksheet.
    public var logo: Setting<String>?
    public var font: Setting<String>?
    /// Given colours by role and mode; `colour(_:dark:)` fills in a dark one not given.
    var colours: [Key: Setting<Colour>] = [:]

    public init() {}

    /// The settings' keys in `spiegel.yml`, in the order the handbook lists them.
    enum Key: String, CaseIterable, Sendable {
        case logo
        case main = "hoofdkleur", mainDark = "hoofdkleur-donker"
        case accent = "accentkleur", accentDark = "accentkleur-donker"
        case font = "lettertype"
    }

    /// Takes one setting, `text` being nil when the key holds no text. `folder` is the one
    /// `spiegel.yml` is in, which a logo's path starts from.
    mutating func read(_ key: Key, text: String?, at location: SourceLocation, folder: String) -> Diagnostic? {
        switch key {
        case .logo:
            guard let text, !text.isEmpty else { return Diagnostic(at: location, .settingNotText) }
            let path = text.hasPrefix("/") ? text : folder + "/" + text
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                return Diagnostic(at: location, .logoMissing(path: text))
            }
            guard AttachmentKind(path: text)?.isImage == true else {
                return Diagnostic(at: location, .logoNotPicture(path: text, allowed: Self.logoKinds))
            }
            logo = Setting(value: path, location: location)
        case .font:
            guard let text, !text.isEmpty else { return Diagnostic(at: location, .settingNotText) }
            // The list lands in a stylesheet: only names, quotes, commas and spaces, so that no
            // setting can end the declaration and start another.
            let allowed = CharacterSet.letters.union(.decimalDigits).union(CharacterSet(charactersIn: " ,-_\"'"))
            guard text.unicodeScalars.allSatisfy(allowed.contains) else {
                return Diagnostic(at: location, .fontNotFamilyList(text: text))
            }
            font = Setting(value: text, location: location)
        case .main, .mainDark, .accent, .accentDark:
            // `hoofdkleur: #1f5f8b` without quotes is a key without a value: YAML reads the rest as a comment.
            guard let text else { return Diagnostic(at: location, .colourReadAsComment(key: key.rawValue)) }
            guard let colour = Colour(hex: text) else { return Diagnostic(at: location, .colourNotHex(key: key.rawValue, text: text)) }
            colours[key] = Setting(value: colour, location: location)
        }
        return nil
    }

    static let logoKinds = AttachmentKind.allCases.filter(\.isImage).map(\.rawValue)

    /// Where the logo is published in the site, under a name of Spiegel's own folder.
    public var logoSitePath: String? {
        logo.map { "huisstijl/logo." + URL(fileURLWithPath: $0.value).pathExtension.lowercased() }
    }

    public var isDefault: Bool { logo == nil && font == nil && colours.isEmpty }
}
