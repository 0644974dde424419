#if canImport(Glibc)
import Glibc
#endif

/// Finds where a link destination stands in the Markdown source: cmark-gfm gives positions for
/// blocks but not for inline nodes, so the destination text is searched for from its block's
/// first line on. Works on UTF-8 bytes; columns are counted in characters for editors.
struct SourceLines {
    private let bytes: [UInt8]
    /// Byte offset where each line starts, computed on first use: most documents have no links.
    private var lineStarts: [Int]?

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func locate(_ destination: String, near line: Int, column: Int) -> (line: Int, column: Int) {
        guard !destination.isEmpty, line >= 1 else { return (max(line, 1), max(column, 1)) }
        if lineStarts == nil {
            var starts = [0]
            bytes.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress else { return }
                var from = 0
                while from < buffer.count, let newline = memchr(base + from, 0x0A, buffer.count - from) {
                    from = base.distance(to: UnsafeRawPointer(newline)) + 1
                    starts.append(from)
                }
            }
            lineStarts = starts
        }
        let starts = lineStarts!
        guard line <= starts.count else { return (line, max(column, 1)) }
        guard let index = ByteSearch.find(Array(destination.utf8), in: bytes, from: starts[line - 1]) else {
            return (line, max(column, 1))
        }
        var foundLine = line
        while foundLine < starts.count, starts[foundLine] <= index { foundLine += 1 }
        let lineStart = starts[foundLine - 1]
        let before = bytes[lineStart..<index]
        // One character per byte in ASCII without a carriage return (most lines).
        let plain = !before.contains { $0 >= 0x80 || $0 == 0x0D }
        return (foundLine, (plain ? before.count : String(decoding: before, as: UTF8.self).count) + 1)
    }
}
