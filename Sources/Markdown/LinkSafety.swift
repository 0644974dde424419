/// Decides which link destinations may reach an `href` or `src` at all.
/// cmark-gfm's safe mode already scrubs `javascript:` and most `data:` URLs, but lets
/// `data:image/...` through; Spiegel allows only schemes a knowledge base needs.
enum LinkSafety {
    private static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    static func isSafe(_ destination: String) -> Bool {
        // Browsers ignore leading white space and control characters and tabs/newlines inside
        // the scheme, so `java\tscript:` is as dangerous as `javascript:`.
        let cleaned = String(String.UnicodeScalarView(destination.unicodeScalars.filter { $0.value > 0x20 }))
        guard let colon = cleaned.firstIndex(of: ":") else { return true }
        let head = cleaned[..<colon]
        // A colon after a path separator, query or fragment is not a scheme (`a/b:c`, `#x:y`).
        if head.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return true }
        return allowedSchemes.contains(head.lowercased())
    }
}
