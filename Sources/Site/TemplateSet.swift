import Content
import Foundation
import Mustache
import TemplateEngine

/// The Mustache templates of a site, plus the static files (CSS, images) that sit beside them.
///
/// Pages are rendered by `CompiledTemplate` when every template compiles: swift-mustache looks
/// up each name through `[String: Any]` and dynamic casts, which made rendering most of the
/// build's time (issue 7). swift-mustache reads a template only when `CompiledTemplate` cannot:
/// its errors, with line and column, are what editors see, and it renders any template that uses
/// more than `CompiledTemplate` does. Parsing every template with it took longer than a
/// 1,000-page build spent on its Markdown. `CompiledTemplate` accepts only templates
/// swift-mustache accepts too (`ParserAgreementTests`), so no broken template slips through.
public struct TemplateSet: Sendable {
    /// swift-mustache's templates, when a template needs it; nil when every template compiled.
    let library: MustacheLibrary?
    /// The same templates compiled; nil when one of them needs swift-mustache.
    let compiled: TemplateLibrary?
    /// Each template's text, for the reference renderer the tests compare with.
    private let sources: [String: String]
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
        var compiled = TemplateLibrary()
        var sources: [String: String] = [:]
        var needsReference = false
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
            if let template = try? CompiledTemplate(text) {
                compiled.register(template, named: name)
            } else {
                // Either broken (swift-mustache says where) or using what only swift-mustache renders.
                guard Self.parseWithReference(text, path: path, into: &diagnostics) != nil else { continue }
                needsReference = true
            }
            sources[name] = text
            names.insert(name)
        }
        var library: MustacheLibrary?
        if needsReference {
            var reference = MustacheLibrary()
            for (name, text) in sources {
                if let template = Self.parseWithReference(text, path: directory + "/" + name + ".mustache", into: &diagnostics) {
                    reference.register(template, named: name)
                }
            }
            library = reference
        }
        for name in required where !names.contains(name) && diagnostics.isEmpty {
            diagnostics.append(Diagnostic(file: directory + "/" + name + ".mustache", line: 1, column: 1,
                                          message: "the required template '\(name)' is missing",
                                          hint: "copy it from Spiegel's own templates folder"))
        }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        return (TemplateSet(library: library, compiled: library == nil ? compiled : nil, sources: sources, assets: assets, names: names), [])
    }

    private static func parseWithReference(_ text: String, path: String, into diagnostics: inout [Diagnostic]) -> MustacheTemplate? {
        do {
            return try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            diagnostics.append(Diagnostic(file: path, line: error.context.lineNumber, column: error.context.columnNumber + 1,
                                          message: "template error: \(error.error)",
                                          hint: "check that every {{#section}} has a matching {{/section}}"))
        } catch {
            diagnostics.append(Diagnostic(file: path, line: 1, column: 1, message: "template error: \(error)"))
        }
        return nil
    }

    /// The same set rendering with swift-mustache alone: the reference the compiled renderer is
    /// tested against.
    var withReferenceRenderer: TemplateSet {
        var reference = MustacheLibrary()
        for (name, text) in sources { reference.register(try! MustacheTemplate(string: text), named: name) }
        return TemplateSet(library: reference, compiled: nil, sources: sources, assets: assets, names: names)
    }

    /// Whether pages are rendered by `CompiledTemplate` (every template compiled).
    public var isCompiled: Bool { compiled != nil }

    func render(_ context: TemplateFields, template: String) -> String {
        let name = names.contains(template) ? template : "pagina"
        if let compiled { return compiled.render(.object(context), withTemplate: name) ?? "" }
        return library?.render(TemplateValue.object(context).anyValue, withTemplate: name) ?? ""
    }

    /// `render` as UTF-8 bytes, for a page on its way to a file.
    func renderBytes(_ context: TemplateFields, template: String) -> [UInt8] {
        let name = names.contains(template) ? template : "pagina"
        if let compiled { return compiled.renderBytes(.object(context), withTemplate: name) ?? [] }
        return Array((library?.render(TemplateValue.object(context).anyValue, withTemplate: name) ?? "").utf8)
    }
}
