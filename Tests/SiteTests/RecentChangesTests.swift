import Foundation
import Pipeline
import Testing
@testable import Site

/// `nieuw.html` and `nieuw.xml`: what changed, newest first, by month, from the git history.
@Suite struct RecentChangesTests {
    /// The fixture content committed in three steps, months apart.
    private func repository() throws -> URL {
        let root = SiteFixture.scratch()
        let content = root.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: SiteFixture.content, toPath: content.path)
        try SiteFixture.git(["init", "-q"], in: root)
        try SiteFixture.git(["add", "."], in: root)
        try SiteFixture.git(["commit", "-q", "-m", "eerste versie"], in: root, date: "2025-01-10T10:00:00+01:00")
        for (file, date) in [("spanningsvelden/doorgaan.md", "2025-03-03T23:30:00+01:00"), ("werkkaarten/tijdlijn.md", "2025-03-20T09:00:00+01:00")] {
            let url = content.appendingPathComponent(file)
            try (String(contentsOf: url, encoding: .utf8) + "\nEen zin erbij.\n").write(to: url, atomically: true, encoding: .utf8)
            try SiteFixture.git(["commit", "-q", "-am", "aangevuld"], in: root, date: date)
        }
        return root
    }

    private func build(_ root: URL, baseURL: Bool = true, output: String = "site") async throws -> URL {
        let config = root.appendingPathComponent("spiegel.yml")
        try ("naam: Proef\n" + (baseURL ? "basis-url: https://kennisbank.example/leren\n" : "")).write(to: config, atomically: true, encoding: .utf8)
        var options = SiteFixture.options(content: root.appendingPathComponent("content").path, output: root.appendingPathComponent(output).path)
        options.configFile = config.path
        options.readsGitHistory = true
        let report = await BuildPipeline(options: options).run()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        return root.appendingPathComponent(output)
    }

    /// The titles of the pages in the list, in order.
    private func titles(_ html: String) -> [String] {
        guard let start = html.range(of: "<ul class=\"changes\">"), let end = html.range(of: "</main>") else { return [] }
        return html[start.lowerBound..<end.lowerBound].components(separatedBy: "<li><a href=\"").dropFirst().map { String($0.split(separator: ">")[1].split(separator: "<")[0]) }
    }

    @Test func theNewestChangeComesFirstGroupedByMonthWithItsAudience() async throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let html = SiteFixture.text("nieuw.html", in: try await build(root))
        let march = try #require(html.range(of: "<h2>maart 2025</h2>"))
        let january = try #require(html.range(of: "<h2>januari 2025</h2>"))
        #expect(march.upperBound < january.lowerBound)
        let list = titles(html)
        #expect(Array(list.prefix(2)) == ["Een tijdlijn maken", "Tussen doorgaan en vertragen"])
        // The rest changed in the same commit: by title.
        #expect(list.count == 5, "\(list)")
        #expect(Array(list.dropFirst(2)) == list.dropFirst(2).sorted { $0.lowercased() < $1.lowercased() })
        // 23:30 on 3 March in Amsterdam is 3 March, whatever the machine's zone.
        #expect(html.contains("<time datetime=\"2025-03-03\">3 maart 2025</time> · Voor iedereen, met eigen vragen voor bestuurders en beleidsmakers."))
        #expect(html.contains("<time datetime=\"2025-03-20\">20 maart 2025</time> · Voor professionals."))
        #expect(html.contains("<a href=\"nieuw.xml\" type=\"application/atom+xml\">nieuw.xml</a>"))
        // Every page's footer leads here.
        #expect(SiteFixture.text("index.html", in: root.appendingPathComponent("site")).contains("href=\"nieuw.html\""))
    }

    @Test func theFeedCarriesThePagesEntriesWithAbsoluteAddresses() async throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = try await build(root)
        let feed = SiteFixture.text("nieuw.xml", in: site)
        #expect(feed.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nl\">"))
        #expect(feed.contains("<updated>2025-03-20T08:00:00Z</updated>"))
        let entries = feed.components(separatedBy: "<entry>").dropFirst()
        let entryTitles = entries.map { String($0.split(separator: ">")[1].split(separator: "<")[0]) }
        #expect(entryTitles == titles(SiteFixture.text("nieuw.html", in: site)))
        #expect(entries.first?.contains("<id>https://kennisbank.example/leren/werkkaarten/tijdlijn.html</id>") == true)
        #expect(entries.first?.contains("<category term=\"professional\" label=\"Professionals\"/>") == true)
    }

    @Test func theSameCommitGivesTheSamePageAndFeed() async throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try await build(root, output: "een"), second = try await build(root, output: "twee")
        for path in ["nieuw.html", "nieuw.xml"] {
            #expect(!SiteFixture.text(path, in: first).isEmpty && SiteFixture.text(path, in: first) == SiteFixture.text(path, in: second))
        }
    }

    @Test func withoutABaseURLThereIsNoFeed() async throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = try await build(root, baseURL: false)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("nieuw.xml").path))
        #expect(!SiteFixture.text("nieuw.html", in: site).contains("nieuw.xml"))
        #expect(SiteFixture.text("nieuw.html", in: site).contains("<h2>maart 2025</h2>"))
    }

    @Test func outsideGitThePageSaysThereIsNoHistory() async throws {
        let root = SiteFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(atPath: SiteFixture.content, toPath: root.appendingPathComponent("content").path)
        let site = try await build(root)
        let html = SiteFixture.text("nieuw.html", in: site)
        #expect(html.contains("Deze site is niet gebouwd vanuit een git-repository"))
        #expect(!html.contains("<ul class=\"changes\">"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("nieuw.xml").path))
    }
}
