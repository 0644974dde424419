import Content
import Foundation
import TemplateEngine

/// The Mustache templates of a site, plus the static files (CSS, images) that sit beside them.
///
/// Pages are rendered by `TemplateEngine`, which parses each template once and renders typed
/// values (`TemplateFields`) into UTF-8 bytes; a template it cannot read is reported with its file,
/// line and column, and no page is rendered.
public struct TemplateSet: Sendable {
    let library: TemplateLibrary
    /// Files copied into the site as they are, relative to the templates folder.
    public let assets: [String: Data]
    public let names: Set<String>

    /// The templates every site needs; a type without its own template uses `pagina`.
    /// Worksheets are always generated, so their templates are needed too.
    static let required = ["layout", "partials/site-header", "partials/site-footer", "pagina", "overzicht", "werkblad", "werkblad-inhoud", "werkblad-knoppen",
                           "werkblad-invullen", "werkblad-werkboek", "werkblad-overzicht"]

    public static func load(from directory: String) -> (TemplateSet?, [Diagnostic]) {
        load(layers: [ContentLayers.Entry(directory)])
    }

    /// The templates of several folders, Spiegel's own set first: a file of a later folder
    /// replaces the file of the same name in an earlier one (a template, a partial, a stylesheet),
    /// and everything else comes from the earlier folders.
    public static func load(layers: [ContentLayers.Entry]) -> (TemplateSet?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        // Relative name → the file that wins, in the latest folder holding it.
        var winners: [String: String] = [:]
        var order: [String] = []
        for layer in layers {
            let (files, problems) = files(in: layer.value)
            guard let files else {
                diagnostics.append(layers.count == 1 && layer.place == nil
                    ? Diagnostic(file: layer.value, line: 1, column: 1, .templatesFolderMissing)
                    : Diagnostic(at: layer.place ?? SourceLocation(file: layer.value, line: 1, column: 1),
                                 .layer(.folderMissing(key: ContentLayers.Key.templates, folder: layer.value))))
                continue
            }
            diagnostics += problems
            for relative in files {
                if winners[relative] == nil { order.append(relative) }
                winners[relative] = layer.value + "/" + relative
            }
        }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        var library = TemplateLibrary()
        var assets: [String: Data] = [:]
        var names = Set<String>()
        var compiled: [(name: String, path: String, text: String, template: CompiledTemplate)] = []
        for relative in order {
            let path = winners[relative]!
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            guard relative.hasSuffix(".mustache") else {
                assets[relative] = data
                continue
            }
            let name = String(relative.dropLast(".mustache".count))
            guard let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(Diagnostic(file: path, line: 1, column: 1, .templateNotUTF8))
                continue
            }
            do {
                let template = try CompiledTemplate(text)
                library.register(template, named: name)
                compiled.append((name, path, text, template))
            } catch {
                diagnostics.append(Diagnostic(file: path, line: error.line, column: error.column,
                                              .template(error.kind)))
                continue
            }
            names.insert(name)
        }
        // Only with layers: one folder of its own has always rendered a missing partial as nothing.
        if layers.count > 1 {
            for (name, path, text, template) in compiled {
                for partial in template.partials where !names.contains(partial) {
                    let (line, column) = place(ofPartial: partial, in: text)
                    diagnostics.append(Diagnostic(file: path, line: line, column: column,
                                                  .layer(.partialMissing(template: name, templateFile: path, partial: partial))))
                }
            }
        }
        let folder = layers.last?.value ?? "templates"
        for name in required where !names.contains(name) && diagnostics.isEmpty {
            diagnostics.append(Diagnostic(file: folder + "/" + name + ".mustache", line: 1, column: 1, .templateMissing(name: name)))
        }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        return (TemplateSet(library: library, assets: assets, names: names), [])
    }

    /// Line and column of the first `{{> partial}}` in `text`; the template's start when it is
    /// written another way (`{{>partial}}` with odd spacing is still found).
    private static func place(ofPartial partial: String, in text: String) -> (Int, Int) {
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{>") {
                let after = rest[open.upperBound...].drop { $0 == " " }
                if after.hasPrefix(partial), after.dropFirst(partial.count).drop(while: { $0 == " " }).hasPrefix("}}") {
                    return (number + 1, line.distance(from: line.startIndex, to: open.lowerBound) + 1)
                }
                rest = rest[open.upperBound...]
            }
        }
        return (1, 1)
    }

    /// The files of one template folder, relative to it; nil when the folder does not exist.
    /// Every file here is published: a symbolic link out of the folder would publish whatever it
    /// points to, so one is an error.
    private static func files(in directory: String) -> ([String]?, [Diagnostic]) {
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        guard fm.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue,
              let enumerator = fm.enumerator(atPath: directory) else { return (nil, []) }
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        let root = URL(fileURLWithPath: directory).resolvingSymlinksInPath().standardizedFileURL.path
        for case let relative as String in enumerator {
            let path = directory + "/" + relative
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !(relative as NSString).lastPathComponent.hasPrefix(".") else { continue }
            let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
            guard target.hasPrefix(root + "/") else {
                diagnostics.append(Diagnostic(file: path, line: 1, column: 1, .linkOutsideFolder(folder: "templates", target: target)))
                continue
            }
            files.append(relative)
        }
        return (files.sorted(), diagnostics)
    }

    func render(_ context: TemplateFields, template: String) -> String {
        let name = names.contains(template) ? template : "pagina"
        return library.render(.object(context), withTemplate: name) ?? ""
    }

    /// `render` as UTF-8 bytes, for a page on its way to a file.
    func renderBytes(_ context: TemplateFields, template: String) -> [UInt8] {
        let name = names.contains(template) ? template : "pagina"
        return library.renderBytes(.object(context), withTemplate: name) ?? []
    }
}
