import ArgumentParser
import Dispatch
import Foundation
import Synchronization
import Content

extension ParsableCommand {
    /// Parses the command line and runs the command. Wrong use exits with 2 (ArgumentParser's
    /// default is 64), as editors' scripts and the pre-commit hook expect: 0 clean, 1 content
    /// errors, 2 wrong use of the command.
    ///
    /// An asynchronous command runs as a task while the main thread waits for it on a semaphore,
    /// rather than from an `async` main, which parks the main thread in `sigsuspend`: valgrind,
    /// which counts the benchmark's instructions (`bench/instructions.sh`), crashes there.
    public static func runExitingTwoOnWrongUse() {
        do {
            let command = try parseAsRoot()
            if let command = command as? any AsyncParsableCommand {
                try runAndWait(command)
            } else {
                var command = command
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                // ArgumentParser explains in English: said again in Dutch.
                FileHandle.standardError.write(Data((WrongUse.dutch(fullMessage(for: error)).joined(separator: "\n") + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    private static func runAndWait(_ command: sending any AsyncParsableCommand) throws {
        let failure = Mutex<(any Error)?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            var command = command
            do { try await command.run() } catch { failure.withLock { $0 = error } }
            done.signal()
        }
        done.wait()
        if let error = failure.withLock({ $0 }) { throw error }
    }
}
