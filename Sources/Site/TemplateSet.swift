import Content
import Foundation
import Mustache

/// The Mustache templates of a site, plus the static files (CSS, images) that sit beside them.
public struct TemplateSet: Sendable {
    public let library: MustacheLibrary
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
            return (nil, [Diagnostic(file: directory, line: 1, column: 1, message: "the templates folder does not exist",
                                     hint: "run Spiegel from the repository root, or pass --templates DIR")])
        }
        var library = MustacheLibrary()
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
                diagnostics.append(Diagnostic(file: path, line: 1, column: 1,
                                              message: "this symbolic link points outside the templates folder (to \(target))",
                                              hint: "copy the file into the templates folder instead of linking to it"))
                continue
            }
            guard let data = fm.contents(atPath: path) else { continue }
            guard relative.hasSuffix(".mustache") else {
                assets[relative] = data
                continue
            }
            let name = String(relative.dropLast(".mustache".count))
            guard let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(Diagnostic(file: path, line: 1, column: 1, message: "the template is not valid UTF-8"))
                continue
            }
            do {
                library.register(try MustacheTemplate(string: text), named: name)
                names.insert(name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(file: path, line: error.context.lineNumber, column: error.context.columnNumber + 1,
                                              message: "template error: \(error.error)",
                                              hint: "check that every {{#section}} has a matching {{/section}}"))
            } catch {
                diagnostics.append(Diagnostic(file: path, line: 1, column: 1, message: "template error: \(error)"))
            }
        }
        for name in required where !names.contains(name) && diagnostics.isEmpty {
            diagnostics.append(Diagnostic(file: directory + "/" + name + ".mustache", line: 1, column: 1,
                                          message: "the required template '\(name)' is missing",
                                          hint: "copy it from Spiegel's own templates folder"))
        }
        return diagnostics.isEmpty ? (TemplateSet(library: library, assets: assets, names: names), []) : (nil, diagnostics)
    }

    func render(_ context: [String: Any], template: String) -> String {
        library.render(context, withTemplate: names.contains(template) ? template : "pagina") ?? ""
    }
}
