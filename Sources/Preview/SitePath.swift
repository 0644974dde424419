/// Turns the path of a request into the path of a file of the site, or refuses it. The preview
/// serves files from memory by their site path, so a path is either one of those or nothing:
/// `..` and `.` (also percent-encoded) and backslashes are refused here, before any lookup, and no
/// request ever reaches the disk.
enum SitePath {
    /// `/werkkaarten/` → `werkkaarten/index.html`; `/%2e%2e/etc/passwd` → nil.
    static func resolve(_ percentEncoded: String) -> String? {
        guard let decoded = percentEncoded.removingPercentEncoding,
              !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains(where: { $0 == "." || $0 == ".." }) else { return nil }
        let path = parts.joined(separator: "/")
        if path.isEmpty { return "index.html" }
        return decoded.hasSuffix("/") ? path + "/index.html" : path
    }

    static func contentType(of path: String) -> String {
        switch path.split(separator: ".").last.map({ $0.lowercased() }) {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "woff2": "font/woff2"
        case "txt", "md": "text/plain; charset=utf-8"
        case "pdf": "application/pdf"
        default: "application/octet-stream"
        }
    }
}
