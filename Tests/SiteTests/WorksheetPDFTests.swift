import Foundation
import Pipeline
import Testing
@testable import Content
@testable import Site

/// The PDFs a trainer prints: A4, within the page budget, carrying the questions, fillable and
/// tagged. They need WeasyPrint and poppler-utils (`make pdf-deps` installs both); without them
/// these tests are skipped, and CI installs them.
@Suite(.enabled("WeasyPrint or poppler-utils (pdfinfo, pdftotext) is not installed; run 'make pdf-deps'") { await PDFTools.available() })
struct WorksheetPDFTests {
    /// The knowledge base built once with --pdf.
    static func build() async -> (site: URL, report: BuildReport) {
        await Shared.shared.value("WorksheetPDFTests.build") {
            let out = SiteFixture.scratch().appendingPathComponent("site")
            var options = SiteFixture.realOptions(output: out.path)
            options.pdf = true
            options.pdfCacheDirectory = out.deletingLastPathComponent().appendingPathComponent("cache").path
            return (out, await BuildPipeline(options: options).run())
        }
    }
    static func catalog() async -> WorksheetCatalog {
        WorksheetCatalog(graph: await Shared.shared.value("realGraph") { await loadContent(SiteFixture.realContent).graph }, strings: .dutch)
    }

    @Test func theBuildPrintsEverySheetAndTheBooklet() async {
        let (site, report) = await Self.build()
        let catalog = await Self.catalog()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        // Beside the sheets and the booklet, each meeting's printed parts.
        let meetings = (await WorksheetTests.realGraph()).entities(of: .meeting).compactMap { entity -> LearningMeeting? in
            if case .meeting(let meeting) = entity.kind { return meeting } else { return nil }
        }
        #expect(report.pdfs == catalog.sheets.count + 1 + meetings.map { MeetingFiles.parts(for: $0).count + 1 }.reduce(0, +))
        for sheet in catalog.sheets {
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(sheet.pdfPath).path), "\(sheet.pdfPath) missing")
        }
    }

    /// A sheet whose notes box would fall alone on a last page gets it a little shorter, so the
    /// trainer prints no page for a stray box (two sheets of the real content did).
    @Test func noSheetEndsWithAPageThatHoldsOnlyItsNotesBox() async throws {
        let site = await Self.build().site
        let notes = UIStrings.dutch["sessionNotes"]
        for sheet in (await Self.catalog()).sheets {
            let pdf = site.appendingPathComponent(sheet.pdfPath)
            let pages = try PDFTools.info(pdf).pages
            let last = try PDFTools.text(pdf, pages: pages...pages)
            guard pages > 1, let heading = last.range(of: notes) else { continue }
            // Read in order: what the page holds above the box, then the footer.
            #expect(!last[..<heading.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                    "\(sheet.id): page \(pages) holds only the notes box")
        }
    }

    @Test func everySheetIsOnItsPaperAndWithinItsPageBudget() async throws {
        let site = await Self.build().site
        for sheet in (await Self.catalog()).sheets {
            let info = try PDFTools.info(site.appendingPathComponent(sheet.pdfPath))
            // The templates to draw on are A3 landscape; DrawingSheetTests holds them to it.
            if sheet.paper == .a4Portrait { #expect(info.isA4Portrait, "\(sheet.id) is not A4 portrait: \(info.pageSize)") }
            #expect((1...Worksheet.pageBudget).contains(info.pages), "\(sheet.id) takes \(info.pages) pages, the budget is \(Worksheet.pageBudget)")
        }
    }

    @Test func theTextOfEverySheetCarriesItsQuestions() async throws {
        let site = await Self.build().site
        for sheet in (await Self.catalog()).sheets {
            let text = PDFTools.letters(try PDFTools.text(site.appendingPathComponent(sheet.pdfPath)))
            #expect(text.contains(PDFTools.letters(sheet.title)), "\(sheet.id): title missing")
            for block in sheet.blocks {
                guard case .questions(_, let questions, _) = block else { continue }
                for question in questions {
                    #expect(text.contains(PDFTools.letters(question.title)), "\(sheet.id): question \(question.id) missing from the PDF text")
                }
            }
        }
    }

    @Test func theFooterNamesTitleAndSourceButNoFilePath() async throws {
        let site = await Self.build().site
        let pdf = site.appendingPathComponent("werkbladen/werkblad-tijdlijn.pdf")
        let text = try PDFTools.text(pdf)
        let letters = PDFTools.letters(text)
        #expect(letters.contains(PDFTools.letters("Bron: Praktische uitwerking van Samen Lerend Doen Wat Werkt")))
        // The repository's spiegel.yml sets no basis-url: a path on paper would lead nowhere.
        #expect(letters.contains(PDFTools.letters("Uit: Spiegel")))
        #expect(!text.contains("werkblad-tijdlijn.html"))
        // pdftotext keeps the spaces around the slash of "1 / 2" on some pages and not on others.
        #expect(text.replacingOccurrences(of: " ", with: "").contains("1/\(try PDFTools.info(pdf).pages)"))
    }

    /// Printed double-sided: the cover, its blank back, the contents, then every sheet on a
    /// right-hand (odd) page, as the contents say, with blank backs that carry no footer.
    @Test func theBookletStartsEverySheetOnAnOddPage() async throws {
        let site = await Self.build().site
        let booklet = site.appendingPathComponent("werkbladen/werkboek.pdf")
        let info = try PDFTools.info(booklet)
        #expect(info.isA4Portrait)
        #expect(info.pages % 2 == 0)
        #expect(try PDFTools.text(booklet, pages: 2...2).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "the cover's back is blank")
        // The contents may run onto its own back (page 4); the first sheet still starts on 5.
        let contents = try PDFTools.text(booklet, pages: 3...4)
        #expect(contents.contains("Inhoud"))
        var expected = 5
        for sheet in (await Self.catalog()).sheets {
            let pages = try PDFTools.info(site.appendingPathComponent(sheet.pdfPath)).pages
            let line = contents.split(separator: "\n").first { PDFTools.letters(String($0)).hasPrefix(PDFTools.letters(sheet.title).prefix(30)) }
            let listed = line.flatMap { Int($0.split(separator: " ").last ?? "") }
            #expect(listed == expected, "\(sheet.title): the contents say \(listed.map(String.init) ?? "nothing"), it starts on \(expected)")
            let first = PDFTools.letters(try PDFTools.text(booklet, pages: expected...expected))
            #expect(first.contains(PDFTools.letters(sheet.title)), "page \(expected) does not start \(sheet.title)")
            if pages % 2 == 1 {
                let back = try PDFTools.text(booklet, pages: (expected + pages)...(expected + pages))
                #expect(back.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "the back after \(sheet.title) is not blank")
            }
            expected += pages + pages % 2
        }
        #expect(info.pages == expected - 1)
    }

    @Test func pdfsAreFillableAndTaggedWhenWeasyPrintCanDoIt() async throws {
        let site = await Self.build().site
        let printer = try #require(await WeasyPrint.locate())
        let info = try PDFTools.info(site.appendingPathComponent("werkbladen/werkblad-doorgaan-en-vertragen.pdf"))
        if printer.makesForms { #expect(info.raw.contains("Form:            AcroForm")) }
        if printer.makesTags { #expect(info.raw.contains("Tagged:          yes")) }
        // The booklet keeps the fields (each sheet's names are its own); its tags do not survive
        // putting the sheets together, so it claims none (README, "Werkboek").
        let booklet = try PDFTools.info(site.appendingPathComponent("werkbladen/werkboek.pdf"))
        if printer.makesForms { #expect(booklet.raw.contains("Form:            AcroForm")) }
        #expect(booklet.raw.contains("Tagged:          no"))
    }

    /// Each sheet's fields keep working in the booklet: every field is there, under a name that
    /// starts with its sheet's id, and no two share a name. Read with pikepdf, which the booklet
    /// needs anyway.
    @Test func theBookletsFieldsAreThoseOfItsSheetsUnderUniqueNames() async throws {
        let site = await Self.build().site
        let printer = try #require(await WeasyPrint.locate())
        guard printer.makesForms, printer.pikepdfVersion != nil else { return }
        let list = "import pikepdf, sys\npdf = pikepdf.Pdf.open(sys.argv[1])\nfor f in pdf.Root.AcroForm.Fields: print(f.T)"
        func fields(_ pdf: String) throws -> [String] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: printer.python)
            process.arguments = ["-c", list, site.appendingPathComponent(pdf).path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        }
        let booklet = try fields("werkbladen/werkboek.pdf")
        #expect(Set(booklet).count == booklet.count, "field names repeat in the booklet")
        let sheets = (await Self.catalog()).sheets
        var expected: [String] = []
        for sheet in sheets {
            let own = try fields(sheet.pdfPath)
            #expect(!own.isEmpty && own.allSatisfy { $0.hasPrefix(sheet.id + "__") }, "\(sheet.id): \(own.prefix(3))")
            expected += own
        }
        #expect(Set(booklet) == Set(expected))
    }

    /// Built again with nothing changed, every PDF comes from the cache, the same bytes.
    @Test func aSecondBuildPrintsNothing() async throws {
        let (site, first) = await Self.build()
        #expect(first.pdfsPrinted == first.pdfs)
        let again = site.deletingLastPathComponent().appendingPathComponent("again")
        var options = SiteFixture.realOptions(output: again.path)
        options.pdf = true
        options.pdfCacheDirectory = site.deletingLastPathComponent().appendingPathComponent("cache").path
        let report = await BuildPipeline(options: options).run()
        #expect(report.succeeded)
        #expect(report.pdfs == first.pdfs && report.pdfsPrinted == 0)
        for sheet in (await Self.catalog()).sheets.map(\.pdfPath) + ["werkbladen/werkboek.pdf"] {
            #expect(FileManager.default.contents(atPath: site.appendingPathComponent(sheet).path)
                        == FileManager.default.contents(atPath: again.appendingPathComponent(sheet).path), "\(sheet) differs")
        }
    }

    @Test func pagesAndGraphJSONLinkToThePDFs() async throws {
        let site = await Self.build().site
        let overview = SiteFixture.text("werkbladen/index.html", in: site)
        #expect(overview.contains("href=\"werkboek.pdf\""))
        #expect(SiteFixture.text("werkbladen/werkblad-tijdlijn.html", in: site).contains("href=\"werkblad-tijdlijn.pdf\">PDF downloaden</a>"))
        let data = try Data(contentsOf: site.appendingPathComponent("graph.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let sheets = (json["entities"] as? [[String: Any]] ?? []).filter { $0["type"] as? String == "werkblad" }
        #expect(!sheets.isEmpty)
        for sheet in sheets {
            let pdf = try #require(sheet["pdf"] as? String, "\(sheet["id"] ?? "") has no pdf")
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(pdf).path))
        }
    }
}

/// poppler-utils, run as separate processes.
enum PDFTools {
    static func available() async -> Bool { await WeasyPrint.locate() != nil && find("pdfinfo") != nil && find("pdftotext") != nil }

    struct Info {
        let raw: String
        var pages: Int { Int(field("Pages") ?? "") ?? 0 }
        var pageSize: String { field("Page size") ?? "" }
        /// 595.28 × 841.89 points.
        var isA4Portrait: Bool { pageSize.hasPrefix("595.2") && pageSize.contains("x 841.8") }
        /// 1190.55 × 841.89 points.
        var isA3Landscape: Bool { pageSize.hasPrefix("1190.5") && pageSize.contains("x 841.8") }
        private func field(_ name: String) -> String? {
            raw.split(separator: "\n").first { $0.hasPrefix(name + ":") }
                .map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) }
        }
    }

    static func info(_ pdf: URL) throws -> Info { Info(raw: try run("pdfinfo", [pdf.path])) }

    static func text(_ pdf: URL, pages: ClosedRange<Int>? = nil) throws -> String {
        var arguments: [String] = []
        if let pages { arguments += ["-f", String(pages.lowerBound), "-l", String(pages.upperBound)] }
        return try run("pdftotext", arguments + ["-enc", "UTF-8", pdf.path, "-"])
    }

    /// The size of each picture the PDF holds ("12x8"), in page order, from `pdfimages -list`.
    static func images(_ pdf: URL) throws -> [String] {
        try run("pdfimages", ["-list", pdf.path]).split(separator: "\n").dropFirst(2).map { line in
            let columns = line.split(separator: " ")
            return columns.count > 4 ? "\(columns[3])x\(columns[4])" : String(line)
        }
    }

    /// Letters and digits only, lower-cased, ligatures undone: line breaks, hyphenation at line
    /// ends, "ﬂ" for "fl" and the spacing of the PDF do not change what a reader reads.
    static func letters(_ text: String) -> String {
        String(text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars.filter(CharacterSet.alphanumerics.contains).map(Character.init))
    }

    private static func find(_ name: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: find(tool) ?? tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
