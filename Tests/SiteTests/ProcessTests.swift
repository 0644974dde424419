import Foundation
import Pipeline
import Testing
@testable import Site

let spiegelBinary = SiteFixture.repository.appendingPathComponent(".build/debug/spiegel").path

/// Tests that run the real `spiegel` binary (built by `swift build` before `swift test`, as
/// `make test` does): killing it part-way, and running it with one thread and with all.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: spiegelBinary), "run swift build first"))
struct ProcessTests {
    static let binary = spiegelBinary

    private func spiegel(_ arguments: [String], environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }

    private func syntheticContent(pages: Int, in folder: URL) throws {
        for i in 0..<pages {
            let dir = folder.appendingPathComponent("deel-\(i / 100)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let next = (i + 1) % pages
            try "---\ntype: pagina\ntitel: Pagina \(i)\n---\nTekst met een [link](../deel-\(next / 100)/p\(next).md).\n\n## Kop\n\n- punt\n"
                .write(to: dir.appendingPathComponent("p\(i).md"), atomically: false, encoding: .utf8)
        }
    }

    @Test func aBuildKilledWhileWritingLeavesThePreviousSiteIntact() async throws {
        let scratch = SiteFixture.scratch()
        let out = scratch.appendingPathComponent("site")
        #expect(await BuildPipeline(options: SiteFixture.options(output: out.path)).run().succeeded)
        let before = SiteFixture.files(in: out)

        let big = scratch.appendingPathComponent("groot")
        try syntheticContent(pages: 4000, in: big)
        let process = try spiegel(["build", "--no-search", "--content", big.path, "--templates", SiteFixture.templates,
                                   "--config", "/dev/null", "--output", out.path])
        let staging = scratch.appendingPathComponent("site.tmp-\(process.processIdentifier)")
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, !FileManager.default.fileExists(atPath: staging.path), Date() < deadline {
            usleep(1_000)
        }
        let killedWhileWriting = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try #require(killedWhileWriting, "the build finished before it could be killed")

        #expect(SiteFixture.files(in: out) == before, "the previous site changed")
        // The next build clears what the killed one left behind.
        #expect(await BuildPipeline(options: SiteFixture.options(output: out.path)).run().succeeded)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() == ["groot", "site"])
    }

    @Test func outputIsByteIdenticalWithOneThreadAndWithAll() throws {
        let scratch = SiteFixture.scratch()
        let content = SiteFixture.repository.appendingPathComponent("content").path
        var sites: [[String: Data]] = []
        for threads in ["1", ""] {
            let out = scratch.appendingPathComponent("site-\(threads.isEmpty ? "alle" : threads)")
            let process = try spiegel(["build", "--no-search", "--content", content, "--templates", SiteFixture.templates,
                                       "--config", "/dev/null", "--output", out.path],
                                      environment: threads.isEmpty ? [:] : ["SPIEGEL_THREADS": threads])
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            sites.append(SiteFixture.files(in: out))
        }
        #expect(sites[0].count > 50)
        #expect(sites[0] == sites[1])
    }
}
