import Foundation

/// Turns text into the slugs Spiegel uses for heading anchors and generated ids:
/// lower case, accents folded, every run of other characters one `-`.
/// "Wij²" becomes `wij2`, "Leefwereld en systeemwereld" becomes `leefwereld-en-systeemwereld`.
public enum Slug {
    public static func make(_ text: String) -> String {
        // NFKD splits accents off their letters and turns ² into 2; plain ASCII needs none of it.
        let folded = text.utf8.allSatisfy { $0 < 0x80 } ? text.lowercased() : text.decomposedStringWithCompatibilityMapping.lowercased()
        var out: [UInt8] = []
        out.reserveCapacity(folded.utf8.count)
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            // ASCII letters and digits are kept (checked here rather than with `CharacterSet`,
            // which costs a dynamic cast per question), accents dropped, anything else a dash.
            if scalar.isASCII, case let byte = UInt8(scalar.value),
               (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(byte)
            } else if !scalar.isASCII, scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                pendingDash = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `isValid` as a regular expression, for the JSON Schema and the reference of the content model.
    public static let pattern = "^[a-z0-9]+(-[a-z0-9]+)*$"
    public static let maximumLength = 100

    /// Whether `text` is already a slug that is safe as an id and a file name.
    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= maximumLength else { return false }
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
