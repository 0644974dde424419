import Yams

/// Turns a Yams parse error into a diagnostic at the line and column libyaml reports, for front
/// matter and for the site configuration alike, naming the likely cause in the editor's words.
///
/// libyaml says what it expected ("did not find expected '-' indicator"), which an editor cannot
/// act on; the cause is nearly always one of a handful of slips, and each leaves a trace on the
/// offending line or the one above it (libyaml often stops a line after the slip).
public enum YAMLProblem {
    /// `yaml` is the text that was parsed; `lineOffset` is added to libyaml's line (front matter
    /// starts below the opening `---`).
    public static func diagnostic(_ error: Error, yaml: String, file: String, lineOffset: Int = 0, subject: YAMLSubject) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return Diagnostic(file: file, line: 1 + lineOffset, column: 1, .yaml(.other, subject: subject))
        }
        switch yamlError {
        case let .scanner(context, _, mark, _), let .parser(context, _, mark, _), let .composer(context, _, mark, _):
            let lines = YAMLLines(yaml)
            let (cause, line, causeColumn) = YAMLCauseFinder(lines: lines, lineOffset: lineOffset).cause(at: mark.line, context: context)
            // The cause's own line, when it was found on another than libyaml's.
            let column = causeColumn ?? (line == mark.line ? mark.column : lines.indent(of: line) + 1)
            return Diagnostic(file: file, line: line + lineOffset, column: column, .yaml(cause, subject: subject))
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(file: file, line: context.mark.line + lineOffset, column: context.mark.column,
                              .duplicateKey(keys: duplicates, subject: subject))
        default:
            return Diagnostic(file: file, line: 1 + lineOffset, column: 1, .yaml(.other, subject: subject))
        }
    }
}
