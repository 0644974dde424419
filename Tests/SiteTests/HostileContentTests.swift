import Foundation
import Pipeline
import Testing
@testable import Content
@testable import Site
import FuzzHarness

/// Content an editor (or an attacker with commit rights) might write: it never crashes the build
/// and nothing a browser would run reaches the reader.
@Suite struct HostileContentTests {
    private func build(_ files: [String: String]) async throws -> (BuildReport, [String: String]) {
        let scratch = SiteFixture.scratch()
        let content = scratch.appendingPathComponent("content")
        for (path, text) in files {
            let url = content.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let out = scratch.appendingPathComponent("site")
        let report = await BuildPipeline(options: SiteFixture.options(content: content.path, output: out.path)).run()
        let pages = SiteFixture.files(in: out).mapValues { String(decoding: $0, as: UTF8.self) }
        return (report, pages)
    }

    private func page(_ body: String) -> String { "---\ntype: pagina\ntitel: Test\n---\n" + body }

    @Test func rawHTMLAndEventHandlersAreDropped() async throws {
        let (report, pages) = try await build(["index.md": page("""
            Tekst <img src=x onerror="alert(1)"> en <a href="#" onclick="steel()">klik</a>.

            <div onmouseover="alert(2)">blok</div>

            <script>alert(3)</script><iframe src="https://kwaad.example"></iframe>
            """)])
        #expect(report.succeeded)
        let html = try #require(pages["index.html"])
        for forbidden in ["onerror", "onclick", "onmouseover", "<script>alert", "<iframe", "<img src=x"] {
            #expect(!html.contains(forbidden), "\(forbidden) reached the page")
        }
        #expect(html.contains("Tekst"))
    }

    @Test func scriptAndDataURLsAreRemoved() async throws {
        let (report, pages) = try await build(["index.md": page("""
            [a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html;base64,PHNjcmlwdD4=)
            ![d](data:image/svg+xml;base64,PHN2Zz4=) <javascript:alert(1)> [e](vbscript:msgbox)
            [goed](https://example.org)
            """)])
        #expect(report.succeeded)
        let html = try #require(pages["index.html"]).lowercased()
        // The text of a removed link may stay as plain text; no attribute may carry the URL.
        for scheme in ["javascript:", "vbscript:", "data:"] {
            #expect(!html.contains("href=\"\(scheme)"), "a link to \(scheme) survived")
            #expect(!html.contains("src=\"\(scheme)"), "a source from \(scheme) survived")
        }
        #expect(html.contains("href=\"https://example.org\""))
    }

    @Test func symlinksOutOfTheContentFolderNeverReachTheSite() async throws {
        let secret = NSTemporaryDirectory() + "spiegel-geheim-\(UUID().uuidString).md"
        try "---\ntype: pagina\ntitel: Geheim\n---\nWACHTWOORD\n".write(toFile: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: secret) }
        let scratch = SiteFixture.scratch()
        let content = scratch.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: SiteFixture.content, toPath: content.path)
        try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("geheim.md").path, withDestinationPath: secret)
        let out = scratch.appendingPathComponent("site")
        let report = await BuildPipeline(options: SiteFixture.options(content: content.path, output: out.path)).run()
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.file.hasSuffix("geheim.md") && $0.message.contains("buiten de map content") })
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func idsCannotEscapeTheOutputFolder() async throws {
        let (report, _) = try await build(["index.md": page("x"), "kwaad.md": "---\ntype: werkkaart\nid: ../../etc/passwd\ntitel: X\nnummer: 1\ndoel: X\n---\n"])
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.message.contains("kan geen id zijn") && $0.line == 3 })
    }

    @Test func veryDeepNestingIsRendered() async throws {
        let quotes = String(repeating: ">", count: 50_000) + " diep\n\n"
        let list = (0..<2_000).map { String(repeating: "  ", count: $0) + "- punt\n" }.joined()
        let brackets = String(repeating: "[", count: 20_000) + "x" + String(repeating: "]", count: 20_000) + "\n"
        let (report, pages) = try await build(["index.md": page(quotes + list + "\n" + brackets)])
        #expect(report.succeeded)
        #expect(pages["index.html"]?.contains("diep") == true)
    }

    @Test func veryLongLinesAreHandled() async throws {
        let line = String(repeating: "woord ", count: 200_000)
        let (report, pages) = try await build(["index.md": page(line + "\n")])
        #expect(report.succeeded)
        #expect(report.diagnostics.contains { $0.severity == .warning && $0.code == "long-paragraph" })
        #expect((pages["index.html"]?.utf8.count ?? 0) > 1_000_000)
    }

    @Test func yamlBombsAreRefusedWithAMessage() async throws {
        let nested = "---\ntype: pagina\ntitel: A\nx: " + String(repeating: "[", count: 100_000) + "\n---\n"
        let aliases = """
            ---
            type: pagina
            titel: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
            d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]
            ---
            """
        let (report, _) = try await build(["nest.md": nested, "alias.md": aliases])
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.file.hasSuffix("nest.md") && $0.code.hasPrefix("yaml-") })
        #expect(report.diagnostics.contains { $0.file.hasSuffix("alias.md") && $0.line == 3 })
    }

    /// An enormous file or front matter is refused with its size and the limit, before any of it
    /// is parsed: it cannot make the build slow or large.
    @Test func enormousFilesAndFrontMattersAreRefusedWithTheLimit() async throws {
        let huge = page(String(repeating: "Een regel tekst die telkens terugkomt.\n", count: 250_000))
        let questions = (0..<4_000).map { "  - id: v-\($0)\n    tekst: Een vraag die net lang genoeg is om de kop groot te maken, nummer \($0)?\n    herkomst: eigen\n" }.joined()
        let bigFront = "---\ntype: pagina\ntitel: Veel vragen\nvragen:\n" + questions + "---\nTekst.\n"
        let (report, _) = try await build(["groot.md": huge, "veel.md": bigFront])
        #expect(!report.succeeded)
        let file = report.diagnostics.first { $0.file.hasSuffix("groot.md") }
        #expect(file?.code == "file-too-large")
        #expect(file?.message.hasSuffix("groot; Spiegel leest Markdown-bestanden tot 8 MB") == true, "\(file?.message ?? "")")
        let front = report.diagnostics.first { $0.file.hasSuffix("veel.md") }
        #expect(front?.code == "front-matter-too-large")
        #expect(front?.message.hasSuffix("Spiegel leest koppen tot 256 kB") == true, "\(front?.message ?? "")")
    }

    /// A page whose file name lands on a page Spiegel makes (the map, the 404 page, a type's
    /// overview) would silently replace it, or be replaced: an error that names both.
    @Test func aPageOnAPageSpiegelMakesIsAnError() async throws {
        let card = "---\ntype: werkkaart\ntitel: Index\nnummer: 1\ndoel: Iets.\n---\nTekst.\n"
        // Without a home page, an id 'index' is free to take, and a card's lands on its overview.
        let (report, _) = try await build(["kaart.md": page("Een eigen kaart.\n"), "404.md": page("Weg.\n"),
                                          "werkkaarten/index.md": card, "nieuw.md": page("Ons nieuws.\n")])
        #expect(!report.succeeded)
        let collisions = report.diagnostics.filter { $0.code == "page-on-site-file" }
        #expect(collisions.map { URL(fileURLWithPath: $0.file).lastPathComponent }.sorted() == ["404.md", "index.md", "kaart.md", "nieuw.md"])
        #expect(collisions.contains { $0.message == "de pagina van 'kaart' zou kaart.html worden, maar daar zet Spiegel zelf 'Kaart van de kennisbank'" })
        #expect(collisions.contains { $0.message == "de pagina van 'nieuw' zou nieuw.html worden, maar daar zet Spiegel zelf 'Wat is er nieuw'" })
        #expect(collisions.contains { $0.message == "de pagina van 'index' zou werkkaarten/index.html worden, maar daar zet Spiegel zelf 'Werkkaarten'" })
        #expect(collisions.allSatisfy { $0.line == 2 && $0.hint == "geef dit bestand een andere naam of een eigen 'id:'" })
    }

    /// A meeting whose id ends like a printed part of another ('-agenda') would land on that
    /// meeting's agenda page.
    @Test func aMeetingOnAnotherMeetingsAgendaIsAnError() async throws {
        func meeting(_ title: String) -> String {
            "---\ntype: bijeenkomst\ntitel: \(title)\ndoel: Iets.\nduur: 10\nonderdelen:\n  - titel: Ronde\n    minuten: 10\n---\nTekst.\n"
        }
        let (report, _) = try await build(["bijeenkomsten/m.md": meeting("M"), "bijeenkomsten/m-agenda.md": meeting("Agenda van M")])
        #expect(!report.succeeded)
        let collisions = report.diagnostics.filter { $0.code == "page-on-site-file" }
        #expect(collisions.map(\.message) == ["de pagina van 'm-agenda' zou bijeenkomsten/m-agenda.html worden, maar daar zet Spiegel zelf 'Agenda · M'"])
    }

    /// A meeting named 'samenstellen' would land on the meeting composer.
    @Test func aMeetingOnTheComposerIsAnError() async throws {
        let meeting = "---\ntype: bijeenkomst\ntitel: Samenstellen\ndoel: Iets.\nduur: 10\nonderdelen:\n  - titel: Ronde\n    minuten: 10\n---\nTekst.\n"
        let card = "---\ntype: werkkaart\ntitel: Kaart\nnummer: 1\ndoel: Iets.\n---\nTekst.\n"
        let (report, _) = try await build(["bijeenkomsten/samenstellen.md": meeting, "werkkaarten/kaart.md": card])
        #expect(!report.succeeded)
        let collisions = report.diagnostics.filter { $0.code == "page-on-site-file" }
        #expect(collisions.map(\.message) == ["de pagina van 'samenstellen' zou bijeenkomsten/samenstellen.html worden, maar daar zet Spiegel zelf 'Bijeenkomst samenstellen'"])
    }

    @Test func fuzzFindingsStayFixed() async throws {
        let folder = SiteFixture.fixtures.appendingPathComponent("fuzz-regressions")
        let inputs = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in inputs.sorted() {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            await FuzzHarness.run([UInt8](data))  // traps on a regression
        }
        #expect(!inputs.isEmpty, "the regression corpus is empty")
    }
}
