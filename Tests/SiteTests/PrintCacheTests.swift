import Foundation
import Testing
@testable import Site

/// The PDF cache: a PDF is printed again exactly when something it is made of changed, a cached
/// PDF is the same bytes as a fresh print, a damaged entry is printed again, and two builds at
/// once leave it whole. Printed by the real WeasyPrint workers on a small sheet of its own
/// (stylesheet, font, image), so each input can be changed on its own.
@Suite(.enabled("WeasyPrint or poppler-utils (pdfinfo, pdftotext) is not installed; run 'make pdf-deps'") { await PDFTools.available() })
struct PrintCacheTests {
    static let sheet = PrintJob(html: "werkbladen/blad.html", pdf: "werkbladen/blad.pdf")
    static let fonts = "/usr/share/fonts/truetype/dejavu/"

    /// A sheet that loads a stylesheet, which loads a font, and an image.
    static func makeSite() throws -> URL {
        let root = SiteFixture.scratch().appendingPathComponent("site")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("werkbladen"), withIntermediateDirectories: true)
        try write("""
            <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Blad</title>
            <link rel="stylesheet" href="../blad.css"></head>
            <body><h1>Een werkblad</h1><p>Met een vraag.</p><img src="../beeld.svg" alt="Een rondje">
            <a href="../elders.html">Elders</a></body></html>
            """, "werkbladen/blad.html", in: root)
        try write("@font-face { font-family: Eigen; src: url(letter.ttf); }\nbody { font-family: Eigen; }", "blad.css", in: root)
        try FileManager.default.copyItem(atPath: fonts + "DejaVuSans.ttf", toPath: root.appendingPathComponent("letter.ttf").path)
        try write(svg(fill: "black"), "beeld.svg", in: root)
        try write("<p>Een pagina waar het blad naar linkt.</p>", "elders.html", in: root)
        return root
    }

    /// A booklet of that one sheet, behind a front page whose contents give its page number.
    static let booklet = PrintJob(html: "werkbladen/werkboek.html", pdf: "werkbladen/werkboek.pdf", booklet: .init(front: Data("""
        <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><link rel="stylesheet" href="../blad.css">
        <style>a::after { content: " " attr(data-page); }</style></head>
        <body><h1>Werkboek</h1><p><a href="#blad" data-sheet="blad" data-page="">Blad</a></p></body></html>
        """.utf8), sheets: [.init(id: "blad", pdf: sheet.pdf)]))

    static func svg(fill: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"40\"><circle cx=\"20\" cy=\"20\" r=\"15\" fill=\"\(fill)\"/></svg>"
    }

    static func write(_ text: String, _ path: String, in root: URL) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(path))
    }

    static func pdf(_ job: PrintJob = sheet, in root: URL) -> Data? {
        FileManager.default.contents(atPath: root.appendingPathComponent(job.pdf).path)
    }

    static func entries(_ cache: PDFCache) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: cache.folder, includingPropertiesForKeys: nil)) ?? [])
    }

    @Test func eachInputMissesWhenItChangesAndHitsWhenItDoesNot() async throws {
        let printer = try #require(await WeasyPrint.locate())
        let root = try Self.makeSite()
        let cache = PDFCache(directory: root.deletingLastPathComponent().appendingPathComponent("cache").path)
        let pool = PrintPool(printer: printer, size: 1)
        func printed(_ by: WeasyPrint = printer) async throws -> Int {
            try await by.print([Self.sheet], in: root, cache: cache, pool: pool).printed
        }
        #expect(try await printed() == 1, "an empty cache prints")
        let first = try #require(Self.pdf(in: root))
        #expect(try await printed() == 0, "nothing changed: from the cache")
        #expect(Self.pdf(in: root) == first)

        // A page the sheet only links to is not one of its inputs.
        try Self.write("<p>Anders.</p>", "elders.html", in: root)
        #expect(try await printed() == 0, "a linked page changed")

        let html = SiteFixture.text("werkbladen/blad.html", in: root)
        try Self.write(html.replacingOccurrences(of: "Met een vraag.", with: "Met een andere vraag."), "werkbladen/blad.html", in: root)
        #expect(try await printed() == 1, "the HTML changed")
        #expect(try await printed() == 0)

        try Self.write("@font-face { font-family: Eigen; src: url(letter.ttf); }\nbody { font-family: Eigen; color: #333; }", "blad.css", in: root)
        #expect(try await printed() == 1, "the stylesheet changed")

        try FileManager.default.removeItem(at: root.appendingPathComponent("letter.ttf"))
        try FileManager.default.copyItem(atPath: Self.fonts + "DejaVuSerif.ttf", toPath: root.appendingPathComponent("letter.ttf").path)
        #expect(try await printed() == 1, "the font the stylesheet loads changed")

        try Self.write(Self.svg(fill: "gray"), "beeld.svg", in: root)
        #expect(try await printed() == 1, "the image changed")

        let other = WeasyPrint(python: printer.python, version: printer.version + ".1", pikepdfVersion: printer.pikepdfVersion,
                               makesForms: printer.makesForms, makesTags: printer.makesTags)
        #expect(try await printed(other) == 1, "another WeasyPrint version")
        let untagged = WeasyPrint(python: printer.python, version: printer.version, pikepdfVersion: printer.pikepdfVersion,
                                  makesForms: printer.makesForms, makesTags: !printer.makesTags)
        #expect(try await printed(untagged) == 1, "other options")
        #expect(try await printed() == 0, "back to the first printer: its print is still in the cache")
        await pool.shutdown()
    }

    @Test func theBookletIsPrintedAgainWhenASheetChanges() async throws {
        let printer = try #require(await WeasyPrint.locate())
        try #require(printer.pikepdfVersion != nil, "pikepdf is not installed; run 'make pdf-deps'")
        let root = try Self.makeSite()
        let cache = PDFCache(directory: root.deletingLastPathComponent().appendingPathComponent("cache").path)
        let pool = PrintPool(printer: printer)
        let booklet = Self.booklet
        let jobs = [Self.sheet, booklet]
        #expect(try await printer.print(jobs, in: root, cache: cache, pool: pool) == .init(printed: 2, fromCache: 0))
        #expect(try await printer.print(jobs, in: root, cache: cache, pool: pool) == .init(printed: 0, fromCache: 2))
        let html = SiteFixture.text("werkbladen/blad.html", in: root)
        try Self.write(html.replacingOccurrences(of: "Een werkblad", with: "Een ander werkblad"), "werkbladen/blad.html", in: root)
        #expect(try await printer.print(jobs, in: root, cache: cache, pool: pool) == .init(printed: 2, fromCache: 0))
        // The sheet's page number in the contents, filled in by the worker: the cover, its blank
        // back, then the sheet on page 3.
        let text = try PDFTools.text(root.appendingPathComponent(booklet.pdf), pages: 1...1)
        #expect(text.contains("Blad") && text.contains("3"), "\(text)")
        #expect(try PDFTools.info(root.appendingPathComponent(booklet.pdf)).pages % 2 == 0)
        await pool.shutdown()
    }

    @Test func aCachedPDFIsTheSameBytesAsAFreshPrint() async throws {
        let printer = try #require(await WeasyPrint.locate())
        let root = try Self.makeSite()
        let cache = PDFCache(directory: root.deletingLastPathComponent().appendingPathComponent("cache").path)
        // The sheet, and the booklet put together from it when pikepdf is there.
        let jobs = printer.pikepdfVersion == nil ? [Self.sheet] : [Self.sheet, Self.booklet]
        let pool = PrintPool(printer: printer, size: 1)
        _ = try await printer.print(jobs, in: root, cache: cache, pool: pool)
        for job in jobs { try FileManager.default.removeItem(at: root.appendingPathComponent(job.pdf)) }
        #expect(try await printer.print(jobs, in: root, cache: cache, pool: pool).fromCache == jobs.count)
        let cached = jobs.map { Self.pdf($0, in: root) }
        // Printed afresh, without a cache, by a worker of its own.
        for job in jobs { try FileManager.default.removeItem(at: root.appendingPathComponent(job.pdf)) }
        let fresh = PrintPool(printer: printer, size: 1)
        #expect(try await printer.print(jobs, in: root, cache: nil, pool: fresh).printed == jobs.count)
        #expect(jobs.map { Self.pdf($0, in: root) } == cached)
        #expect(!cached.contains(nil))
        await pool.shutdown()
        await fresh.shutdown()
    }

    @Test func aTruncatedOrDamagedEntryIsPrintedAgain() async throws {
        let printer = try #require(await WeasyPrint.locate())
        let root = try Self.makeSite()
        let cache = PDFCache(directory: root.deletingLastPathComponent().appendingPathComponent("cache").path)
        let pool = PrintPool(printer: printer, size: 1)
        _ = try await printer.print([Self.sheet], in: root, cache: cache, pool: pool)
        let good = try #require(Self.pdf(in: root))
        for damage in [{ (data: Data) in data.prefix(data.count / 2) }, { (data: Data) in
            var flipped = data
            flipped[data.count / 3] ^= 0xFF
            return flipped
        }] {
            let entry = try #require(Self.entries(cache).first)
            try damage(try Data(contentsOf: entry)).write(to: entry)
            #expect(try await printer.print([Self.sheet], in: root, cache: cache, pool: pool) == .init(printed: 1, fromCache: 0))
            #expect(Self.pdf(in: root) == good, "the site gets a whole PDF, not the damaged one")
            #expect(try Data(contentsOf: try #require(Self.entries(cache).first)) == good, "the entry is whole again")
        }
        await pool.shutdown()
    }

    @Test func twoBuildsAtOnceLeaveTheCacheWhole() async throws {
        let printer = try #require(await WeasyPrint.locate())
        let roots = [try Self.makeSite(), try Self.makeSite()]
        let cache = PDFCache(directory: roots[0].deletingLastPathComponent().appendingPathComponent("cache").path)
        let outcomes = try await withThrowingTaskGroup(of: WeasyPrint.Outcome.self) { group in
            for root in roots {
                group.addTask {
                    let pool = PrintPool(printer: printer, size: 1)
                    let outcome = try await printer.print([Self.sheet], in: root, cache: cache, pool: pool)
                    await pool.shutdown()
                    return outcome
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes.map { $0.printed + $0.fromCache } == [1, 1])
        #expect(Self.pdf(in: roots[0]) == Self.pdf(in: roots[1]))
        // One entry (both wrote the same name, the second rename replacing the first whole),
        // no temporary file left, and it reads back as a hit.
        let names = Self.entries(cache).map(\.lastPathComponent)
        #expect(names.count == 1 && !names[0].hasPrefix(".tmp-"), "\(names)")
        #expect(cache.pdf(try #require(cache.entries().keys.first), in: cache.entries()) == Self.pdf(in: roots[0]))
    }

    @Test func theCacheIsTrimmedToItsLimitOldestFirst() throws {
        let folder = SiteFixture.scratch().path
        let cache = PDFCache(directory: folder, limit: 2500)
        for (index, key) in ["a1", "b2", "c3"].enumerated() {
            cache.store(Data(repeating: UInt8(index), count: 1000), key: key)
            let entry = try #require(Self.entries(cache).first { $0.lastPathComponent.hasPrefix(key + ".") })
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: Double(index - 10))], ofItemAtPath: entry.path)
        }
        cache.trim()
        #expect(Set(cache.entries().keys) == ["b2", "c3"])
    }
}

/// The cache's hash is SHA-256 as published (FIPS 180-4 test vectors), across block boundaries.
struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func matchesTheStandard(_ text: String, _ digest: String) {
        #expect(SHA256.hex(Array(text.utf8)) == digest)
    }

    @Test func aMillionAsInPiecesOrWhole() {
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)) == expected)
        var hash = SHA256()
        for _ in 0..<1000 { hash.update([UInt8](repeating: UInt8(ascii: "a"), count: 1000)) }
        #expect(hash.hex() == expected)
    }
}
