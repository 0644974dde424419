import Content

/// What ArgumentParser found wrong with a command line, read from the lines of its message (its
/// error types are not public), so that the editor reads it in Dutch (`Notice.wrongUse`). A line
/// it does not know is passed on as it is.
enum WrongUse {
    /// The message's lines in Dutch: what is wrong, the option's help, the usage, where to read more.
    static func dutch(_ message: String) -> [String] {
        message.split(separator: "\n", omittingEmptySubsequences: true).map { line in
            let line = String(line)
            if let rest = line.dropPrefix("Error: ") { return Notice.wrongUse(problem(rest)).text }
            if let rest = line.dropPrefix("Help:  ") { return Notice.wrongUseHelp(rest).text }
            if let rest = line.dropPrefix("Usage: ") { return Notice.wrongUseUsage(rest).text }
            if let command = line.quoted(after: "See '") { return Notice.wrongUseMoreHelp(command).text }
            return line
        }
    }

    private static func problem(_ text: String) -> Notice.WrongUseProblem {
        if let option = text.quoted(after: "Unknown option '") { return .unknownOption(option) }
        if let word = text.quoted(after: "Unexpected argument '") { return .unexpectedArgument(word) }
        if let what = text.quoted(after: "Missing expected argument '") { return .missingArgument(what) }
        if let value = text.quoted(after: "The value '"), let option = text.quoted(after: "is invalid for '") {
            return .invalidValue(value: value, option: option)
        }
        return .other(text)
    }
}

private extension String {
    func dropPrefix(_ prefix: String) -> String? { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil }

    /// The text between `opening` and the next `'`.
    func quoted(after opening: String) -> String? {
        guard let start = range(of: opening)?.upperBound, let end = self[start...].firstIndex(of: "'") else { return nil }
        return String(self[start..<end])
    }
}
