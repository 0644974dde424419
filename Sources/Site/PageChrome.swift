import Content
import Foundation
import Synchronization
import TemplateEngine

/// The header and footer around every page (partials `site-header` and `site-footer`). They
/// depend only on the folder a page is in and which menu item is current, so each variant is
/// rendered once and reused: with thousands of pages in a handful of folders, this saves most of
/// the menu rendering.
final class PageChrome: Sendable {
    struct HeaderAndFooter: Sendable { let header: String; let footer: String }

    private let templates: TemplateSet
    private let rendered = Mutex<[String: HeaderAndFooter]>([:])
    private let frames = Mutex<[String: TemplateFields]>([:])

    init(templates: TemplateSet) {
        self.templates = templates
    }

    /// `key` names the variant; `context` builds the partials' values when it is new.
    func headerAndFooter(key: String, context: () -> [String: Any]) -> HeaderAndFooter {
        Self.cached(rendered, key) {
            let values = TemplateValues.compact(context())
            // Editors' files end in a newline; the layout already puts each part on its own line.
            return HeaderAndFooter(header: templates.render(values, template: "partials/site-header").trimmingCharacters(in: .newlines),
                         footer: templates.render(values, template: "partials/site-footer").trimmingCharacters(in: .newlines))
        }
    }

    /// The values every page in one folder with one current menu item shares (`key`), header
    /// and footer included; `build` makes them when they are new.
    func frame(key: String, build: () -> TemplateFields) -> TemplateFields {
        Self.cached(frames, key, build)
    }

    /// The value for `key` in `table`, made by `make` outside the lock when it is missing (two
    /// tasks may both make it; they make the same).
    private static func cached<T: Sendable>(_ table: borrowing Mutex<[String: T]>, _ key: String, _ make: () -> T) -> T {
        if let value = table.withLock({ $0[key] }) { return value }
        let value = make()
        table.withLock { $0[key] = value }
        return value
    }
}
