import Foundation
import Testing
@testable import Content
import TemplateEngine

/// Every message an editor reads comes from the catalogue (`Sources/Content/Messages`), in Dutch,
/// and each kind of problem has its own stable code.
@Suite struct MessageCatalogueTests {
    private static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// One example of every case of `Problem`, YAML causes included.
    static let samples: [Problem] = [
        .fileUnreadable, .fileNotUTF8, .pageOnSiteFile(id: "kaart", path: "kaart.html", what: "Kaart van de kennisbank"), .fileTooLarge(bytes: 9_000_000, limit: 8_388_608), .frontMatterTooLarge(bytes: 300_000, limit: 262_144), .linkOutsideFolder(folder: "content", target: "/etc/x.md"), .contentFolderMissing,
        .siteNotWritten(path: "site", reason: "Permission denied"), .outputNotOurs(path: "site", marker: ".spiegel-site"),
        .frontMatterMissing, .frontMatterUnclosed, .frontMatterNotKeys,
        .yaml(.tab(line: 3, text: "\t- a"), subject: .frontMatter),
        .yaml(.indentation(isItem: true, line: 4, text: " - b", neighbourLine: 3, neighbour: "  - a", expected: 2), subject: .frontMatter),
        .yaml(.indentation(isItem: false, line: 4, text: " b: 1", neighbourLine: 3, neighbour: "a: 1", expected: 0), subject: .frontMatter),
        .yaml(.colonInText(line: 3, key: "titel", value: "a: b", indent: ""), subject: .frontMatter),
        .yaml(.colonInText(line: 3, key: nil, value: "a: b", indent: "  - "), subject: .frontMatter),
        .yaml(.missingSpaceAfterDash(line: 3, text: "a"), subject: .frontMatter),
        .yaml(.missingSpaceAfterColon(line: 3, key: "titel", value: "a"), subject: .frontMatter),
        .yaml(.unclosedQuote(line: 3, quote: "\""), subject: .frontMatter),
        .yaml(.unclosedBracket(line: 3, open: "["), subject: .frontMatter),
        .yaml(.unclosedBracket(line: 3, open: "{"), subject: .configuration),
        .yaml(.other, subject: .configuration),
        .duplicateKey(keys: ["titel"], subject: .frontMatter),
        .itemIndentedIntoText(key: "stappen", previousLine: 7, indent: 4, expected: 2, text: "- b"),
        .dashInText(key: "doel", line: 5), .keyInsideText(key: "nummer", owner: "doel", indent: 2, expected: 0),
        .quoteNotClosedOnLine(quote: "'", endLine: 9), .textCutByHash(key: "titel", kept: "Stap", text: "Stap #1", lead: ""),
        .yaml(.missingDash(line: 6, text: "  begrippen", indent: 2), subject: .frontMatter),
        .yaml(.specialFirstCharacter(line: 3, key: "titel", value: "*Let op*", indent: ""), subject: .frontMatter),
        .yaml(.quoteInsideQuotes(line: 3, key: "titel", value: "\"a \"b\" c\"", indent: ""), subject: .frontMatter),
        .unknownType(name: "werkaart", nearest: "werkkaart", known: ["werkkaart"]), .questionAsType,
        .invalidID(id: "A B", example: "a-b", fileNameFallback: true), .missingKey(key: "titel", subject: "werkkaart"),
        .notText(key: "titel", found: .list), .emptyText(key: "titel"), .notWholeNumber(key: "nummer", found: .text("drie")),
        .outOfRange(key: "nummer", range: 1...8, found: 9), .notYesNo(key: "x", found: .keys),
        .unknownAudience(name: "leerling", nearest: nil, known: ["professional"]), .notList(key: "stappen", found: .alias),
        .listItemNotText(key: "stappen", found: .keys), .notRecordList(key: "polen", subject: "pool", found: .text("a")),
        .recordNotKeys(key: "polen", subject: "pool"), .notPairs(key: "waarden", found: .list), .pairNotText(key: "waarden"),
        .unknownKey(name: "jaartal", subject: "bron", nearest: nil, known: ["jaar"]),
        .questionWithoutOrigin(question: "x-1"), .originNeitherOwnNorSource(value: "Eigen!"), .placeOnOwnQuestion,
        .exampleWithoutOrigin(heading: "Een voorbeeld van ons", index: 1), .placeOnOwnExample,
        .exampleHeadingNotFound(heading: "Casus", nearest: nil, headings: ["Aanleiding"]),
        .exampleHeadingWithoutOrigin(heading: "Een voorbeeld"),
        .questionWithoutAudience, .unknownOverview(name: "x", nearest: nil, known: ["werkkaart"]), .worksheetWithoutBlocks,
        .blockWithSeveralContents(keys: ["vragen", "polen"], found: ["vragen", "polen"]), .emptyBlock(keys: ["vragen"]),
        .writingSpaceMisplaced, .blockNamesSeveralIDs(key: "polen", count: 2), .poleCount(found: 3),
        .notClockTime(text: "half twee"), .meetingMinutesDoNotAddUp(parts: 45, duration: 60),
        .unknownLead(name: "x", nearest: nil, known: ["facilitator"]),
        .unknownDrawingSheet(name: "tijdlijnn", nearest: "tijdlijn", known: ["tijdlijn", "geno-sociogram"]),
        .meetingPartWithSeveralSources(keys: ["werkkaart", "fase"], found: ["werkkaart", "fase"]),
        .meetingPartWithoutSource(keys: ["werkkaart"]), .questionNotOfPart(question: "a-1", part: "b", parent: "a"),
        .handbookChapterNotPage(type: "bron"), .duplicateID(id: "a", otherFile: "b.md", otherLine: 2, isPart: true),
        .overviewTwice(type: "bron", otherFile: "b.md"), .drawingSheetTwice(sheet: "tijdlijn", otherFile: "b.md"),
        .idOfGeneratedWorksheet(id: "werkblad-a", owner: nil),
        .reservedWorksheetName(id: "werkboek"), .unknownReference(key: "herkomst", id: "x", nearest: nil, isOrigin: true),
        .wrongReferenceType(key: "bronnen", id: "a", type: "werkkaart", allowed: ["bron"], nearest: nil, isOrigin: false),
        .missingAnchor(anchor: "x", page: "a", nearest: nil, anchors: []),
        .unknownDimensionValue(dimension: "d", value: "v", nearest: nil, values: ["w"]),
        .quadrantMissesDimension(quadrant: "k1", dimension: "d"), .blockNamesNoID(key: "vragen"),
        .blockUnknownID(key: "vragen", id: "x", wanted: "vraag", nearest: nil),
        .blockWrongType(key: "stappen", id: "x", type: "bron", wanted: "werkkaart", nearest: nil),
        .noQuestionsForSheet(id: "a"), .cardWithoutSteps(id: "a"), .cardWithoutPreparation(id: "a"),
        .linkFromDiskRoot(destination: "/a.md"), .linkLeavesContent(destination: "../../a.md"), .linkNotMarkdown(destination: "a", allowed: ["png"]),
        .brokenLink(target: "a.md", nearest: nil), .linkToDraft(id: "a", file: "content/a.md"),
        .reuseWithoutItem(page: "a", items: ["stappen"]), .unknownReuseItem(page: "a", item: "b", nearest: nil, items: []),
        .reuseOfItself(page: "a"), .reuseNotAlone(destination: "a.md"), .reuseNotAPage(destination: "a.pdf"),
        .attachmentKindNotAllowed(destination: "a.exe", extension: "exe", allowed: ["png", "pdf"]),
        .hiddenAttachment(destination: ".geheim.txt"), .attachmentOnSiteFile(path: "werkbladen/werkblad-a.pdf", worksheet: "A"),
        .handbookFileOnSiteFile(path: "handleiding/a.png", other: "content/handleiding/a.png"),
        .twoFilesOnOnePath(path: "handleiding/index.html", other: nil), .twoFilesOnOnePath(path: "a.html", other: "content/oud/a.md"),
        .imageWithoutAlt(destination: "a.png", marker: "decoratief"), .imageNotPicture(destination: "a.pdf", kind: "pdf", pictures: ["png"]),
        .svgWithScript(element: "een <script>"), .largeAttachment(bytes: 6_000_000, limit: 5_242_880),
        .notReadAsMarkdown(name: "a.MD", expected: "a.md"), .sourceNotCited(id: "a"), .orphanPage(id: "a"), .longParagraph(characters: 2000),
        .templatesFolderMissing, .templateNotUTF8, .template(.closesUnopened(name: "b")),
        .template(.closesOther(name: "a", open: "b", line: 2, column: 1)), .template(.sectionNeverClosed(name: "a")),
        .template(.tagNeverClosed(end: "}}")), .template(.tagWithoutName), .template(.nameWithSpaces("a b")),
        .template(.notPartialName("a b")), .template(.badDelimiters("<%")), .template(.dynamicPartial),
        .template(.inheritance), .template(.pragma), .template(.transform("x(y)")), .templateMissing(name: "bron"),
        .configurationNotUTF8, .configurationNotKeys, .settingNotText, .unknownSetting(name: "naaam", nearest: "naam", known: ["naam"]),
        .layer(.folderMissing(key: "inhoud", folder: "gedeeld/content")), .layer(.notTextList(key: "verbergen")),
        .layer(.replacementChangesType(id: "a", type: "pagina", originalType: "werkkaart", originalFile: "gedeeld/content/a.md", originalLine: 2)),
        .layer(.hiddenStillNamed(id: "a", hiddenAt: "spiegel.yml:4:5")), .layer(.hiddenUnknown(id: "a", nearest: nil)),
        .layer(.partialMissing(template: "layout", templateFile: "templates/layout.mustache", partial: "partials/logo")),
        .colourReadAsComment(key: "hoofdkleur"), .colourNotHex(key: "hoofdkleur", text: "paars"),
        .lowContrast(key: "hoofdkleur", colour: "#7fb3d5", background: "#fbfaf7", surface: .page, dark: false, isText: true,
                     ratio: 2.04, minimum: 4.5, suggestion: "#4c6b80"),
        .logoMissing(path: "huisstijl/logo.svg"), .logoNotPicture(path: "logo.txt", allowed: ["svg", "png"]),
        .fontNotFamilyList(text: "Georgia; }"),
        .weasyPrintMissing, .pdfNotPrinted(path: "werkbladen/x.pdf", reason: "pikepdf ontbreekt"), .weasyPrintTooOld(version: "WeasyPrint 54"),
    ]

