/// Where entities end up in the site. Every URL is relative to the site root and names a file,
/// so the site also works opened straight from disk.
public enum SiteURL {
    static func page(type: EntityType, id: String, kind: EntityKind) -> String {
        if case .page(let page) = kind {
            if let overview = page.overviewOf { return overviewPage(of: overview) }
            return id + ".html"
        }
        return type.section + "/" + id + ".html"
    }

    public static func overviewPage(of type: EntityType) -> String {
        type.section + "/index.html"
    }

    /// The URL of `target` as seen from the page at `from`: `../werkkaarten/tijdlijn.html`.
    public static func relative(_ target: String, from: String) -> String {
        let depth = from.split(separator: "/", omittingEmptySubsequences: false).count - 1
        let prefix = String(repeating: "../", count: max(depth, 0))
        // Within the same folder a bare file name is enough.
        if depth > 0, let slash = from.lastIndex(of: "/"), target.hasPrefix(from[...slash]) {
            return String(target.dropFirst(from[...slash].count))
        }
        return prefix + target
    }

    /// `../` repeated for the depth of `page`, to reach the site root.
    public static func root(from page: String) -> String {
        String(repeating: "../", count: page.split(separator: "/", omittingEmptySubsequences: false).count - 1)
    }
}
