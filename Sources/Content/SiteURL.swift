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
    /// Counted on bytes: every link of every page passes through here.
    public static func relative(_ target: String, from: String) -> String {
        guard let slash = from.utf8.lastIndex(of: UInt8(ascii: "/")) else { return target }
        // Within the same folder a bare file name is enough.
        let folder = from.utf8[...slash]
        if target.utf8.starts(with: folder) { return String(target.utf8.dropFirst(folder.count))! }
        let depth = from.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) }
        return String(repeating: "../", count: depth) + target
    }

    /// `../` repeated for the depth of `page`, to reach the site root.
    public static func root(from page: String) -> String {
        String(repeating: "../", count: page.split(separator: "/", omittingEmptySubsequences: false).count - 1)
    }
}