    /// Words that give away an English message.
    private static let english = [" the ", "the ", " is not ", " must ", " missing ", "did you mean", " found ", " cannot ",
                                  " should ", " has no ", "unknown ", " use ", " write ", " add ", " or ", " and "]

    @Test func everyKindOfProblemHasASampleAndSpeaksDutch() throws {
        let catalogue = try String(contentsOf: Self.sources.appendingPathComponent("Content/Messages/Problem.swift"), encoding: .utf8)
        let declared = Set(catalogue.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("    case ") else { return nil }
            return String(line.dropFirst(9).prefix { $0.isLetter || $0.isNumber })
        })
        let sampled = Set(Self.samples.map { String(String(describing: $0).prefix { $0 != "(" }) })
        let problemCases = declared.subtracting(["text", "list", "keys", "alias", "frontMatter", "configuration"])
        #expect(sampled == problemCases, "no sample for \(problemCases.subtracting(sampled).sorted())")
        for sample in Self.samples {
            let text = " " + sample.message.lowercased() + " " + (sample.hint?.lowercased() ?? "") + " "
            let words = Self.english.filter { text.contains($0) && !sample.message.contains("{{") }
            #expect(words.isEmpty, "\(sample.code) reads English (\(words)): \(sample.message) / \(sample.hint ?? "")")
        }
    }

    /// One example of every line the commands and the preview print.
    static let notices: [Notice] = [
        .tally(errors: 1, warnings: 2), .checkClean(items: 120, seconds: 0.04), .draftsLeftOut(files: ["content/a.md"]),
        .buildFailed(errors: 2, output: "site", siteWritten: true), .buildFailed(errors: 1, output: "site", siteWritten: false),
        .built(pages: 120, files: 130, pdfs: 14, printed: 3, output: "site", seconds: 1.2), .stageTime(stage: "render", seconds: 0.5, cpu: 0.9),
        .wrongUse(.unknownOption("--x")), .wrongUse(.unexpectedArgument("bouw")), .wrongUse(.missingArgument("<type>")),
        .wrongUse(.invalidValue(value: "xml", option: "--format <format>")), .wrongUseHelp("--format <format>  text of json."),
        .wrongUseUsage("spiegel check [--strict]"), .wrongUseMoreHelp("spiegel check --help"),
        .itemsRead(120), .searchOff, .pagesRendered(120), .printingPDFs(count: 14, printer: "WeasyPrint 65"),
        .questionIsNoFile(title: "Wat zien we?"), .unknownType(name: "werkaart", known: ["werkkaart"]), .emptyTitle,
        .fileExists(path: "content/a.md", type: "werkkaart"), .cannotWrite(path: "content/a.md", reason: "Permission denied"),
        .previewProgramMissing, .cannotStart(program: "spiegel-preview", reason: "No such file"),
        .cannotListen(address: "127.0.0.1", reason: "EADDRINUSE"), .previewStopped(reason: "EADDRINUSE"),
        .previewListening(url: "http://127.0.0.1:8080/"), .previewHasErrors(errors: []),
        .previewBuilt(rendered: 3, files: 130, changed: 2, milliseconds: 40),
        .previewRebuilt(after: ["content/a.md"], fixed: true, rendered: 3, files: 130, changed: 2, milliseconds: 40),
        .stageTimes([("render", 12)]),
    ]

    @Test func everyNoticeHasASampleAndSpeaksDutch() throws {
        let catalogue = try String(contentsOf: Self.sources.appendingPathComponent("Content/Messages/Notice.swift"), encoding: .utf8)
        let declared = Set(catalogue.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("    case ") else { return nil }
            return String(line.dropFirst(9).prefix { $0.isLetter || $0.isNumber })
        })
        let sampled = Set(Self.notices.map { String(String(describing: $0).prefix { $0 != "(" }) })
        #expect(sampled == declared, "no sample for \(declared.subtracting(sampled).sorted())")
        for notice in Self.notices {
            let text = " " + notice.text.lowercased() + " "
            let words = Self.english.filter { text.contains($0) }
            #expect(words.isEmpty, "\(notice) reads English (\(words)): \(notice.text)")
        }
        #expect(Notice.tally(errors: 1, warnings: 2).text == "1 fout, 2 waarschuwingen")
        // `--verbose` says how many cores a stage kept busy: processor time beside the clock's.
        #expect(Notice.stageTime(stage: "read front matter", seconds: 0.135, cpu: 0.27).text == "koppen lezen: 0,135 s (rekentijd 0,270 s)")
        #expect(Notice.checkClean(items: 120, seconds: 0.04).text == "geen problemen: 120 pagina's, kaarten en vragen gecontroleerd in 0,04 s")
    }

    @Test func codesAreStableKebabCaseAndOnePerKind() {
        #expect(Problem.fileNotUTF8.code == "file-not-utf8")
        #expect(Problem.duplicateID(id: "a", otherFile: "b", otherLine: 1, isPart: false).code == "duplicate-id")
        #expect(Problem.yaml(.tab(line: 1, text: ""), subject: .frontMatter).code == "yaml-tab")
        let kinds = Dictionary(grouping: Self.samples, by: \.code)
        for (code, problems) in kinds {
            #expect(code.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(code)")
            // One code per case, except the YAML causes, which have a code each.
            let cases = Set(problems.map { String(String(describing: $0).prefix { $0 != "(" }) })
            #expect(cases.count == 1, "\(code) names \(cases)")
        }
    }

    /// Diagnostics can only be made from a `Problem`; the commands' and the preview's own lines
    /// only from a `Notice`, their help from `CommandHelp`. Nothing in the sources may hand them a
    /// text of its own.
    @Test func noMessageIsWrittenOutsideTheCatalogue() throws {
        let patterns = [
            #"message:\s*""#, #"hint:\s*""#, #"\.error\(\s*""#, #"\.summary\(\s*""#, #"\.progress\(\s*""#,
            #"\blog\(\s*""#, #"ValidationError\(\s*""#, #"\bprint\(\s*""#,
            #"help:\s*""#, #"abstract:\s*""#, #"discussion:\s*""#,
        ].map { try! NSRegularExpression(pattern: $0) }
        // The fuzzer is a developer's tool; a PDF printer's failure
        // carries the printer's own output (and reaches the editor as `Problem.siteNotWritten`);
        // the catalogue itself is where the texts belong.
        let exempt = ["Content/Messages/", "CommandLineSupport/CommandHelp.swift", "spiegel-fuzz/",
                      "Site/ExternalPrograms/"]
        var offenders: [String] = []
        let files = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)!
        for case let url as URL in files where url.pathExtension == "swift" {
            let relative = String(url.path.dropFirst(Self.sources.path.count + 1))
            guard !exempt.contains(where: relative.hasPrefix) else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                let range = NSRange(line.startIndex..., in: line)
                if patterns.contains(where: { $0.firstMatch(in: String(line), range: range) != nil }) {
                    offenders.append("\(relative):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(offenders.isEmpty, "messages outside the catalogue:\n\(offenders.joined(separator: "\n"))")
    }
}
