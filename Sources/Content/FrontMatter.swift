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
    /// Line endings have already been normalised to `\n` by the loader.
    static func split(_ text: String) -> Result<FrontMatter, SplitError> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.popFirst(), first.trimmingTrailingSpaces == "---" else {
            return .failure(.missingOpening)
        }
        var yamlLines: [Substring] = []
        var lineNumber = 1
        while let line = lines.popFirst() {
            lineNumber += 1
            let trimmed = line.trimmingTrailingSpaces
            if trimmed == "---" || trimmed == "..." {
                return .success(FrontMatter(
                    yaml: yamlLines.joined(separator: "\n"),
                    body: lines.joined(separator: "\n"),
                    yamlFirstLine: 2,
                    bodyFirstLine: lineNumber + 1))
            }
            yamlLines.append(line)
        }
        return .failure(.unclosed)
    }
}

private extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}
