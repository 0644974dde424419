/// A content file cut into its YAML front matter and its Markdown body.
struct FrontMatter {
    var yaml: String
    var body: String
    /// 1-based line in the file where the YAML starts (the line after the opening `---`).
    var yamlFirstLine: Int
    /// 1-based line in the file where the body starts.
    var bodyFirstLine: Int

    enum SplitError: Error, Equatable {
        case missingOpening
        case unclosed
    }

    /// Expects `---` on the first line and a closing `---` (or `...`) on a line of its own.
    /// Line endings have already been normalised to `\n` by the loader. Only the front matter is
    /// scanned line by line; the body is cut off whole.
    /// The most a front matter may hold: 256 KB, a hundred times the largest in the knowledge base.
    public static let sizeLimit = 256 * 1024

    static func split(_ text: String) -> Result<FrontMatter, SplitError> {
        var text = text
        // On the bytes with integer positions: the fences and line ends are ASCII, so every cut
        // falls between characters.
        return text.withUTF8 { bytes in
            func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            var lineStart = 0
            var lineNumber = 0
            var yamlStart = 0
            while lineStart < bytes.count {
                let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                lineNumber += 1
                let line = bytes[lineStart..<lineEnd]
                let next = min(lineEnd + 1, bytes.count)
                if lineNumber == 1 {
                    guard isFence(line, "---") else { return .failure(.missingOpening) }
                    yamlStart = next
                } else if isFence(line, "---") || isFence(line, "...") {
                    return .success(FrontMatter(
                        yaml: lineNumber == 2 ? "" : string(yamlStart..<lineStart - 1),
                        body: string(next..<bytes.count),
                        yamlFirstLine: 2,
                        bodyFirstLine: lineNumber + 1))
                }
                lineStart = next
            }
            return .failure(lineNumber == 0 ? .missingOpening : .unclosed)
        }
    }

    private static func isFence(_ line: Slice<UnsafeBufferPointer<UInt8>>, _ fence: StaticString) -> Bool {
        var end = line.endIndex
        while end > line.startIndex, line[end - 1] == UInt8(ascii: " ") || line[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        return fence.withUTF8Buffer { line[line.startIndex..<end].elementsEqual($0) }
    }
}
