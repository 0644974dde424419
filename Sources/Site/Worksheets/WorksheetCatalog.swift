import Content

/// Every worksheet of the site: one per tension field and work card, one per model (plateaus,
/// Kenis's quadrants, phases), and the ones editors composed. Derived from the graph on every
/// build, so a sheet never falls behind the page it comes from.
struct WorksheetCatalog: Sendable {
    let sheets: [Worksheet]
    private let byHome: [String: [Int]]

    init(graph: ContentGraph, strings: UIStrings) {
        let make = SheetMaker(graph: graph, strings: strings)
        var sheets = graph.entities(of: .tensionField).compactMap(make.tensionFieldSheet)
        sheets += graph.entities(of: .workCard).compactMap(make.workCardSheet)
        sheets += [make.plateauSheet(), make.quadrantSheet(), make.phaseSheet()].compactMap { $0 }
        sheets += make.drawingSheets()
        sheets += graph.entities(of: .worksheet).compactMap(make.composedSheet)
        self.sheets = sheets

        // Which pages link to which sheet: its home page and the pages around it, then every
        // page whose content a composed sheet carries.
        var byHome: [String: [Int]] = [:]
        for (index, sheet) in sheets.enumerated() {
            var pages: [String] = []
            if let home = sheet.home { pages.append(home.id) }
            switch sheet.id {
            case GeneratedWorksheetIDs.plateaus: pages += (graph.entities(of: .plateau) + graph.entities(of: .organisationArea)).map(\.id)
            case GeneratedWorksheetIDs.quadrants: pages += (graph.entities(of: .quadrant) + graph.entities(of: .dimension)).map(\.id)
            case GeneratedWorksheetIDs.phases: pages += graph.entities(of: .phase).map(\.id)
            default: break
            }
            if sheet.origin == .composed {
                pages += sheet.carries.compactMap { graph.entity($0) }.map { $0.parent ?? $0.id }
            }
            var seen = Set<String>()
            for page in pages where seen.insert(page).inserted { byHome[page, default: []].append(index) }
        }
        self.byHome = byHome
    }

    /// The sheets a page links to: its own first, then composed sheets that carry its content.
    func sheets(linkedFrom entityID: String) -> [Worksheet] {
        (byHome[entityID] ?? []).map { sheets[$0] }
    }

    func sheet(_ id: String) -> Worksheet? { sheets.first { $0.id == id } }
}

/// Turns one part of the graph into a worksheet. Kept apart from the catalog so each kind of
/// sheet reads as one function.
struct SheetMaker {
    let graph: ContentGraph
    let strings: UIStrings

    func tensionFieldSheet(_ field: Entity) -> Worksheet? {
        guard case .tensionField(let tension) = field.kind, tension.poles.count == 2 else { return nil }
        let questions = questionsShown(on: field)
        var blocks: [SheetBlock] = [.poles(field: field, left: tension.poles[0], right: tension.poles[1])]
        // Grouped by audience, so a mixed group can split the sheet between them.
        let lines = Worksheet.writingLines(forQuestions: questions.count)
        for audience in [Audience.everyone, .professional, .director] {
            let group = questions.filter { Self.audience(of: $0) == audience }
            if !group.isEmpty { blocks.append(.questions(heading: strings.questionsFor(audience), questions: group, lines: lines)) }
        }
        let unaddressed = questions.filter { Self.audience(of: $0) == nil }
        if !unaddressed.isEmpty { blocks.append(.questions(heading: strings["questions"], questions: unaddressed, lines: lines)) }
        // The closing question and the purpose name this field's own poles, so no two sheets end alike.
        func withPoles(_ text: String) -> String {
            text.replacingOccurrences(of: "{links}", with: tension.poles[0].name)
                .replacingOccurrences(of: "{rechts}", with: tension.poles[1].name)
        }
        blocks.append(.writingBox(heading: withPoles(strings["whatHelpsMeMove"]), prompt: nil, lines: 5))
        let purpose = withPoles(strings["tensionFieldSheetPurpose"])
        return sheet(id: GeneratedWorksheetIDs.sheet(for: field.id), origin: .tensionField, title: field.title,
                     label: strings["tensionFieldSheetLabel"].replacingOccurrences(of: "{nummer}", with: field.number.map(String.init) ?? ""),
                     purpose: purpose, home: field, carries: [field.id] + questions.map(\.id), blocks: blocks,
                     questions: questions)
    }

