import Foundation
import TestSupport
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import Preview
@testable import Site

/// `spiegel serve` against a real HTTP client: a running server on a free loopback port, the
/// knowledge base copied to a scratch folder and edited as an editor would.
@Suite(.timeLimit(.minutes(10))) struct PreviewServerTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A scratch repository, a server on it, and a URLSession that neither caches nor follows redirects blindly.
    /// Runs `body` against a fresh server and stops it afterwards, also when the body throws.
    static func withSite(inGit: Bool = false, _ body: (Running) async throws -> Void) async throws {
        let site = try await Running(inGit: inGit)
        do { try await body(site) } catch {
            await site.stop()
            throw error
        }
        await site.stop()
    }

    final class Running: @unchecked Sendable {
        let root: URL
        let server: PreviewServer
        let task: Task<Void, Error>
        let port: UInt16
        let session = URLSession(configuration: .ephemeral)

        init(inGit: Bool = false) async throws {
            root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("spiegel-preview-\(UUID().uuidString)")
            let fm = FileManager.default
            try fm.createDirectory(at: root, withIntermediateDirectories: true)
            try fm.copyItem(at: repository.appendingPathComponent("content"), to: root.appendingPathComponent("content"))
            try fm.copyItem(at: repository.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
            try fm.copyItem(at: repository.appendingPathComponent("handleiding"), to: root.appendingPathComponent("handleiding"))
            try "GEHEIM: dit mag de preview nooit tonen\n".write(to: root.appendingPathComponent("geheim.txt"), atomically: true, encoding: .utf8)
            var options = PreviewServer.Options()
            options.build.contentDirectory = root.appendingPathComponent("content").path
            options.build.templatesDirectory = root.appendingPathComponent("templates").path
            options.build.configFile = root.appendingPathComponent("spiegel.yml").path
            options.build.readsGitHistory = inGit
            if inGit {
                try Self.git(["init", "-q"], in: root)
                try Self.git(["add", "content"], in: root)
                try Self.git(["commit", "-q", "-m", "begin"], in: root, date: "2024-05-01T12:00:00+02:00")
            }
            options.build.handbookDirectory = root.appendingPathComponent("handleiding").path
            options.port = 0
            options.pollInterval = .milliseconds(50)
            let server = try PreviewServer(options: options)
            self.server = server
            task = Task { try await server.run() }
            // The first build comes first; with every other suite running beside it on two cores,
            // a debug build of the knowledge base can take minutes.
            try await server.waitUntilListening(timeout: 480)
            port = try #require(await server.port)
        }

        static func git(_ arguments: [String], in folder: URL, date: String = "2025-01-01T12:00:00+01:00") throws {
            try Git.run(arguments, in: folder, date: date)
        }

        func stop() async {
            await server.stop()
            task.cancel()
            try? FileManager.default.removeItem(at: root)
        }

        func get(_ path: String) async throws -> (status: Int, body: String, type: String) {
            let (data, response) = try await session.data(from: URL(string: "http://127.0.0.1:\(port)\(path)")!)
            let http = response as! HTTPURLResponse
            return (http.statusCode, String(decoding: data, as: UTF8.self), http.value(forHTTPHeaderField: "Content-Type") ?? "")
        }

        /// Polls `path` until `condition` holds; bounded, so a missed rebuild fails instead of hanging.
        /// The bound is wide: under `swift test --parallel` the other suites' tests (PDF printing,
        /// whole builds, processes waited for) share the task pool's few threads with the preview,
        /// whose rebuild then waits its turn for each of its stages.
        func eventually(_ path: String, within seconds: Double = 180,
                        _ condition: (Int, String) -> Bool) async throws -> (status: Int, body: String) {
            let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
            var last = (status: 0, body: "")
            while ContinuousClock.now < deadline {
                let answer = try await get(path)
                last = (answer.status, answer.body)
                if condition(answer.status, answer.body) { return last }
                try await Task.sleep(for: .milliseconds(50))
            }
            return last
        }

        func edit(_ path: String, _ change: (String) -> String) throws {
            let url = root.appendingPathComponent(path)
            try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        }
    }

    @Test func servesPagesAssetsAndTheSitesOwn404Page() async throws {
        try await Self.withSite { site in
            let home = try await site.get("/")
            #expect(home.status == 200)
            #expect(home.type == "text/html; charset=utf-8")
            #expect(home.body.contains("<h1>Spiegel: samen leren over vastgelopen hulp in het sociaal domein</h1>"))
            #expect(home.body.contains("new EventSource(\"/_spiegel/events\")"))
            let card = try await site.get("/werkkaarten/tijdlijn.html")
            #expect(card.status == 200 && card.body.contains("<h1>Een tijdlijn maken</h1>"))
            let handbook = try await site.get("/handleiding/")
            #expect(handbook.status == 200 && handbook.body.contains("<h1>Handleiding voor redacteuren</h1>"))
            let css = try await site.get("/style.css")
            #expect(css.status == 200 && css.type.hasPrefix("text/css") && !css.body.contains("<script"))
            let missing = try await site.get("/werkkaarten/bestaat-niet.html")
            #expect(missing.status == 404)
            #expect(missing.body.contains("<h1>Pagina niet gevonden</h1>"))
            // A folder without its slash is sent to the folder, so its relative links work.
            let folder = try await RawHTTP.get("/werkkaarten", port: site.port)
            #expect(folder.hasPrefix("HTTP/1.1 301"))
            #expect(folder.contains("Location: /werkkaarten/"))
        }
    }

    @Test func servesThePicturesBesideTheMarkdownAndTheirChanges() async throws {
        try await Self.withSite { site in
            let picture = try await site.get("/werkkaarten/tijdlijn-flipover.svg")
            #expect(picture.status == 200 && picture.type == "image/svg+xml")
            #expect(picture.body.contains("Tijdlijn gezin Jansen"))
            try site.edit("content/werkkaarten/tijdlijn-flipover.svg") { $0.replacingOccurrences(of: "gezin Jansen", with: "gezin De Vries") }
            let changed = try await site.eventually("/werkkaarten/tijdlijn-flipover.svg") { _, body in body.contains("gezin De Vries") }
            #expect(changed.status == 200 && changed.body.contains("gezin De Vries"))
            // A link to a picture that is not there yet is an error until the picture is added:
            // the page's body was rendered before the file existed, and is rendered again.
            try site.edit("content/werkkaarten/kunst.md") { $0.replacingOccurrences(of: "\n---\n", with: "\n---\n![Een schets](schets.svg)\n\n") }
            let broken = try await site.eventually("/werkkaarten/kunst.html") { status, _ in status == 500 }
            #expect(broken.body.contains("kapotte link: er is geen bestand 'werkkaarten/schets.svg'"))
            try "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".write(to: site.root.appendingPathComponent("content/werkkaarten/schets.svg"),
                                                                     atomically: true, encoding: .utf8)
            let mended = try await site.eventually("/werkkaarten/kunst.html") { status, _ in status == 200 }
            #expect(mended.body.contains("<img src=\"schets.svg\" alt=\"Een schets\" />"))
            #expect(try await site.get("/werkkaarten/schets.svg").status == 200)
            // A file that no page uses is not published.
            try "geheim".write(to: site.root.appendingPathComponent("content/werkkaarten/los.txt"), atomically: true, encoding: .utf8)
            #expect(try await site.get("/werkkaarten/los.txt").status == 404)
        }
    }

    @Test func rebuildsTheEditedPageAndTellsOpenPages() async throws {
        try await Self.withSite { site in
            // An open page's event stream: first the current version.
            let events = try RawHTTP(port: site.port, timeout: 15)
            events.send("GET /_spiegel/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let opening = await events.read { $0.contains("data: {") }
            #expect(opening.contains("text/event-stream"))
            #expect(opening.contains("data: {\"version\":1}"))

            try site.edit("content/werkkaarten/tijdlijn.md") {
                $0.replacingOccurrences(of: "titel: Een tijdlijn maken", with: "titel: Een tijdlijn maken met het team")
            }
            let page = try await site.eventually("/werkkaarten/tijdlijn.html") { _, body in body.contains("met het team</h1>") }
            #expect(page.status == 200)
            #expect(page.body.contains("<h1>Een tijdlijn maken met het team</h1>"))
            // The overview lists the new title too: it was rendered again with the page.
            #expect(try await site.get("/werkkaarten/").body.contains("Een tijdlijn maken met het team"))
            // graph.json is written when asked for, and then describes the edit.
            #expect(try await site.get("/graph.json").body.contains("\"title\":\"Een tijdlijn maken met het team\""))
            // The open page hears which pages changed: this one among them, not every page.
            // Keys are sorted, so the version closes the event: once it is there, the event is complete.
                let event = await events.read { $0.contains("\"version\":2}") }
            #expect(event.contains("\"werkkaarten/tijdlijn.html\""))
            // Every work card names the eight cards in its "you are here" diagram, so another
            // card's page changes too; a plateau's does not.
            #expect(event.contains("\"werkkaarten/kunst.html\""))
            #expect(!event.contains("\"plateaus/mensgericht.html\""))
        }
    }

    @Test func aBrokenFileShowsItsErrorWhileEveryOtherPageStays() async throws {
        try await Self.withSite { site in
            try site.edit("content/werkkaarten/tijdlijn.md") { $0.replacingOccurrences(of: "nummer: 3", with: "nummer: [drie") }
            // The broken file's own page is the error page.
            let broken = try await site.eventually("/werkkaarten/tijdlijn.html") { status, _ in status == 500 }
            #expect(broken.status == 500)
            #expect(broken.body.contains("<h1>De site kan nu niet worden gebouwd</h1>"))
            #expect(broken.body.contains("werkkaarten/tijdlijn.md:4:9</code>"))
            #expect(broken.body.contains("de lijst op regel 4 begint met '[' maar sluit niet af met ']'"))
            // YAML notices the open list on the next line; the error and its excerpt point at the line where it opens.
            #expect(broken.body.contains("<mark>   4  nummer: [drie</mark>\n              ^\n"))  // under column 9
            #expect(broken.body.contains("Aantal fouten: <strong>1</strong>"))
            #expect(broken.body.contains("new EventSource"))  // it reloads itself once fixed
            // Every other page is served from the last good build, under a strip that names the
            // problem and links to the full error page.
            let other = try await site.get("/werkkaarten/kunst.html")
            #expect(other.status == 200)
            #expect(other.body.contains("<h1>Kunst inzetten</h1>"))
            #expect(other.body.contains("<strong>Fouten in de inhoud: 1.</strong>"))
            #expect(other.body.contains("werkkaarten/tijdlijn.md:4:9</code> de lijst op regel 4 begint met '[' maar sluit niet af met ']'"))
            #expect(other.body.contains("<a href=\"/_spiegel/fouten\""))
            #expect(other.body.contains("new EventSource"))
            let all = try await site.get("/_spiegel/fouten")
            #expect(all.status == 500 && all.body.contains("Aantal fouten: <strong>1</strong>"))
            // A page the last good build does not have may be the broken file's: the error page.
            #expect(try await site.get("/werkkaarten/bestaat-niet.html").status == 500)
            // Assets stay available.
            #expect(try await site.get("/style.css").status == 200)

            try site.edit("content/werkkaarten/tijdlijn.md") { $0.replacingOccurrences(of: "nummer: [drie", with: "nummer: 3") }
            let fixed = try await site.eventually("/werkkaarten/tijdlijn.html") { status, _ in status == 200 }
            #expect(fixed.body.contains("<h1>Een tijdlijn maken</h1>"))
            #expect(!fixed.body.contains("Fouten in de inhoud"))
            #expect(try await site.get("/werkkaarten/bestaat-niet.html").status == 404)
        }
    }

    @Test func warningsShowInAStripOpenOnThePageTheyConcern() async throws {
        try await Self.withSite { site in
            // A new page that nothing links to: a warning.
            try "---\ntype: pagina\ntitel: Nieuwe notitie\n---\nNog niet gekoppeld.\n"
                .write(to: site.root.appendingPathComponent("content/nieuwe-notitie.md"), atomically: true, encoding: .utf8)
            let page = try await site.eventually("/nieuwe-notitie.html") { status, body in status == 200 && body.contains("Waarschuwingen: 1") }
            #expect(page.body.contains("<details open"))
            #expect(page.body.contains("<a href=\"/nieuwe-notitie.html\""))
            #expect(page.body.contains("geen enkele pagina linkt naar 'nieuwe-notitie'"))
            let other = try await site.get("/werkkaarten/kunst.html")
            #expect(other.status == 200 && other.body.contains("<strong>Waarschuwingen: 1</strong>"))
            #expect(!other.body.contains("<details open"))
            // Linked to, the warning and its strip go.
            try site.edit("content/werkkaarten/kunst.md") { $0 + "\nZie ook [de notitie](../nieuwe-notitie.md).\n" }
            let linked = try await site.eventually("/nieuwe-notitie.html") { _, body in !body.contains("Waarschuwingen") }
            // Once seen as a 500 on a machine under a load of 14 and not since: the page says why.
            #expect(linked.status == 200, "\(ErrorText.of(linked.body))")
            // A file that looks like a page but is not read, saved while the preview runs: the
            // watcher reports it, and the strip names it with what to call it.
            try "---\ntype: pagina\ntitel: Kladje\n---\n".write(to: site.root.appendingPathComponent("content/Kladje.MD"), atomically: true, encoding: .utf8)
            let warned = try await site.eventually("/werkkaarten/kunst.html") { _, body in body.contains("Kladje.MD") }
            #expect(warned.body.contains("<strong>Waarschuwingen: 1</strong>"))
            #expect(warned.body.contains("content/Kladje.MD:1</code> 'Kladje.MD' lijkt een pagina, maar Spiegel leest het niet"))
        }
    }

    @Test func aTemplateOrConfigurationChangeReachesEveryPage() async throws {
        try await Self.withSite { site in
            try "naam: Kennisbank Proef\n".write(to: site.root.appendingPathComponent("spiegel.yml"), atomically: true, encoding: .utf8)
            let home = try await site.eventually("/") { _, body in body.contains("Kennisbank Proef") }
            #expect(home.body.contains("<a class=\"brand\" href=\"index.html\">Kennisbank Proef</a>"))
            #expect(try await site.get("/werkkaarten/kunst.html").body.contains("Kennisbank Proef</a>"))
            try site.edit("templates/style.css") { $0 + "\n.proef { color: red; }\n" }
            let css = try await site.eventually("/style.css") { _, body in body.contains(".proef") }
            #expect(css.body.contains(".proef { color: red; }"))
        }
    }

    /// A content layer added to `spiegel.yml` while the preview runs is served, and watched from
    /// then on: an edit inside it shows without a restart.
    @Test func aLayerAddedWhileServingIsWatchedToo() async throws {
        try await Self.withSite { site in
            let layer = site.root.appendingPathComponent("eigen")
            try FileManager.default.createDirectory(at: layer, withIntermediateDirectories: true)
            try "---\ntype: pagina\ntitel: Onze regio\n---\nEerste tekst over de regio.\n"
                .write(to: layer.appendingPathComponent("regio.md"), atomically: true, encoding: .utf8)
            try "naam: Gelaagd\ninhoud: [content, eigen]\n".write(to: site.root.appendingPathComponent("spiegel.yml"), atomically: true, encoding: .utf8)
            let added = try await site.eventually("/regio.html") { status, body in status == 200 && body.contains("Eerste tekst") }
            #expect(added.body.contains("Eerste tekst over de regio."))
            try site.edit("eigen/regio.md") { $0.replacingOccurrences(of: "Eerste tekst", with: "Tweede tekst") }
            let edited = try await site.eventually("/regio.html") { _, body in body.contains("Tweede tekst") }
            #expect(edited.body.contains("Tweede tekst over de regio."))
        }
    }

    @Test func aCommitUpdatesTheDatesWithoutARestart() async throws {
        try await Self.withSite(inGit: true) { site in
            let before = try await site.get("/werkkaarten/tijdlijn.html")
            #expect(before.body.contains("Laatst gewijzigd op <time datetime=\"2024-05-01\">1 mei 2024</time>"))
            try site.edit("content/werkkaarten/tijdlijn.md") { $0 + "\nEen zin erbij.\n" }
            try Running.git(["commit", "-q", "-am", "tijdlijn"], in: site.root, date: "2025-02-14T09:00:00+01:00")
            let after = try await site.eventually("/werkkaarten/tijdlijn.html") { _, body in body.contains("14 februari 2025") }
            #expect(after.body.contains("Laatst gewijzigd op <time datetime=\"2025-02-14\">14 februari 2025</time>"))
            #expect(try await site.get("/werkkaarten/kunst.html").body.contains("1 mei 2024"))
        }
    }

    @Test func refusesEveryPathOutOfTheSite() async throws {
        try await Self.withSite { site in
            let attempts = [
                "/../geheim.txt", "/../../geheim.txt", "/werkkaarten/../../geheim.txt",
                "/%2e%2e/geheim.txt", "/%2E%2E/geheim.txt", "/%2e%2e%2fgeheim.txt", "/..%2fgeheim.txt",
                "/werkkaarten/%2e%2e/%2e%2e/geheim.txt", "/%252e%252e/geheim.txt", "/..\\geheim.txt", "/%00/geheim.txt",
            ]
            for target in attempts {
                let response = try await RawHTTP.get(target, port: site.port)
                #expect(!response.contains("GEHEIM"), "\(target) leaked the file")
                #expect(response.hasPrefix("HTTP/1.1 404") || response.hasPrefix("HTTP/1.1 400") || response.isEmpty, "\(target): \(response.prefix(40))")
            }
            // A symbolic link in the templates folder to a file outside it is refused by the build.
            try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("templates/geheim.txt").path,
                                                       withDestinationPath: site.root.appendingPathComponent("geheim.txt").path)
            let refused = try await site.eventually("/_spiegel/fouten") { status, _ in status == 500 }
            #expect(refused.body.contains("buiten de map templates"))
            #expect(try await site.get("/index.html").body.contains("buiten de map templates"))
            let linked = try await RawHTTP.get("/geheim.txt", port: site.port)
            #expect(!linked.contains("GEHEIM"))
        }
    }
}

/// The problems an error page lists, for a failed expectation to show.
enum ErrorText {
    static func of(_ body: String) -> String {
        body.components(separatedBy: "<li").dropFirst().prefix(5).joined(separator: " | ")
            .replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
    }
}
