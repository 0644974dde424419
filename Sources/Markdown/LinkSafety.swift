/// Decides which link destinations may reach an `href` or `src` at all.
/// cmark-gfm's safe mode already scrubs `javascript:` and most `data:` URLs, but lets
/// `data:image/...` through; Spiegel allows only schemes a knowledge base needs.
enum LinkSafety {
    private static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    static func isSafe(_ destination: String) -> Bool {
        // Browsers ignore white space and control characters in and before the scheme, so
        // `java\tscript:` is as dangerous as `javascript:`: collect the scheme without them.
        var scheme: [UInt8] = []
        for byte in destination.utf8 {
            switch byte {
            case 0...0x20: continue
            case UInt8(ascii: ":"):
                return allowedSchemes.contains(String(decoding: scheme, as: UTF8.self).lowercased())
            // A colon after a path separator, query or fragment is not a scheme (`a/b:c`, `#x:y`).
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"):
                return true
            default:
                scheme.append(byte)
            }
        }
        return true
    }
}