    func workCardSheet(_ card: Entity) -> Worksheet? {
        guard case .workCard(let workCard) = card.kind else { return nil }
        let questions = questionsShown(on: card)
        var blocks: [SheetBlock] = []
        if !workCard.preparation.isEmpty { blocks.append(.checklist(heading: strings["preparation"], items: workCard.preparation)) }
        if !workCard.steps.isEmpty { blocks.append(.steps(heading: strings["steps"], items: workCard.steps)) }
        if !questions.isEmpty {
            blocks.append(.questions(heading: strings["helpingQuestions"], questions: questions,
                                     lines: Worksheet.writingLines(forQuestions: questions.count)))
        }
        // A card with a long list of questions leaves less room for notes, within the page budget.
        blocks.append(.writingBox(heading: strings["sessionNotes"], prompt: nil, lines: questions.count > 20 ? 4 : 8))
        return sheet(id: GeneratedWorksheetIDs.sheet(for: card.id), origin: .workCard, title: card.title,
                     label: strings["workCardSheetLabel"].replacingOccurrences(of: "{nummer}", with: card.number.map(String.init) ?? ""),
                     purpose: workCard.purpose, home: card, carries: [card.id] + questions.map(\.id), blocks: blocks,
                     questions: questions)
    }

    /// The questions a page shows: its own, then those its body shows from other pages (`Reuse`),
    /// so that its sheet asks what the page asks.
    private func questionsShown(on entity: Entity) -> [Entity] {
        let own = graph.questions(of: entity.id)
        let reused = graph.targets(from: entity.id) { $0 == .reuse }.withoutRepeats().compactMap(graph.entity)
            .filter { $0.type == .question && $0.parent != entity.id }
        return own + reused
    }

    func plateauSheet() -> Worksheet? {
        let plateaus = graph.entities(of: .plateau), areas = graph.entities(of: .organisationArea)
        guard !plateaus.isEmpty, !areas.isEmpty else { return nil }
        let home = graph.overviewPage(for: .plateau)
        let questions = home.map { graph.questions(of: $0.id) } ?? []
        var blocks: [SheetBlock] = [
            .text(heading: strings["higherIsNotBetterTitle"], text: strings["higherIsNotBetter"]),
            .plateauGrid(areas: areas, plateaus: plateaus),
        ]
        if !questions.isEmpty { blocks.append(.questions(heading: strings["questions"], questions: questions, lines: 3)) }
        blocks.append(.writingBox(heading: strings["nextStep"], prompt: nil, lines: 4))
        return sheet(id: GeneratedWorksheetIDs.plateaus, origin: .model, title: strings["plateauSheetTitle"],
                     label: strings["modelSheetLabel"], purpose: strings["plateauSheetPurpose"], home: home,
                     carries: (plateaus + areas).map(\.id) + questions.map(\.id), blocks: blocks,
                     questions: questions, audiences: [.director], sourcesFrom: home.map { [$0] } ?? plateaus)
    }

    func quadrantSheet() -> Worksheet? {
        let dimensions = graph.entities(of: .dimension), quadrants = graph.entities(of: .quadrant)
        guard dimensions.count == 2, !quadrants.isEmpty else { return nil }
        let home = graph.overviewPage(for: .quadrant)
        let blocks: [SheetBlock] = [
            .writingBox(heading: strings["careDemand"], prompt: nil, lines: 2),
            .quadrants(dimensions: dimensions, quadrants: quadrants),
            .writingBox(heading: strings["quadrantMeaning"], prompt: nil, lines: 5),
        ]
        return sheet(id: GeneratedWorksheetIDs.quadrants, origin: .model, title: strings["quadrantSheetTitle"],
                     label: strings["modelSheetLabel"], purpose: strings["quadrantSheetPurpose"], home: home,
                     carries: (dimensions + quadrants).map(\.id), blocks: blocks, questions: [],
                     audiences: [.director], sourcesFrom: home.map { [$0] } ?? quadrants)
    }

    func phaseSheet() -> Worksheet? {
        let phases = graph.entities(of: .phase)
        guard !phases.isEmpty else { return nil }
        let home = graph.overviewPage(for: .phase)
        let blocks: [SheetBlock] = [
            .phaseParts(phases: phases),
            .writingBox(heading: strings["whereIsOurGroup"], prompt: nil, lines: 4),
            .writingBox(heading: strings["whatDoWeNeed"], prompt: nil, lines: 4),
        ]
        return sheet(id: GeneratedWorksheetIDs.phases, origin: .model, title: strings["phaseSheetTitle"],
                     label: strings["modelSheetLabel"], purpose: strings["phaseSheetPurpose"], home: home,
                     carries: phases.map(\.id), blocks: blocks, questions: [],
                     audiences: [.everyone], sourcesFrom: home.map { [$0] } ?? phases)
    }

