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
        let fm = FileManager.default
        var diagnostics: [Diagnostic] = []
        guard let enumerator = fm.enumerator(atPath: directory) else {
            return (nil, [Diagnostic(file: directory, line: 1, column: 1, .templatesFolderMissing)])
        }
        var library = TemplateLibrary()
        var assets: [String: Data] = [:]
        var names = Set<String>()
        let root = URL(fileURLWithPath: directory).resolvingSymlinksInPath().standardizedFileURL.path
        for case let relative as String in enumerator {
            let path = directory + "/" + relative
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !(relative as NSString).lastPathComponent.hasPrefix(".") else { continue }
            // Every file here is published; a symbolic link out of the folder would publish whatever it points to.
            let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
            guard target.hasPrefix(root + "/") else {
                diagnostics.append(Diagnostic(file: path, line: 1, column: 1, .linkOutsideFolder(folder: "templates", target: target)))
                continue
            }
            guard let data = fm.contents(atPath: path) else { continue }
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
                library.register(try CompiledTemplate(text), named: name)
            } catch {
                diagnostics.append(Diagnostic(file: path, line: error.line, column: error.column,
                                              .template(error.kind)))
                continue
            }
            names.insert(name)
        }
        for name in required where !names.contains(name) && diagnostics.isEmpty {
            diagnostics.append(Diagnostic(file: directory + "/" + name + ".mustache", line: 1, column: 1, .templateMissing(name: name)))
        }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        return (TemplateSet(library: library, assets: assets, names: names), [])
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
