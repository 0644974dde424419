import Foundation
import Pipeline
import Testing
@testable import Content
@testable import Site

/// The rendered HTML of a small fixture site, compared byte for byte with files under
/// Fixtures/golden. After an intended change to templates or rendering, regenerate them with
/// `SPIEGEL_UPDATE_GOLDEN=1 swift test --filter GoldenTests` and review the diff.
@Suite struct GoldenTests {
    static let pages = ["index.html", "werkkaarten/tijdlijn.html", "spanningsvelden/doorgaan.html",
                        "spanningsvelden/index.html", "bronnen/nji.html", "404.html", "graph.json",
                        "werkbladen/index.html", "werkbladen/werkblad-doorgaan.html", "werkbladen/werkblad-tijdlijn.html",
                        "werkbladen/sessie.html", "werkbladen/werkboek.html"]

    @Test func renderedPagesMatchTheGoldenFiles() async throws {
        let out = SiteFixture.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let report = await BuildPipeline(options: SiteFixture.options(output: out.appendingPathComponent("site").path)).run()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let files = SiteFixture.files(in: out.appendingPathComponent("site"))
        let update = ProcessInfo.processInfo.environment["SPIEGEL_UPDATE_GOLDEN"] == "1"
        for page in Self.pages {
            let actual = try #require(files[page], "missing \(page)")
            let goldenURL = SiteFixture.golden.appendingPathComponent(page)
            if update {
                try FileManager.default.createDirectory(at: goldenURL.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: goldenURL)
            }
            let expected = try #require(FileManager.default.contents(atPath: goldenURL.path), "no golden file for \(page)")
            #expect(String(decoding: actual, as: UTF8.self) == String(decoding: expected, as: UTF8.self), "\(page) differs from its golden file")
        }
    }
}
