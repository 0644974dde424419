import ArgumentParser
import Foundation

extension ParsableCommand {
    /// Parses the command line and runs the command. Wrong use exits with 2 (ArgumentParser's
    /// default is 64), as editors' scripts and the pre-commit hook expect: 0 clean, 1 content
    /// errors, 2 wrong use of the command.
    public static func runExitingTwoOnWrongUse() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
