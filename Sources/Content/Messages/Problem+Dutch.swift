/// What each problem says to an editor, in Dutch: the words of the content (pagina, werkkaart,
/// sleutel, lijst, kop), not those of the code (entity, mapping, front matter).
///
/// The texts stand by kind of problem in `Problem+Dutch<Kind>.swift`; this is where a message is
/// looked up, and the one place a second language would be chosen.
extension Problem {
    public var message: String { dutch.message }
    public var hint: String? { dutch.hint }

    /// Sends each case to its kind. The compiler holds this switch to every case; a kind's own
    /// switch cannot be, so `MessageCatalogueTests`, which reads a sample of every case, catches a
    /// case sent to the wrong kind.
    private var dutch: (message: String, hint: String?) {
        switch self {
        case .fileUnreadable, .fileNotUTF8, .fileTooLarge, .frontMatterTooLarge, .linkOutsideFolder, .contentFolderMissing,
             .siteNotWritten, .outputNotOurs, .attachmentKindNotAllowed, .hiddenAttachment, .attachmentOnSiteFile,
             .imageWithoutAlt, .imageNotPicture, .svgWithScript, .pageOnSiteFile, .handbookFileOnSiteFile,
             .twoFilesOnOnePath, .largeAttachment, .notReadAsMarkdown, .weasyPrintMissing, .pdfNotPrinted, .weasyPrintTooOld:
            dutchAboutFiles
        case .frontMatterMissing, .frontMatterUnclosed, .frontMatterNotKeys, .yaml, .duplicateKey, .itemIndentedIntoText,
             .dashInText, .keyInsideText, .quoteNotClosedOnLine, .textCutByHash, .unknownType, .questionAsType, .invalidID,
             .missingKey, .notText, .emptyText, .notWholeNumber, .outOfRange, .notYesNo, .unknownAudience, .notList,
             .listItemNotText, .notRecordList, .recordNotKeys, .notPairs, .pairNotText, .unknownKey:
            dutchAboutFrontMatter
        case .questionWithoutOrigin, .originNeitherOwnNorSource, .placeOnOwnQuestion, .questionWithoutAudience,
             .exampleWithoutOrigin, .placeOnOwnExample, .exampleHeadingNotFound, .exampleHeadingWithoutOrigin,
             .unknownOverview, .worksheetWithoutBlocks, .blockWithSeveralContents, .emptyBlock, .writingSpaceMisplaced,
             .blockNamesSeveralIDs, .notClockTime, .meetingMinutesDoNotAddUp, .unknownLead, .unknownDrawingSheet,
             .meetingPartWithSeveralSources, .meetingPartWithoutSource, .questionNotOfPart, .poleCount, .handbookChapterNotPage:
            dutchAboutTypes
        case .duplicateID, .overviewTwice, .drawingSheetTwice, .idOfGeneratedWorksheet, .reservedWorksheetName,
             .unknownReference, .wrongReferenceType, .missingAnchor, .unknownDimensionValue, .quadrantMissesDimension, .blockNamesNoID,
             .blockUnknownID, .blockWrongType, .noQuestionsForSheet, .cardWithoutSteps, .cardWithoutPreparation,
             .sourceNotCited, .orphanPage, .longParagraph:
            dutchAboutRelations
        case .linkFromDiskRoot, .linkLeavesContent, .linkNotMarkdown, .brokenLink, .reuseWithoutItem, .unknownReuseItem,
             .reuseOfItself, .reuseNotAlone, .reuseNotAPage, .linkToDraft:
            dutchAboutLinks
        case .templatesFolderMissing, .templateNotUTF8, .template, .templateMissing:
            dutchAboutTemplates
        case .configurationNotUTF8, .configurationNotKeys, .settingNotText, .unknownSetting, .colourReadAsComment,
             .colourNotHex, .lowContrast, .logoMissing, .logoNotPicture, .fontNotFamilyList:
            dutchAboutConfiguration
        case .layer(let problem):
            problem.dutch
        }
    }
}
