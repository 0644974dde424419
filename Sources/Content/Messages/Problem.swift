import TemplateEngine

/// Every kind of problem Spiegel reports about content, templates and configuration: the one
/// catalogue a `Diagnostic` is made from. A case holds the facts; `Problem+Dutch.swift` says them
/// to an editor (with the texts by kind in the `Problem+Dutch<Kind>.swift` files beside it), and
/// `code` names the kind for scripts (`spiegel check --format json`), so that the wording can
/// change, or a second language be added, without breaking them.
public enum Problem: Sendable, Equatable {
    // Reading files.
    case fileUnreadable
    case fileNotUTF8
    case fileTooLarge(bytes: Int, limit: Int)
    case frontMatterTooLarge(bytes: Int, limit: Int)
    case linkOutsideFolder(folder: String, target: String)
    case contentFolderMissing
    case siteNotWritten(path: String, reason: String)
    case outputNotOurs(path: String, marker: String)

    // The front matter as a whole.
    case frontMatterMissing
    case frontMatterUnclosed
    case frontMatterNotKeys
    case yaml(YAMLCause, subject: YAMLSubject)
    case duplicateKey(keys: [String], subject: YAMLSubject)

    // Silent slips: valid YAML that probably does not say what the editor meant.
    case itemIndentedIntoText(key: String, previousLine: Int, indent: Int, expected: Int, text: String)
    case dashInText(key: String, line: Int)
    case keyInsideText(key: String, owner: String, indent: Int, expected: Int)
    case quoteNotClosedOnLine(quote: Character, endLine: Int)
    case textCutByHash(key: String?, kept: String, text: String, lead: String)

    // One key's value.
    case unknownType(name: String, nearest: String?, known: [String])
    case questionAsType
    case invalidID(id: String, example: String, fileNameFallback: Bool)
    case missingKey(key: String, subject: String)
    case notText(key: String, found: YAMLShape)
    case emptyText(key: String)
    case notWholeNumber(key: String, found: YAMLShape)
    case outOfRange(key: String, range: ClosedRange<Int>, found: Int)
    case notYesNo(key: String, found: YAMLShape)
    case unknownAudience(name: String, nearest: String?, known: [String])
    case notList(key: String, found: YAMLShape)
    case listItemNotText(key: String, found: YAMLShape)
    case notRecordList(key: String, subject: String, found: YAMLShape)
    case recordNotKeys(key: String, subject: String)
    case notPairs(key: String, found: YAMLShape)
    case pairNotText(key: String)
    case unknownKey(name: String, subject: String, nearest: String?, known: [String])

    // Questions.
    case questionWithoutOrigin(question: String)
    case originNeitherOwnNorSource(value: String)
    case placeOnOwnQuestion
    case questionWithoutAudience

    // Examples and cases (`voorbeelden:`).
    case exampleWithoutOrigin(heading: String?, index: Int)
    case placeOnOwnExample
    case exampleHeadingNotFound(heading: String, nearest: String?, headings: [String])
    case exampleHeadingWithoutOrigin(heading: String)

    // Per type.
    case unknownOverview(name: String, nearest: String?, known: [String])
    case worksheetWithoutBlocks
    case blockWithSeveralContents(keys: [String], found: [String])
    case emptyBlock(keys: [String])
    case writingSpaceMisplaced
    case blockNamesSeveralIDs(key: String, count: Int)
    case poleCount(found: Int)
    case notClockTime(text: String)
    case meetingMinutesDoNotAddUp(parts: Int, duration: Int)
    case unknownLead(name: String, nearest: String?, known: [String])
    case unknownDrawingSheet(name: String, nearest: String?, known: [String])
    case meetingPartWithSeveralSources(keys: [String], found: [String])
    case meetingPartWithoutSource(keys: [String])
    case questionNotOfPart(question: String, part: String, parent: String?)
    case handbookChapterNotPage(type: String)

    // Relations across the site.
    case duplicateID(id: String, otherFile: String, otherLine: Int, isPart: Bool)
    case overviewTwice(type: String, otherFile: String)
    case drawingSheetTwice(sheet: String, otherFile: String)
    case idOfGeneratedWorksheet(id: String, owner: String?)
    case reservedWorksheetName(id: String)
    case unknownReference(key: String, id: String, nearest: String?, isOrigin: Bool)
    case wrongReferenceType(key: String, id: String, type: String, allowed: [String], nearest: String?, isOrigin: Bool)
    case missingAnchor(anchor: String, page: String, nearest: String?, anchors: [String])
    case unknownDimensionValue(dimension: String, value: String, nearest: String?, values: [String])
    case quadrantMissesDimension(quadrant: String, dimension: String)
    case blockNamesNoID(key: String)
    case blockUnknownID(key: String, id: String, wanted: String, nearest: String?)
    case blockWrongType(key: String, id: String, type: String, wanted: String, nearest: String?)
    case noQuestionsForSheet(id: String)
    case cardWithoutSteps(id: String)
    case cardWithoutPreparation(id: String)

