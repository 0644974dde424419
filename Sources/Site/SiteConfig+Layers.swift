import Content
import Foundation
import Yams

/// The settings that stack folders (issue 20): `inhoud:` and `sjablonen:` list folders in
/// order, the shared base first; `verbergen:` lists ids the merged content leaves out. Each
/// entry keeps its place in `spiegel.yml`, where a problem with it is reported.
extension SiteConfig {
    static let layerKeys = [ContentLayers.Key.content, ContentLayers.Key.templates, ContentLayers.Key.hidden]

    /// Reads one layer setting into this configuration; a folder's path is relative to the
    /// folder of `spiegel.yml` (so that a site builds the same from wherever Spiegel starts).
    mutating func readLayerSetting(_ key: String, _ value: Node, file: String, keyAt: SourceLocation) -> [Diagnostic] {
        let items: [Node]
        switch value {
        case .sequence(let sequence): items = Array(sequence)
        case .scalar where value.string != nil: items = [value]
        default: return [Diagnostic(at: keyAt, .layer(.notTextList(key: key)))]
        }
        var entries: [ContentLayers.Entry] = []
        for item in items {
            let place = SourceLocation(file: file, line: item.mark?.line ?? keyAt.line, column: item.mark?.column ?? keyAt.column)
            guard let text = item.string, !text.isEmpty else { return [Diagnostic(at: place, .layer(.notTextList(key: key)))] }
            entries.append(ContentLayers.Entry(key == ContentLayers.Key.hidden ? text : Self.path(text, besideConfig: file), place: place))
        }
        switch key {
        case ContentLayers.Key.content: contentLayers = entries
        case ContentLayers.Key.templates: templateLayers = entries
        default: hidden = entries
        }
        return []
    }

    /// The folder a file is in, `.` for a bare name: where `spiegel.yml` is, whose repository
    /// a page's edit link leads into.
    public static func folder(of file: String) -> String {
        let folder = (file as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// `path` as seen from the working directory, for a path written relative to the folder
    /// of the configuration file, `..` taken away where it can be.
    static func path(_ path: String, besideConfig config: String) -> String {
        let folder = (config as NSString).deletingLastPathComponent
        guard !path.hasPrefix("/"), !folder.isEmpty, folder != "." else { return path }
        var parts: [Substring] = []
        for part in (folder + "/" + path).split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(part)
        }
        return (folder.hasPrefix("/") ? "/" : "") + (parts.isEmpty ? "." : parts.joined(separator: "/"))
    }

    /// The content layers a run reads: those of `spiegel.yml`, unless `--content` names one
    /// folder (then alone, with nothing hidden: what it hides is in the other layers), or
    /// `spiegel.yml` names none.
    public func contentLayers(commandLine folder: String, given: Bool) -> ContentLayers {
        if given { return .single(folder) }
        return ContentLayers(folders: contentLayers.isEmpty ? [ContentLayers.Entry(folder)] : contentLayers, hidden: hidden)
    }

    /// The template folders a run reads, in order: those of `spiegel.yml` unless `--templates`
    /// names one.
    public func templateLayers(commandLine folder: String, given: Bool) -> [ContentLayers.Entry] {
        given || templateLayers.isEmpty ? [ContentLayers.Entry(folder)] : templateLayers
    }
}
