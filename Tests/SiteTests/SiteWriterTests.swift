import Foundation
import Testing
@testable import Site

/// Pages are handed to the staging folder while they render; only `commit` puts them in place.
struct SiteWriterTests {
    struct Refused: Error {}

    private func previousSite(in scratch: URL) async throws -> URL {
        let out = scratch.appendingPathComponent("site")
        try await SiteWriter.write([OutputFile(path: "index.html", text: "oud")], to: out.path)
        return out
    }

    @Test func pagesAddedWhileRenderingAreCommittedOnceWithEverythingElse() async throws {
        let scratch = SiteFixture.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = try await previousSite(in: scratch)
        let staging = try SiteWriter.Staging(output: out.path)
        let pages = (0..<200).map { OutputFile(path: "deel-\($0 % 3)/p\($0).html", text: "pagina \($0)") }
        DispatchQueue.concurrentPerform(iterations: pages.count) { staging.add(pages[$0]) }
        // The old site is still there until commit.
        #expect(try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8) == "oud")
        let all = pages + [OutputFile(path: "index.html", text: "nieuw")]
        try await staging.commit(all)
        for file in all {
            #expect(try Data(contentsOf: out.appendingPathComponent(file.path)) == file.data)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["site"])
    }

    @Test func aFailingFinishingStepLeavesThePreviousSiteAndNoStagingFolder() async throws {
        let scratch = SiteFixture.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = try await previousSite(in: scratch)
        let staging = try SiteWriter.Staging(output: out.path)
        staging.add(OutputFile(path: "index.html", text: "nieuw"))
        await #expect(throws: (any Error).self) {
            try await staging.commit([OutputFile(path: "index.html", text: "nieuw")], finishing: [{ _ in throw Refused() }])
        }
        #expect(try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8) == "oud")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["site"])
    }
}