    // Links in the text.
    case linkFromDiskRoot(destination: String)
    case linkLeavesContent(destination: String)
    case linkNotMarkdown(destination: String, allowed: [String])
    case brokenLink(target: String, nearest: String?)
    /// A published page points at a draft (`concept: ja`), which the site leaves out.
    case linkToDraft(id: String, file: String)

    // Items of other pages shown in a body (`Reuse`).
    case reuseWithoutItem(page: String, items: [String])
    case unknownReuseItem(page: String, item: String, nearest: String?, items: [String])
    case reuseOfItself(page: String)
    case reuseNotAlone(destination: String)
    case reuseNotAPage(destination: String)

    // Pictures and attachments beside the Markdown.
    case attachmentKindNotAllowed(destination: String, extension: String, allowed: [String])
    case hiddenAttachment(destination: String)
    case attachmentOnSiteFile(path: String, worksheet: String?)
    case imageWithoutAlt(destination: String, marker: String)
    case imageNotPicture(destination: String, kind: String, pictures: [String])
    case svgWithScript(element: String)
    case largeAttachment(bytes: Int, limit: Int)
    case pageOnSiteFile(id: String, path: String, what: String)
    case handbookFileOnSiteFile(path: String, other: String)
    /// Two files of the site on one path, which no check before rendering caught; `other` is the
    /// source of the second, nil when Spiegel makes it itself.
    case twoFilesOnOnePath(path: String, other: String?)
    case notReadAsMarkdown(name: String, expected: String)

    // Warnings about the reader's experience.
    case sourceNotCited(id: String)
    case orphanPage(id: String)
    case longParagraph(characters: Int)

    // Templates and configuration.
    case templatesFolderMissing
    case templateNotUTF8
    case template(TemplateError.Kind)
    case templateMissing(name: String)
    case configurationNotUTF8
    case configurationNotKeys
    case settingNotText
    case unknownSetting(name: String, nearest: String?, known: [String])
    case colourReadAsComment(key: String)
    case colourNotHex(key: String, text: String)
    case lowContrast(key: String, colour: String, background: String, surface: LookSurface, dark: Bool, isText: Bool,
                     ratio: Double, minimum: Double, suggestion: String?)
    case logoMissing(path: String)
    case logoNotPicture(path: String, allowed: [String])
    case fontNotFamilyList(text: String)

    // Layers of content and templates.
    case layer(LayerProblem)

    // PDFs.
    case weasyPrintMissing
    case weasyPrintTooOld(version: String)
    case pdfNotPrinted(path: String, reason: String)

    public var severity: Diagnostic.Severity {
        switch self {
        case .itemIndentedIntoText, .dashInText, .keyInsideText, .quoteNotClosedOnLine, .textCutByHash, .meetingMinutesDoNotAddUp,
             .placeOnOwnQuestion, .placeOnOwnExample, .questionWithoutAudience, .sourceNotCited, .orphanPage, .longParagraph,
             .weasyPrintTooOld, .frontMatterMissing, .largeAttachment, .notReadAsMarkdown:
            .warning
        default:
            .error
        }
    }

    /// The case's name in kebab case ("unknown-key"), and for a YAML problem its cause
    /// ("yaml-tab"): stable for scripts, whatever the wording.
    public var code: String {
        if case .yaml(let cause, _) = self { return "yaml-" + Self.kebab(cause.name) }
        if case .template(let kind) = self { return "template-" + Self.kebab(String(String(describing: kind).prefix { $0 != "(" })) }
        if case .layer(let problem) = self { return "layer-" + Self.kebab(String(String(describing: problem).prefix { $0 != "(" })) }
        let name = String(describing: self)
        return Self.kebab(String(name.prefix { $0 != "(" }))
    }

    static func kebab(_ camel: String) -> String {
        // A hyphen where a capital follows a small letter: "fileNotUTF8" is "file-not-utf8".
        var out = ""
        var previous: Character?
        for character in camel {
            if character.isUppercase, previous?.isLowercase == true { out += "-" }
            out += character.lowercased()
            previous = character
        }
        return out
    }
}

/// What a key held instead of what it should, as the editor would see it.
public enum YAMLShape: Sendable, Equatable {
    case text(String)
    case list
    case keys
    case alias
}

/// Which YAML text a problem is in.
public enum YAMLSubject: Sendable, Equatable {
    case frontMatter
    case configuration
}
