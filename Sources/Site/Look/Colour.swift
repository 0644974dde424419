import Foundation

/// A colour as `spiegel.yml` and the stylesheets write it (`#1f5f8b`), with what WCAG 2 needs to
/// judge text in it: relative luminance and the contrast ratio between two colours.
public struct Colour: Sendable, Equatable, CustomStringConvertible {
    /// 0–255 per channel, in sRGB as written.
    public let red: Int, green: Int, blue: Int

    public init(red: Int, green: Int, blue: Int) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `#rgb` or `#rrggbb`, the hash optional, either case; nil for anything else, so that only
    /// these six hex digits ever reach a stylesheet.
    public init?(hex: String) {
        var digits = Substring(hex.trimmingCharacters(in: .whitespaces))
        if digits.hasPrefix("#") { digits = digits.dropFirst() }
        guard digits.count == 3 || digits.count == 6, digits.allSatisfy(\.isHexDigit) else { return nil }
        if digits.count == 3 { digits = Substring(digits.map { "\($0)\($0)" }.joined()) }
        guard let value = Int(digits, radix: 16) else { return nil }
        self.init(red: value >> 16 & 0xff, green: value >> 8 & 0xff, blue: value & 0xff)
    }

    public var description: String { String(format: "#%02x%02x%02x", red, green, blue) }

    /// WCAG 2's relative luminance: each channel linearised from sRGB (the 0.04045 threshold of
    /// the sRGB standard; WCAG 2.1's 0.03928 gives the same result for 8-bit values), then weighted.
    public var luminance: Double {
        func linear(_ channel: Int) -> Double {
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// (L1 + 0.05) / (L2 + 0.05), the lighter over the darker: from 1 (the same) to 21 (black on white).
    public func contrast(with other: Colour) -> Double {
        let (a, b) = (luminance, other.luminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// `fraction` of this colour over `other`, as a tint is made (0 gives `other`, 1 gives this).
    public func mixed(with other: Colour, fraction: Double) -> Colour {
        func channel(_ mine: Int, _ theirs: Int) -> Int {
            Int((Double(theirs) + (Double(mine) - Double(theirs)) * fraction).rounded())
        }
        return Colour(red: channel(red, other.red), green: channel(green, other.green), blue: channel(blue, other.blue))
    }

    public static let white = Colour(red: 255, green: 255, blue: 255)
    public static let black = Colour(red: 0, green: 0, blue: 0)
}
