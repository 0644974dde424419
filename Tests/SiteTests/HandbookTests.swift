import Content
import Foundation
import Pipeline
import Testing
@testable import Site

/// The editors' handbook is part of the site, and its reference of types cannot drift from the schema.
@Suite struct HandbookTests {
    static let chapters = SiteFixture.repository.appendingPathComponent("handleiding").path

    private func build(handbook: String?) async throws -> (URL, BuildReport) {
        let out = SiteFixture.scratch().appendingPathComponent("site")
        var options = SiteFixture.options(output: out.path)
        options.handbookDirectory = handbook
        return (out, await BuildPipeline(options: options).run())
    }

    @Test func isPublishedUnderHandleidingAndLinkedFromEveryPage() async throws {
        let (out, report) = try await build(handbook: Self.chapters)
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let index = try String(contentsOf: out.appendingPathComponent("handleiding/index.html"), encoding: .utf8)
        #expect(index.contains("<h1>Handleiding voor redacteuren</h1>"))
        for chapter in ["beginnen", "inhoud", "typen", "linken", "afbeeldingen-en-bijlagen", "vragen-en-werkbladen", "bekijken-en-controleren", "fouten"] {
            #expect(index.contains("href=\"\(chapter).html\""), "the index does not link to \(chapter)")
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("handleiding/\(chapter).html").path))
        }
        let card = try String(contentsOf: out.appendingPathComponent("werkkaarten/tijdlijn.html"), encoding: .utf8)
        #expect(card.contains("<a href=\"../handleiding/index.html\">Handleiding voor redacteuren</a>"))
        let chapter = try String(contentsOf: out.appendingPathComponent("handleiding/linken.html"), encoding: .utf8)
        #expect(chapter.contains("<link rel=\"stylesheet\" href=\"../style.css\">"))
        #expect(chapter.contains("href=\"typen.html\""))
        #expect(chapter.contains("<li><a href=\"index.html\">Handleiding voor redacteuren</a></li>"))  // breadcrumb
        // The footer's link to the handbook is made for the chapter's own folder, whichever page
        // in a folder as deep was rendered first (chapters render beside the other pages).
        #expect(chapter.contains("<a href=\"index.html\">Handleiding voor redacteuren</a></p>"))
        #expect(!chapter.contains("../handleiding/index.html"))
        let source = try String(contentsOf: out.appendingPathComponent("bronnen/nji.html"), encoding: .utf8)
        #expect(source.contains("<a href=\"../handleiding/index.html\">Handleiding voor redacteuren</a></p>"))
        // The same for the audience pages' link to their index.
        let audience = try String(contentsOf: out.appendingPathComponent("doelgroepen/index.html"), encoding: .utf8)
        #expect(audience.contains("<li><a href=\"index.html\">Vragen per doelgroep</a></li>"))
        #expect(source.contains("<li><a href=\"../doelgroepen/index.html\">Vragen per doelgroep</a></li>"))
    }

    @Test func referenceListsEveryKeyOfEveryTypeFromTheSchema() async throws {
        let (out, report) = try await build(handbook: Self.chapters)
        #expect(report.succeeded)
        let reference = try String(contentsOf: out.appendingPathComponent("handleiding/typen.html"), encoding: .utf8)
        for schema in EntitySchema.all {
            #expect(reference.contains("<h2 id=\"\(schema.type.rawValue)\">\(schema.type.rawValue)</h2>"))
            for field in schema.allFields {
                #expect(reference.contains("<td><code>\(field.key)</code></td><td>\(field.required ? "ja" : "nee")</td>"),
                        "\(schema.type.rawValue).\(field.key) is missing")
                for item in field.itemFields {
                    #expect(reference.contains("<code>\(field.key)</code> › <code>\(item.key)</code>"))
                }
            }
        }
        #expect(reference.contains("<h2 id=\"vraag\">vraag</h2>"))
    }

    @Test func withoutTheFolderThereIsNoHandbookAndNoLink() async throws {
        let (out, report) = try await build(handbook: "/geen/handleiding")
        #expect(report.succeeded)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("handleiding").path))
        let card = try String(contentsOf: out.appendingPathComponent("werkkaarten/tijdlijn.html"), encoding: .utf8)
        #expect(!card.contains("Handleiding"))
    }

    @Test func aBrokenLinkInAChapterIsAnError() async throws {
        let folder = SiteFixture.scratch()
        try "---\ntype: pagina\ntitel: Start\n---\nZie [typen](typen.md).\n".write(to: folder.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
        let (_, report) = try await build(handbook: folder.path)
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.message.hasPrefix("kapotte link") && $0.file.hasSuffix("index.md") })
    }

    @Test func aPictureBesideAChapterIsCopiedUnderHandleiding() async throws {
        let folder = SiteFixture.scratch()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("beelden"), withIntermediateDirectories: true)
        let svg = Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8)
        try svg.write(to: folder.appendingPathComponent("beelden/kop.svg"))
        try "---\ntype: pagina\ntitel: Start\n---\n![Een kop met titel en type](beelden/kop.svg)\n"
            .write(to: folder.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
        let (out, report) = try await build(handbook: folder.path)
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        #expect(try Data(contentsOf: out.appendingPathComponent("handleiding/beelden/kop.svg")) == svg)
        let index = try String(contentsOf: out.appendingPathComponent("handleiding/index.html"), encoding: .utf8)
        #expect(index.contains("<img src=\"beelden/kop.svg\" alt=\"Een kop met titel en type\" />"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("beelden").path))
    }
}
