/// Decides which link destinations may reach an `href` or `src` at all.
/// cmark-gfm's safe mode already scrubs `javascript:` and most `data:` URLs, but lets
/// `data:image/...` through; Spiegel allows only schemes a knowledge base needs.
enum LinkSafety {
    private static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    static func isSafe(_ destination: String) -> Bool {
        // A scheme ends at the first colon; a colon after a path separator, query or fragment is
        // not one (`a/b:c`, `#x:y`). Most links are relative and stop the search at their first `/`.
        let utf8 = destination.utf8
        guard let colon = utf8.firstIndex(where: {
            $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#")
        }), utf8[colon] == UInt8(ascii: ":") else { return true }
        // Browsers ignore white space and control characters in and before the scheme, so
        // `java\tscript:` is as dangerous as `javascript:`: the scheme is read without them.
        let scheme = utf8[..<colon].filter { $0 > 0x20 }
        return allowedSchemes.contains(String(decoding: scheme, as: UTF8.self).lowercased())
    }
}
