import Content
import Foundation
import TemplateEngine

/// The header and footer around every page (partials `site-header` and `site-footer`). They
/// depend only on the folder a page is in and which menu item is current, so each variant is
/// rendered once and reused: with thousands of pages in a handful of folders, this saves most of
/// the menu rendering.
final class PageChrome: @unchecked Sendable {
    struct Parts { let header: String; let footer: String }

    private let templates: TemplateSet
    private let lock = NSLock()
    private var rendered: [String: Parts] = [:]
    private var frames: [String: TemplateFields] = [:]

    init(templates: TemplateSet) {
        self.templates = templates
    }

    /// `key` names the variant; `context` builds the partials' values when it is new.
    func parts(key: String, context: () -> [String: Any]) -> Parts {
        lock.lock()
        if let parts = rendered[key] { lock.unlock(); return parts }
        lock.unlock()
        let values = TemplateValues.compact(context())
        // Editors' files end in a newline; the layout already puts each part on its own line.
        let parts = Parts(header: templates.render(values, template: "partials/site-header").trimmingCharacters(in: .newlines),
                          footer: templates.render(values, template: "partials/site-footer").trimmingCharacters(in: .newlines))
        lock.lock()
        rendered[key] = parts
        lock.unlock()
        return parts
    }

    /// The values every page in one folder with one current menu item shares (`key`), header
    /// and footer included; `build` makes them when they are new.
    func frame(key: String, build: () -> TemplateFields) -> TemplateFields {
        lock.lock()
        if let frame = frames[key] { lock.unlock(); return frame }
        lock.unlock()
        let frame = build()
        lock.lock()
        frames[key] = frame
        lock.unlock()
        return frame
    }
}