    func composedSheet(_ entity: Entity) -> Worksheet? {
        guard case .worksheet(let composed) = entity.kind else { return nil }
        var blocks: [SheetBlock] = []
        var questions: [Entity] = []
        for block in composed.blocks {
            let targets = block.references.compactMap { graph.entity($0.id) }
            switch block.content {
            case .questions:
                let list = targets.flatMap { $0.type == .question ? [$0] : graph.questions(of: $0.id) }
                questions += list
                blocks.append(.questions(heading: block.heading, questions: list,
                                         lines: block.lines ?? Worksheet.writingLines(forQuestions: list.count)))
            case .poles:
                if let field = targets.first, case .tensionField(let tension) = field.kind, tension.poles.count == 2 {
                    if let heading = block.heading { blocks.append(.text(heading: heading, text: "")) }
                    blocks.append(.poles(field: field, left: tension.poles[0], right: tension.poles[1]))
                }
            case .steps:
                if let card = targets.first, case .workCard(let workCard) = card.kind {
                    blocks.append(.steps(heading: block.heading ?? strings["steps"] + " · " + card.title, items: workCard.steps))
                }
            case .preparation:
                if let card = targets.first, case .workCard(let workCard) = card.kind {
                    blocks.append(.checklist(heading: block.heading ?? strings["preparation"] + " · " + card.title, items: workCard.preparation))
                }
            case .phaseParts:
                if let heading = block.heading { blocks.append(.text(heading: heading, text: "")) }
                blocks.append(.phaseParts(phases: targets))
            case .plateauGrid:
                if let heading = block.heading { blocks.append(.text(heading: heading, text: "")) }
                blocks.append(.plateauGrid(areas: targets, plateaus: graph.entities(of: .plateau)))
            case .text(let text):
                if let lines = block.lines {
                    blocks.append(.writingBox(heading: block.heading, prompt: text, lines: lines))
                } else {
                    blocks.append(.text(heading: block.heading, text: text))
                }
            case .writingSpace:
                blocks.append(.writingBox(heading: block.heading, prompt: nil, lines: block.lines ?? 5))
            }
        }
        let carried = graph.outgoing(from: entity.id).filter { $0.kind == .carries }.map(\.to)
        let sourcesFrom = carried.compactMap { graph.entity($0) }.map { $0.parent.flatMap { graph.entity($0) } ?? $0 }
        return sheet(id: entity.id, origin: .composed, title: entity.title, label: strings["composedSheetLabel"],
                     purpose: composed.purpose, home: nil, carries: Self.unique(carried), blocks: blocks,
                     questions: questions, audiences: composed.audience.map { [$0] },
                     sourcesFrom: sourcesFrom + [entity], introduction: entity.body?.html, fields: entity.fields)
    }

    func sheet(id: String, origin: Worksheet.Origin, title: String, label: String, purpose: String,
                       home: Entity?, carries: [String], blocks: [SheetBlock], questions: [Entity],
                       audiences: [Audience]? = nil, sourcesFrom: [Entity]? = nil,
                       introduction: String? = nil, fields: FieldValue? = nil) -> Worksheet {
        let audiences = audiences ?? Self.audiences(of: questions)
        let sourceIDs = Self.unique((sourcesFrom ?? home.map { [$0] } ?? []).flatMap { entity in
            graph.outgoing(from: entity.id).filter { $0.kind == .source }.map(\.to)
        })
        let fields = fields ?? .map([("doel", .string(purpose)), ("doelgroep", .list(audiences.map { .string($0.rawValue) }))])
        return Worksheet(id: id, origin: origin, title: title, label: label, purpose: purpose, audiences: audiences,
                         home: home, sources: sourceIDs.compactMap { graph.entity($0) }, carries: Self.unique(carries),
                         introduction: introduction, blocks: blocks, fields: fields)
    }

    private static func audience(of question: Entity) -> Audience? {
        if case .question(let q) = question.kind { return q.audience }
        return nil
    }

    /// The audiences of the questions, everyone first; "iedereen" alone when none is named.
    private static func audiences(of questions: [Entity]) -> [Audience] {
        let named = Set(questions.compactMap(audience))
        let ordered = [Audience.everyone, .professional, .director].filter(named.contains)
        return ordered.isEmpty ? [.everyone] : ordered
    }

    private static func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
