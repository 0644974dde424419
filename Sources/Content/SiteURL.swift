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

    /// A page's URL up to and including its last slash (`werkkaarten/`, empty at the root): the
    /// part `relative(_:from:)` depends on. Cut on the UTF-8 view: `String.lastIndex(of:)` walks
    /// characters, thousands of instructions a URL.
    public static func folder(of url: String) -> Substring {
        url[..<(url.utf8.lastIndex(of: UInt8(ascii: "/")).map(url.utf8.index(after:)) ?? url.startIndex)]
    }

    /// The URL of `target` as seen from the page at `from`: `../werkkaarten/tijdlijn.html`. A
    /// fragment (`#stappen`) comes along as it is: only the folders before it count.
    /// Counted on contiguous bytes: every link of every page passes through here, and the generic
    /// walk backwards over a `String`'s UTF-8 view costs some twenty instructions a byte.
    public static func relative(_ target: String, from: String) -> String {
        var from = from, target = target
        return from.withUTF8 { page in
            var slash: Int?
            var depth = 0
            for i in page.indices where page[i] == UInt8(ascii: "/") {
                slash = i
                depth += 1
            }
            guard let slash else { return target }
            // Within the same folder a bare file name is enough.
            let folder = UnsafeBufferPointer(rebasing: page[...slash])
            let inFolder = target.withUTF8 { bytes -> String? in
                guard bytes.starts(with: folder) else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[folder.count...]), as: UTF8.self)
            }
            return inFolder ?? String(repeating: "../", count: depth) + target
        }
    }

    /// `../` repeated for the depth of `page`, to reach the site root.
    public static func root(from page: String) -> String {
        String(repeating: "../", count: page.split(separator: "/", omittingEmptySubsequences: false).count - 1)
    }
}
