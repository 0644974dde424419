/// A worksheet an editor or trainer composes for one session (`type: werkblad`). It names the
/// questions and blocks it carries by id instead of copying them, so it stays in step with the
/// pages they come from.
public struct ComposedWorksheet: Sendable {
    /// What the session is for, in a sentence: shown on the sheet and on the overview.
    public var purpose: String
    /// Whom the sheet addresses; when absent, the audiences of its questions.
    public var audience: Audience?
    public var blocks: [WorksheetBlock]

    /// The keys of a werkblad, after the common ones.
    enum Fields {
        static let purpose = FieldSchema("doel", .text, required: true, "Waar het werkblad voor is, in een of twee zinnen.",
                                         placeholder: "Schrijf hier waar dit werkblad voor is.")
        static let audience = FieldSchema("doelgroep", .audience, "Voor wie het werkblad is: professional, bestuurder of iedereen.")
        static let blocks = FieldSchema("blokken", .records(subject: "blok", fields: WorksheetBlock.Fields.all), required: true,
                                        "De onderdelen van het werkblad, van boven naar beneden; elk blok heeft één soort inhoud.")
        static let all = [purpose, audience, blocks]
    }

    static let schema = EntitySchema(
        type: .worksheet, explanation: "Een werkblad voor één sessie, samengesteld uit vragen en onderdelen van andere pagina's.",
        fields: Fields.all)

    static func read(_ r: inout FrontMatterReader) -> ComposedWorksheet {
        let purpose = r.string(Fields.purpose) ?? ""
        let audience = r.audience(Fields.audience)
        let blocksNode = r.node(Fields.blocks)
        let blocks = r.records(Fields.blocks) { WorksheetBlock.read(&$0) }
        if let blocksNode, blocks.isEmpty, case .sequence(let list) = blocksNode, list.isEmpty {
            r.report(r.location(of: blocksNode), .worksheetWithoutBlocks)
        }
        return ComposedWorksheet(purpose: purpose, audience: audience, blocks: blocks)
    }
}

/// One part of a composed worksheet, in the order the editor wrote it.
public struct WorksheetBlock: Sendable {
    public enum Content: Sendable {
        /// `vragen`: question ids, or the id of a page whose questions all go on the sheet.
        case questions([Reference])
        /// `polen`: a tension field's two poles as a line to mark.
        case poles(Reference)
        /// `stappen`: a work card's steps.
        case steps(Reference)
        /// `voorbereiding`: a work card's preparation checklist.
        case preparation(Reference)
        /// `fasen`: the subcategories of these phases, to tick what the group recognises.
        case phaseParts([Reference])
        /// `plateauraster`: organisation areas × plateaus, to mark position and ambition.
        case plateauGrid([Reference])
        /// `tekst`: the editor's own words; with `schrijfruimte` it becomes a prompt with room to write.
        case text(String)
        /// `schrijfruimte` on its own: a box to write in.
        case writingSpace
    }

    public var content: Content
    /// `titel`: a heading above the block.
    public var heading: String?
    /// `schrijfruimte`: lines of writing room (per question for `vragen`).
    public var lines: Int?
    public var location: SourceLocation

    /// Every id the block names, with where it was written.
    public var references: [Reference] {
        switch content {
        case .questions(let ids), .phaseParts(let ids), .plateauGrid(let ids): ids
        case .poles(let id), .steps(let id), .preparation(let id): [id]
        case .text, .writingSpace: []
        }
    }

    /// The keys of one block under `blokken:`.
    enum Fields {
        static let text = FieldSchema("tekst", .text, "Een eigen tekst, bijvoorbeeld een opdracht voor de groep.",
                                      placeholder: "Schrijf hier een opdracht voor de groep.")
        static let heading = FieldSchema("titel", .text, "Een kop boven het blok.")
        static let questions = FieldSchema("vragen", .ids(nil), "Vragen op id, of een spanningsveld, werkkaart of pagina voor al haar vragen.")
        static let poles = FieldSchema("polen", .ids(.tensionField), "Eén spanningsveld: de lijn tussen zijn twee polen.")
        static let steps = FieldSchema("stappen", .ids(.workCard), "Eén werkkaart: haar stappen.")
        static let preparation = FieldSchema("voorbereiding", .ids(.workCard), "Eén werkkaart: haar voorbereiding als afvinklijst.")
        static let phases = FieldSchema("fasen", .ids(nil), "Fasen of onderdelen van fasen om te herkennen.")
        static let plateauGrid = FieldSchema("plateauraster", .ids(nil), "Organisatiegebieden voor het raster van plateaus (leeg: alle).")
        static let writingSpace = FieldSchema("schrijfruimte", .number(1...30), "Regels schrijfruimte, per vraag of als eigen blok.")
        static let all = [text, heading, questions, poles, steps, preparation, phases, plateauGrid, writingSpace]
        /// The keys that say what a block is; a block has exactly one of them, or only `schrijfruimte`.
        static let content = [questions, poles, steps, preparation, phases, plateauGrid, text]
    }

    /// The content keys as the messages list them.
    private static let contentKeys = Fields.content.map(\.key)

    static func read(_ b: inout FrontMatterReader) -> WorksheetBlock? {
        let heading = b.string(Fields.heading)
        let lines = b.int(Fields.writingSpace)
        let present = Fields.content.filter { b.node($0) != nil }
        guard present.count <= 1 else {
            b.report(b.location, .blockWithSeveralContents(keys: contentKeys, found: present.map(\.key)))
            return nil
        }
        let content: Content
        switch present.first?.key {
        case Fields.questions.key: content = .questions(b.references(Fields.questions))
        case Fields.poles.key: guard let id = b.singleReference(Fields.poles) else { return nil }; content = .poles(id)
        case Fields.steps.key: guard let id = b.singleReference(Fields.steps) else { return nil }; content = .steps(id)
        case Fields.preparation.key: guard let id = b.singleReference(Fields.preparation) else { return nil }; content = .preparation(id)
        case Fields.phases.key: content = .phaseParts(b.references(Fields.phases))
        case Fields.plateauGrid.key: content = .plateauGrid(b.references(Fields.plateauGrid))
        case Fields.text.key: content = .text(b.string(Fields.text) ?? "")
        default:
            guard lines != nil else {
                b.report(b.location, .emptyBlock(keys: contentKeys))
                return nil
            }
            content = .writingSpace
        }
        if lines != nil, let kind = present.first, kind.key != Fields.questions.key, kind.key != Fields.text.key,
           let node = b.node(Fields.writingSpace) {
            b.report(b.location(of: node), .writingSpaceMisplaced)
        }
        return WorksheetBlock(content: content, heading: heading, lines: lines, location: b.location)
    }
}
