/// A worksheet an editor or trainer composes for one session (`type: werkblad`). It names the
/// questions and blocks it carries by id instead of copying them, so it stays in step with the
/// pages they come from.
public struct ComposedWorksheet: Sendable {
    /// What the session is for, in a sentence: shown on the sheet and on the overview.
    public var purpose: String
    /// Whom the sheet addresses; when absent, the audiences of its questions.
    public var audience: Audience?
    public var blocks: [WorksheetBlock]

    static func read(_ r: inout FrontMatterReader) -> ComposedWorksheet {
        let purpose = r.string("doel", required: true) ?? ""
        let audience = r.audience("doelgroep")
        let blocksNode = r.node("blokken", required: true)
        let blocks = r.records("blokken", subject: "blok", required: false) { WorksheetBlock.read(&$0) }
        if let blocksNode, blocks.isEmpty, case .sequence(let list) = blocksNode, list.isEmpty {
            r.error(r.location(of: blocksNode), "a werkblad needs at least one block",
                    hint: "add for example '- vragen: [doorgaan-en-vertragen-1]' under 'blokken:'")
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

    /// The keys that say what a block is; a block has exactly one of them, or only `schrijfruimte`.
    static let kindKeys = ["vragen", "polen", "stappen", "voorbereiding", "fasen", "plateauraster", "tekst"]

    static func read(_ b: inout FrontMatterReader) -> WorksheetBlock? {
        let heading = b.string("titel")
        let lines = b.int("schrijfruimte", in: 1...30)
        let present = kindKeys.filter { b.node($0) != nil }
        guard present.count <= 1 else {
            b.error(b.location, "a block has one of \(kindKeys.joined(separator: ", ")); this one has \(present.joined(separator: " and "))",
                    hint: "start a new block ('- …') for each of them")
            return nil
        }
        let content: Content
        switch present.first {
        case "vragen": content = .questions(b.references("vragen"))
        case "polen": guard let id = single(&b, "polen") else { return nil }; content = .poles(id)
        case "stappen": guard let id = single(&b, "stappen") else { return nil }; content = .steps(id)
        case "voorbereiding": guard let id = single(&b, "voorbereiding") else { return nil }; content = .preparation(id)
        case "fasen": content = .phaseParts(b.references("fasen"))
        case "plateauraster": content = .plateauGrid(b.references("plateauraster"))
        case "tekst": content = .text(b.string("tekst") ?? "")
        default:
            guard lines != nil else {
                b.error(b.location, "this block says nothing to put on the sheet",
                        hint: "give it one of: \(kindKeys.joined(separator: ", ")), or 'schrijfruimte: 6' for a box to write in")
                return nil
            }
            content = .writingSpace
        }
        if lines != nil, !present.isEmpty, !["vragen", "tekst"].contains(present[0]), let node = b.node("schrijfruimte") {
            b.error(b.location(of: node), "'schrijfruimte' goes with 'vragen', with 'tekst', or in a block of its own",
                    hint: "put 'schrijfruimte: …' in a new block below this one")
        }
        return WorksheetBlock(content: content, heading: heading, lines: lines, location: b.location)
    }

    /// One id, where a list of one is also accepted.
    private static func single(_ b: inout FrontMatterReader, _ key: String) -> Reference? {
        let ids = b.references(key)
        guard ids.count == 1 else {
            b.error(ids.dropFirst().first?.location ?? b.location, "'\(key)' names one id, found \(ids.count)",
                    hint: "make a block per id")
            return nil
        }
        return ids[0]
    }
}
