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
    static func split(_ text: String) -> Result<FrontMatter, SplitError> {
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 0
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            lineNumber += 1
            let line = text[lineStart..<lineEnd]
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            if lineNumber == 1 {
                guard isFence(line, "---") else { return .failure(.missingOpening) }
                yamlStart = next
            } else if isFence(line, "---") || isFence(line, "...") {
                return .success(FrontMatter(
                    yaml: lineNumber == 2 ? "" : String(text[yamlStart!..<lineStart].dropLast()),
                    body: String(text[next...]),
                    yamlFirstLine: 2,
                    bodyFirstLine: lineNumber + 1))
            }
            lineStart = next
        }
        return .failure(yamlStart == nil ? .missingOpening : .unclosed)
    }

    private static func isFence(_ line: Substring, _ fence: String) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == " " || last == "\t" { trimmed.removeLast() }
        return trimmed == fence
    }
}
