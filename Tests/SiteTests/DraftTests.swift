import Foundation
import Pipeline
import Testing
@testable import Content
@testable import Site

/// Drafts (`concept: ja`): a build leaves them out of every output, and a published page that
/// points at one is an error at the place it points.
@Suite struct DraftTests {
    /// A draft work card with a question, and a draft page that links to it and to published pages.
    static let drafts: [(String, String)] = [
        ("werkkaarten/zwaluw.md", """
            ---
            type: werkkaart
            titel: Zwaluwstaart leggen
            nummer: 7
            doel: Een werkvorm die nog niet af is.
            stappen:
              - Leg de zwaluwstaart.
            bronnen: [nji]
            verwant: [tijdlijn]
            concept: ja
            vragen:
              - id: zwaluw-1
                tekst: Waar vliegt de zwaluw heen?
                doelgroep: bestuurder
                herkomst: eigen
            ---
            Zie [de tijdlijn](tijdlijn.md) en [doorgaan](../spanningsvelden/doorgaan.md).

            """),
        ("zwaluwpagina.md", """
            ---
            type: pagina
            titel: Over zwaluwen
            concept: ja
            ---
            Lees [de zwaluwkaart](werkkaarten/zwaluw.md#zwaluw-1).

            """),
    ]

    /// The fixture's content, with `extra` files written over it, in a scratch folder; a
    /// configuration with `basis-url`, so that the sitemap is written too.
    private func folder(_ extra: [(String, String)]) throws -> (content: String, config: String, scratch: URL) {
        let scratch = SiteFixture.scratch()
        let content = scratch.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: SiteFixture.content, toPath: content.path)
        for (path, text) in extra {
            let url = content.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let config = scratch.appendingPathComponent("spiegel.yml")
        try "naam: Proefsite\nbasis-url: https://kennisbank.example/\n".write(to: config, atomically: true, encoding: .utf8)
        return (content.path, config.path, scratch)
    }

    private func build(_ extra: [(String, String)]) async throws -> (BuildReport, [String: Data]) {
        let (content, config, scratch) = try folder(extra)
        let out = scratch.appendingPathComponent("site")
        var options = SiteFixture.options(content: content, output: out.path)
        options.configFile = config
        let report = await BuildPipeline(options: options).run()
        return (report, SiteFixture.files(in: out))
    }

    @Test func aDraftLeavesNoTraceInAnyOutput() async throws {
        let (withDrafts, site) = try await build(Self.drafts)
        #expect(withDrafts.succeeded, "\(withDrafts.diagnostics.map(\.formatted))")
        #expect(withDrafts.drafts.map(\.id) == ["zwaluwpagina", "zwaluw"] || withDrafts.drafts.map(\.id) == ["zwaluw", "zwaluwpagina"])
        // Every page, overview, worksheet, the map, the sitemap, graph.json and the search index
        // are the site without the drafts, byte for byte.
        let (_, without) = try await build([])
        #expect(Set(site.keys) == Set(without.keys))
        for (path, data) in without where site[path] != data { Issue.record("\(path) differs with drafts in the content") }
        #expect(site.keys.contains("sitemap.xml") && site.keys.contains("graph.json"))
        for (path, data) in site where String(decoding: data, as: UTF8.self).lowercased().contains("zwaluw") {
            Issue.record("\(path) names a draft")
        }
    }

    @Test func theSearchIndexHasNoDraft() async throws {
        let (content, _, _) = try folder(Self.drafts)
        let loaded = await loadContent(content)
        #expect(loaded.drafts.count == 2)
        let index = try #require(DiskSearchIndex(graph: loaded.graph).file())
        #expect(!String(decoding: index.data, as: UTF8.self).lowercased().contains("zwaluw"))
        #expect(String(decoding: index.data, as: UTF8.self).contains("Een tijdlijn maken"))
    }

