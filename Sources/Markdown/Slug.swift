import Foundation

/// Turns text into the slugs Spiegel uses for heading anchors and generated ids:
/// lower case, accents folded, every run of other characters one `-`.
/// "Wij²" becomes `wij2`, "Leefwereld en systeemwereld" becomes `leefwereld-en-systeemwereld`.
public enum Slug {
    public static func make(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return makeFromASCII(text) }
        // NFKD splits accents off their letters and turns ² into 2.
        let folded = text.decomposedStringWithCompatibilityMapping.lowercased()
        var out = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            // The ASCII letters and digits: what `CharacterSet.alphanumerics` holds of ASCII,
            // without the dynamic cast that asking it costs on every character.
            if scalar.isASCII {
                switch UInt8(scalar.value) {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if pendingDash && !out.isEmpty { out.append("-") }
                    pendingDash = false
                    out.unicodeScalars.append(scalar)
                default:
                    pendingDash = true
                }
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                pendingDash = true
            }
        }
        return out
    }

    /// `make` for plain ASCII (most headings), on bytes: nothing to fold but upper case.
    private static func makeFromASCII(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for byte in text.utf8 {
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            switch lower {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(lower)
            default:
                pendingDash = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `text` is already a slug that is safe as an id and a file name.
    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 100 else { return false }
        var previousDash = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousDash = false
            case UInt8(ascii: "-"):
                if previousDash { return false }
                previousDash = true
            default:
                return false
            }
        }
        return !previousDash
    }
}
