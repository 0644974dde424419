import Foundation
import Pipeline
import Testing
@testable import Content
@testable import Site

/// The example of `voorbeelden/organisatie/`: the repository's content as the shared base, the
/// organisation's layer over it and its own site footer. A few key outputs are compared with
/// files under Fixtures/golden-organisatie (the repository's path written as `REPO`); after an
/// intended change, regenerate them with `SPIEGEL_UPDATE_GOLDEN=1 swift test --filter ExampleOrganisationTests`.
@Suite struct ExampleOrganisationTests {
    static let example = SiteFixture.repository.appendingPathComponent("voorbeelden/organisatie")
    static let pages = ["over.html", "contact.html", "werkkaarten/stilteronde.html"]

    @Test func theExampleOrganisationBuildsAndItsKeyPagesMatchTheGoldenFiles() async throws {
        let out = SiteFixture.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        var options = SiteFixture.options(output: out.appendingPathComponent("site").path)
        options.configFile = Self.example.appendingPathComponent("spiegel.yml").path
        let report = await BuildPipeline(options: options).run()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.formatted))")
        let site = out.appendingPathComponent("site")
        let repository = SiteFixture.repository.path
        let text = { (path: String) in SiteFixture.text(path, in: site).replacingOccurrences(of: repository, with: "REPO") }

        // Replaced: the organisation's own text under the shared id, from its own layer.
        let over = text("over.html")
        #expect(over.contains("Over Spiegel Rivierenland"))
        #expect(!over.contains("Over deze kennisbank"))
        #expect(over.contains("Uit de laag <code>REPO/voorbeelden/organisatie/content</code>"))
        // Added: two pages and a work card, which the cards' overview lists with the base's eight.
        #expect(text("contact.html").contains("Contact met het leerteam"))
        #expect(text("werkwijze-rivierenland.html").contains("Zo leren wij in Rivierenland"))
        let cards = text("werkkaarten/index.html")
        #expect(cards.contains("<span class=\"card-number\">9</span> <span class=\"card-title\">Een stilteronde houden</span>"))
        #expect(cards.components(separatedBy: "class=\"card-number\"").count - 1 == 9)
        // Hidden: the meeting is on no page, in no overview, not in graph.json.
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("bijeenkomsten/bestuurders-organisatie-en-netwerk.html").path))
        #expect(!text("bijeenkomsten/index.html").contains("bestuurders-organisatie-en-netwerk"))
        #expect(!text("graph.json").contains("\"bestuurders-organisatie-en-netwerk\""))
        // The template override: the organisation's footer on every page, Spiegel's header still.
        #expect(text("index.html").contains("leerteam@rivierenland.example"))
        #expect(text("werkkaarten/tijdlijn.html").contains("class=\"footer-local\""))
        // graph.json says where each entity comes from.
        let graph = try JSONSerialization.jsonObject(with: Data(text("graph.json").utf8)) as? [String: Any]
        let entities = graph?["entities"] as? [[String: Any]] ?? []
        let own = entities.filter { $0["layer"] as? String == "REPO/voorbeelden/organisatie/content" }.compactMap { $0["id"] as? String }
        #expect(Set(own) == ["over", "contact", "werkwijze-rivierenland", "stilteronde", "stilteronde-1", "stilteronde-2"])
        #expect(entities.first { $0["id"] as? String == "tijdlijn" }?["source"] as? String == "REPO/content/werkkaarten/tijdlijn.md")

        let update = ProcessInfo.processInfo.environment["SPIEGEL_UPDATE_GOLDEN"] == "1"
        for page in Self.pages {
            let golden = SiteFixture.fixtures.appendingPathComponent("golden-organisatie").appendingPathComponent(page)
            if update {
                try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text(page).write(to: golden, atomically: true, encoding: .utf8)
            }
            let expected = try #require(try? String(contentsOf: golden, encoding: .utf8), "no golden file for \(page)")
            #expect(text(page) == expected, "\(page) differs from its golden file")
        }
    }
}
