import Content
import Foundation

/// `nieuw.html`: the pages whose source changed most recently, newest first, grouped by month,
/// each with whom it addresses; and the same entries for the Atom feed (`ChangesFeed`). The dates
/// come from the one `git log` pass the page dates use (`GitHistory`), never from the clock, so
/// the same commit gives the same page.
struct RecentChanges {
    static let url = "nieuw.html"
    /// How many pages the list and the feed carry: what a reader scans, and a feed reader keeps.
    static let limit = 50

    /// One changed page.
    struct Entry {
        let entity: Entity
        let date: Date
        /// Whom its questions address; a page without questions is for everyone.
        let audiences: [Audience]
    }

    let context: PageContext
    /// Whether `nieuw.xml` is written beside the page (a `basis-url` and a history).
    let withFeed: Bool

    /// The newest `limit` changes, newest first; the same date sorts by title, then id.
    static func entries(graph: ContentGraph, history: GitHistory) -> [Entry] {
        guard !history.lastChange.isEmpty else { return [] }
        let changed = graph.entities.compactMap { entity -> (Entity, Date)? in
            guard entity.type != .question, let date = history.lastChange[entity.sourcePath] else { return nil }
            return (entity, date)
        }
        let sorted = changed.sorted { a, b in
            a.1 != b.1 ? a.1 > b.1 : (a.0.title.lowercased(), a.0.id) < (b.0.title.lowercased(), b.0.id)
        }
        return sorted.prefix(limit).map { entity, date in
            let addressed = Set(graph.questions(of: entity.id).compactMap { question -> Audience? in
                if case .question(let q) = question.kind { q.audience } else { nil }
            })
            let audiences = Audience.allCases.filter(addressed.contains)
            return Entry(entity: entity, date: date, audiences: audiences.isEmpty ? [.everyone] : audiences)
        }
    }

    func page() -> [String: Any] {
        let strings = context.strings
        var page = context.base(url: Self.url, title: strings["changesTitle"])
        let entries = Self.entries(graph: context.graph, history: context.history)
        page["page"] = [
            "title": strings["changesTitle"],
            "summary": entries.isEmpty ? strings["changesNoHistory"] : strings.counted("changesIntro", Self.limit),
            "breadcrumbs": [["title": strings["home"], "url": "index.html"]],
            "body": body(entries),
        ]
        return page
    }

    /// The list by month, as HTML: a heading per month, a line per page.
    private func body(_ entries: [Entry]) -> String {
        guard !entries.isEmpty else { return "" }
        let strings = context.strings
        let escape = Markup.escape
        var out = withFeed
            ? "<p class=\"changes-feed\">\(escape(strings["changesFeed"])) <a href=\"\(ChangesFeed.path)\" type=\"application/atom+xml\">\(ChangesFeed.path)</a></p>\n"
            : ""
        var month: String?
        for entry in entries {
            let label = strings.monthAndYear(entry.date)
            if label != month {
                out += (month == nil ? "" : "</ul>\n") + "<h2>\(escape(label))</h2>\n<ul class=\"changes\">\n"
                month = label
            }
            let type = entry.entity.type == .page ? "" : " <span class=\"change-type\">\(escape(strings.singular(entry.entity.type)))</span>"
            out += "<li><a href=\"\(escape(SiteURL.relative(entry.entity.url, from: Self.url)))\">\(escape(entry.entity.title))</a>\(type)"
                + "<br><span class=\"change-meta\"><time datetime=\"\(strings.isoDate(entry.date))\">\(escape(strings.date(entry.date)))</time>"
                + " · \(escape(strings.forWhom(entry.audiences)))</span></li>\n"
        }
        return out + "</ul>\n"
    }
}