    @Test func aPublishedLinkToADraftIsAnErrorAtTheLink() async throws {
        let linking = [
            ("index.md", "---\ntype: pagina\ntitel: Proefsite\n---\nBegin bij [de tijdlijn](werkkaarten/tijdlijn.md).\n\nOf bij [de zwaluw](werkkaarten/zwaluw.md).\n"),
            ("bronnen/nji.md", "---\ntype: bron\ntitel: NJi\nauteur: NJi\nverwant: [doorgaan, zwaluw]\n---\nTekst.\n"),
            ("werkbladen/sessie.md", "---\ntype: werkblad\ntitel: Sessie\ndoel: Oefenen.\nblokken:\n  - vragen: [tijdlijn-1, zwaluw-1]\n---\n"),
            ("bijeenkomsten/proef.md", "---\ntype: bijeenkomst\ntitel: Proef\ndoel: Oefenen.\ndoelgroep: professional\nduur: 30\n"
                + "onderdelen:\n  - werkkaart: zwaluw\n    minuten: 30\n---\n"),
        ]
        let (report, _) = try await build(Self.drafts + linking)
        #expect(!report.succeeded)
        let toDrafts = report.diagnostics.filter { $0.code == "link-to-draft" }
        let places = toDrafts.map { (ContentFile.fileName($0.file), $0.line, $0.column) }
        #expect(places.contains { $0 == ("index.md", 7, 20) })
        #expect(places.contains { $0 == ("nji.md", 5, 21) })
        #expect(places.contains { $0 == ("sessie.md", 6, 26) })
        #expect(places.contains { $0 == ("proef.md", 8, 16) })
        #expect(toDrafts.count == 4, "\(toDrafts.map(\.formatted))")
        #expect(toDrafts.allSatisfy { $0.severity == .error && $0.message.contains("'zwaluw'") && $0.message.contains("concept") })
    }

    @Test func aDraftsOwnLinksAreNoProblem() async throws {
        let (report, _) = try await build(Self.drafts)
        #expect(!report.diagnostics.contains { $0.file.contains("zwaluw") }, "\(report.diagnostics.map(\.formatted))")
    }

    /// A published page that only a draft links to is reached by nothing once the draft is left
    /// out: a build warns about it, at the page; the preview, which shows the draft, does not.
    @Test func aPageOnlyADraftLinksToIsAnOrphanInTheBuild() async throws {
        let nest = ("nest.md", "---\ntype: pagina\ntitel: Het nest\n---\nAlleen de zwaluw wijst hierheen.\n")
        let fromDraft = ("zwaluwpagina.md", "---\ntype: pagina\ntitel: Over zwaluwen\nconcept: ja\n---\nLees [het nest](nest.md).\n")
        let (report, _) = try await build([nest, fromDraft])
        let orphans = report.diagnostics.filter { $0.code == "orphan-page" && $0.message.contains("'nest'") }
        #expect(orphans.count == 1, "\(report.diagnostics.map(\.formatted))")
        let orphan = try #require(orphans.first)
        #expect(ContentFile.fileName(orphan.file) == "nest.md" && orphan.severity == .warning && orphan.line == 2, "\(orphan.formatted)")

        // Linked from a published page as well, it is no orphan.
        let index = ("index.md", "---\ntype: pagina\ntitel: Proefsite\n---\nZie [het nest](nest.md).\n")
        let (linked, _) = try await build([nest, fromDraft, index])
        #expect(!linked.diagnostics.contains { $0.code == "orphan-page" && $0.message.contains("'nest'") })

        let (content, _, _) = try folder([nest, fromDraft])
        let preview = await BuildPipeline.loadContent(folder: content, drafts: .show)
        #expect(!preview.diagnostics.contains { $0.code == "orphan-page" && $0.message.contains("'nest'") })
    }

    @Test func newWritesADraftOnRequest() async throws {
        let existing = await loadContent(SiteFixture.content).graph
        let file = try #require(NewEntityFile(type: .workCard, title: "Een nieuwe vorm", existing: existing, draft: true))
        #expect(file.text.contains("\nconcept: ja\n"))
        let loaded = await loadContent(sources: [(file.relativePath, Array(file.text.utf8))])
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
        #expect(loaded.drafts.map(\.id) == ["een-nieuwe-vorm"])
        #expect(loaded.graph.entity("een-nieuwe-vorm") == nil)
        let plain = try #require(NewEntityFile(type: .workCard, title: "Een nieuwe vorm", existing: existing))
        #expect(!plain.text.contains("\nconcept: ja"))
    }
}
