import Content
import Foundation

/// `nieuw.xml`: the entries of `nieuw.html` as an Atom feed (RFC 4287), for feed readers. Atom
/// wants absolute addresses, so, like the sitemap, it is written only when the configuration
/// names where the site is published (`basis-url`); and it needs dates, so only in a git
/// checkout. Each page is one entry whose id is its address, updated when its source changes.
enum ChangesFeed {
    static let path = "nieuw.xml"

    static func xml(entries: [RecentChanges.Entry], baseURL: String, siteName: String, organisation: String?,
                    strings: UIStrings) -> String? {
        guard let newest = entries.first?.date else { return nil }
        let escape = Markup.escape
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(strings.language)">
              <title>\(escape(strings["changesTitle"] + " · " + siteName))</title>
              <id>\(escape(baseURL + path))</id>
              <link rel="self" type="application/atom+xml" href="\(escape(baseURL + path))"/>
              <link rel="alternate" type="text/html" href="\(escape(baseURL + RecentChanges.url))"/>
              <updated>\(timestamp(newest))</updated>
              <author><name>\(escape(organisation ?? siteName))</name></author>

            """
        for entry in entries {
            let address = escape(baseURL + entry.entity.url)
            let summary = [entry.entity.summary, strings.forWhom(entry.audiences)].compactMap { $0 }.joined(separator: " ")
            out += "  <entry>\n"
                + "    <title>\(escape(entry.entity.title))</title>\n"
                + "    <id>\(address)</id>\n"
                + "    <link rel=\"alternate\" type=\"text/html\" href=\"\(address)\"/>\n"
                + "    <updated>\(timestamp(entry.date))</updated>\n"
                + "    <summary>\(escape(summary))</summary>\n"
                + entry.audiences.map { "    <category term=\"\($0.rawValue)\" label=\"\(escape(strings.audience[$0] ?? $0.rawValue))\"/>\n" }.joined()
                + "  </entry>\n"
        }
        return out + "</feed>\n"
    }

    /// RFC 3339 in UTC, to the second: what Atom's date constructs take.
    private static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
