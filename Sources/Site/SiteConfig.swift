import Content
import Foundation
import Yams

/// The few settings an organisation changes to publish under its own name and address.
public struct SiteConfig: Sendable, Equatable {
    /// Shown in the header and the title of every page.
    public var name = "Spiegel"
    /// The publishing organisation, shown in the footer.
    public var organisation: String?
    /// Where the site is published, e.g. `https://intranet.example.nl/leren/`. Pages link to each
    /// other relatively, so this is only needed for the sitemap and printed footers.
    public var baseURL: String?
    /// The web address where the repository's files are edited, up to the repository root, e.g.
    /// `https://git.example.nl/org/kennisbank/-/edit/main/`. With it, every page links to its
    /// source file there ("Bewerk deze pagina").
    public var editURL: String?
    /// The organisation's logo, colours and font (`logo`, `hoofdkleur`, `hoofdkleur-donker`,
    /// `accentkleur`, `accentkleur-donker`, `lettertype`); `SiteLook` reads and checks them, and
    /// `LookStyle` measures their contrast against the templates' backgrounds.
    public var look = SiteLook()

    // MARK: Layers (issue 20): `inhoud:`, `sjablonen:` and `verbergen:`, read in `SiteConfig+Layers.swift`.

    /// The content folders in order, the shared base first, relative to the working directory;
    /// empty when `spiegel.yml` names none (then `--content`, or `content`, is the only one).
    public var contentLayers: [ContentLayers.Entry] = []
    /// The template folders in order, Spiegel's own set first; empty: `--templates` alone.
    public var templateLayers: [ContentLayers.Entry] = []
    /// Ids hidden from the merged content.
    public var hidden: [ContentLayers.Entry] = []

    // MARK: -

    public init(name: String = "Spiegel", organisation: String? = nil, baseURL: String? = nil, editURL: String? = nil,
                look: SiteLook = SiteLook()) {
        self.name = name
        self.organisation = organisation
        self.baseURL = baseURL
        self.editURL = editURL
        self.look = look
    }

    /// Every key `spiegel.yml` knows, for the message about one it does not.
    static let keys = ["naam", "organisatie", "basis-url", "bewerk-url"] + SiteLook.Key.allCases.map(\.rawValue)

    /// Reads `spiegel.yml`. A missing file gives the defaults; a broken one gives diagnostics.
    public static func load(from path: String) -> (SiteConfig, [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else { return (SiteConfig(), []) }
        let at = { (line: Int, column: Int, problem: Problem) in
            Diagnostic(file: path, line: line, column: column, problem)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (SiteConfig(), [at(1, 1, .configurationNotUTF8)])
        }
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch {
            return (SiteConfig(), [YAMLProblem.diagnostic(error, yaml: text, file: path, subject: .configuration)])
        }
        guard let node else { return (SiteConfig(), []) }
        guard case .mapping(let mapping) = node else {
            return (SiteConfig(), [at(1, 1, .configurationNotKeys)])
        }
        var config = SiteConfig()
        var diagnostics: [Diagnostic] = []
        let known = keys + layerKeys
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        for (key, value) in mapping {
            let line = (key.mark?.line ?? 1), column = (key.mark?.column ?? 1)
            if let name = key.string, layerKeys.contains(name) {
                diagnostics += config.readLayerSetting(name, value, file: path, keyAt: SourceLocation(file: path, line: line, column: column))
                continue
            }
            if let name = key.string, let lookKey = SiteLook.Key(rawValue: name) {
                // A colour written without quotes arrives as null (the rest of the line is a comment).
                var text = value.string
                if case .scalar(let scalar) = value, scalar.style == .plain, ["", "~", "null"].contains(scalar.string) { text = nil }
                if let problem = config.look.read(lookKey, text: text, at: SourceLocation(file: path, line: line, column: column),
                                                  folder: folder) {
                    diagnostics.append(problem)
                }
                continue
            }
            guard let name = key.string, let text = value.string else {
                diagnostics.append(at(line, column, .settingNotText))
                continue
            }
            switch name {
            case "naam": config.name = text
            case "organisatie": config.organisation = text
            case "basis-url": config.baseURL = text.hasSuffix("/") ? text : text + "/"
            case "bewerk-url": config.editURL = text.hasSuffix("/") ? text : text + "/"
            default:
                diagnostics.append(at(line, column, .unknownSetting(name: name, nearest: Suggestion.closest(to: name, in: known), known: known)))
            }
        }
        return (config, diagnostics)
    }
}
