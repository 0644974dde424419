import Foundation
import Testing

/// `hooks/pre-commit` stops a commit whose staged content has errors, and lets a clean one through.
@Suite struct PreCommitHookTests {
    @Test func stopsACommitWithBrokenContentAndChecksWhatIsStaged() throws {
        let site = ScratchSite()
        try FileManager.default.copyItem(at: SpiegelCommand.repository.appendingPathComponent("hooks"),
                                         to: site.root.appendingPathComponent("hooks"))
        #expect(try git(["init", "-q"], in: site.root).status == 0)
        #expect(try git(["config", "core.hooksPath", "hooks"], in: site.root).status == 0)
        #expect(try git(["add", "."], in: site.root).status == 0)
        #expect(try git(["commit", "-q", "-m", "begin"], in: site.root).status == 0)

        site.write("content/index.md", "---\ntype: pagina\ntitel: Start\n---\nZie [weg](nergens.md).\n")
        #expect(try git(["add", "content/index.md"], in: site.root).status == 0)
        let refused = try git(["commit", "-q", "-m", "kapot"], in: site.root)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("content/index.md:5:11: fout: kapotte link"))

        // Fixed in the work tree but not staged: the staged file is still broken.
        site.write("content/index.md", "---\ntype: pagina\ntitel: Start\n---\nZie [doorgaan](spanningsvelden/doorgaan.md).\n")
        #expect(try git(["commit", "-q", "-m", "nog kapot"], in: site.root).status != 0)
        #expect(try git(["add", "content/index.md"], in: site.root).status == 0)
        #expect(try git(["commit", "-q", "-m", "heel"], in: site.root).status == 0)
    }

    private func git(_ arguments: [String], in folder: URL) throws -> SpiegelCommand.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Redactie", "-c", "user.email=redactie@voorbeeld.nl", "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["SPIEGEL"] = SpiegelCommand.binary.path
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return SpiegelCommand.Result(status: process.terminationStatus, stdout: "", stderr: String(decoding: stderr, as: UTF8.self))
    }
}
