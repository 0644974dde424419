#if canImport(Glibc)
import Glibc
#endif

/// Finding bytes in rendered HTML with libc's `memchr` and `memcmp`: every page's HTML is searched
/// for link placeholders and heading tags, and a byte-by-byte loop in Swift cost more than that.
public enum ByteSearch {
    public static func contains(_ byte: UInt8, in haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBytes { $0.isEmpty ? false : memchr($0.baseAddress!, Int32(byte), $0.count) != nil }
    }

    /// The first index at or after `start` where `needle` begins in `haystack`.
    public static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, start >= 0, haystack.count - start >= needle.count else { return nil }
        return haystack.withUnsafeBytes { hay in
            needle.withUnsafeBytes { pin in
                let base = hay.baseAddress!
                var at = start
                let last = hay.count - pin.count
                while at <= last {
                    guard let hit = memchr(base + at, Int32(first), last - at + 1) else { return nil }
                    let index = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(hit, pin.baseAddress!, pin.count) == 0 { return index }
                    at = index + 1
                }
                return nil
            }
        }
    }
}
