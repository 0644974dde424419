import Yams

/// Turns a Yams parse error into a diagnostic at the line and column libyaml reports, for front
/// matter and for the site configuration alike.
public enum YAMLProblem {
    /// `lineOffset` is added to libyaml's line (front matter starts below the opening `---`);
    /// `subject` names what was being read, e.g. "the front matter".
    public static func diagnostic(_ error: Error, file: String, lineOffset: Int = 0, subject: String) -> Diagnostic {
        if let yaml = error as? YamlError {
            switch yaml {
            case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
                 let .composer(context, problem, mark, _):
                let detail = context.map { "\(problem) (\($0.text))" } ?? problem
                return Diagnostic(file: file, line: mark.line + lineOffset, column: mark.column,
                                  message: "\(subject) is not valid YAML: \(detail)",
                                  hint: "check indentation and quote values that contain ':' or start with a special character")
            case let .duplicatedKeysInMapping(duplicates, context):
                return Diagnostic(file: file, line: context.mark.line + lineOffset, column: context.mark.column,
                                  message: "\(subject) names a key twice: \(duplicates.joined(separator: ", "))",
                                  hint: "keep one of them")
            default:
                break
            }
        }
        return Diagnostic(file: file, line: 1 + lineOffset, column: 1, message: "\(subject) is not valid YAML: \(error)")
    }
}
