import Markdown

/// Checks what only the whole graph can tell: that every id named exists and has the right
/// type, that quadrants name real dimension values, that anchors exist.
///
/// The checks come in parts that stand alone, so they run on all cores: those of one entity
/// (`check(_:)`), those of one file's body links (`checkLinks(_:)`) and the few that compare
/// entities with each other (`siteDiagnostics`).
public struct Validator: Sendable {
    /// What a part of the validation found: problems, and the relations that passed. It also
    /// names the entities it read, so that the preview knows it holds as long as they (and the
    /// ids of the site) stay as they are.
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic] = []
        public var relations: [Relation] = []
        public var consulted: [String] = []
    }

    /// The first entity of each id.
    public private(set) var byID: [String: Entity] = [:]
    /// In file order, so that "did you mean" picks the same id on every run (a dictionary's keys
    /// come in a different order in every instance).
    private var allIDs: [String] = []
    /// Ids of files whose front matter failed; references to them are not reported again.
    private var unreadable: Set<String>
    private var generatedSheets: [String: String]
    private var hasQuestions: Set<String>
    private var childrenByParent: [String: [String]] = [:]
    private var dimensionIDs: [String]

    /// The layers' merge: references to a hidden id get an error of their own.
    private var merge: LayerMerge?

    public init(entities: [Entity], unreadable: Set<String> = [], merge: LayerMerge? = nil) {
        self.merge = merge
        byID.reserveCapacity(entities.count)
        allIDs.reserveCapacity(entities.count)
        for entity in entities where byID[entity.id] == nil {
            byID[entity.id] = entity
            allIDs.append(entity.id)
        }
        self.unreadable = unreadable
        generatedSheets = GeneratedWorksheetIDs.all(for: entities)
        hasQuestions = Set(byID.values.compactMap(\.parent))
        for entity in entities { if let parent = entity.parent { childrenByParent[parent, default: []].append(entity.id) } }
        dimensionIDs = entities.filter { $0.type == .dimension }.map(\.id)
    }

    /// One entity's own checks and the relations its front matter declares.
    public func check(_ entity: Entity) -> Outcome {
        var outcome = Outcome()
        if let owner = generatedSheets[entity.id] {
            outcome.diagnostics.append(entity.location.diagnostic(
                .idOfGeneratedWorksheet(id: entity.id, owner: owner == entity.id ? nil : owner)))
        }
        if entity.type == .worksheet, GeneratedWorksheetIDs.reservedFileNames.contains(entity.id) {
            outcome.diagnostics.append(entity.location.diagnostic(.reservedWorksheetName(id: entity.id)))
        }
        if case .worksheet(let sheet) = entity.kind {
            checkWorksheet(sheet, entity: entity, into: &outcome)
        }
        if case .meeting(let meeting) = entity.kind {
            checkMeeting(meeting, entity: entity, into: &outcome)
        }
        for reference in entity.references {
            let target = reference.target
            outcome.consulted.append(target.id)
            guard let targetEntity = byID[target.id] else {
                if unreadable.contains(target.id) { continue }
                if let hidden = merge?.problem(namingHidden: target.id) {
                    outcome.diagnostics.append(target.location.diagnostic(hidden))
                    continue
                }
                let isOrigin = reference.kind == .origin
                outcome.diagnostics.append(target.location.diagnostic(.unknownReference(
                    key: reference.kind.rawValue, id: target.id,
                    nearest: Suggestion.closest(to: target.id, in: isOrigin ? ids(of: .source) : allIDs), isOrigin: isOrigin)))
                continue
            }
            if let allowed = reference.kind.allowedTargets, !allowed.contains(targetEntity.type) {
                let isOrigin = reference.kind == .origin
                outcome.diagnostics.append(target.location.diagnostic(.wrongReferenceType(
                    key: reference.kind.rawValue, id: target.id, type: targetEntity.type.rawValue,
                    allowed: allowed.map(\.rawValue).sorted(),
                    nearest: isOrigin ? Suggestion.closest(to: target.id, in: ids(of: .source)) : nil, isOrigin: isOrigin)))
                continue
            }
            outcome.relations.append(Relation(from: entity.id, to: target.id, kind: reference.kind, fragment: nil, location: target.location))
        }
        if case .quadrant(let quadrant) = entity.kind {
            checkQuadrant(quadrant, entity: entity, into: &outcome)
        }
        return outcome
    }

    /// The ids of one type, in file order.
    private func ids(of type: EntityType) -> [String] {
        allIDs.filter { byID[$0]?.type == type }
    }

    /// Body links (already resolved to entities): their anchors must exist on the target.
    public func checkLinks(_ links: [Relation]) -> Outcome {
        var outcome = Outcome()
        for link in links {
            outcome.consulted.append(link.to)
            guard let target = byID[link.to] else { continue }
            if let fragment = link.fragment, !Self.has(anchor: fragment, on: target, children: childrenByParent[target.id] ?? []) {
                let anchors = Self.anchors(of: target, children: childrenByParent[target.id] ?? [])
                outcome.diagnostics.append(link.location.diagnostic(.missingAnchor(
                    anchor: fragment, page: target.id, nearest: Suggestion.closest(to: fragment, in: anchors), anchors: Array(anchors))))
            }
            outcome.relations.append(link)
        }
        return outcome
    }

    /// Whether `anchor` is on the page of `entity`, without gathering its anchors: a page is
    /// linked to with anchors far more often than an anchor is missing.
    private static func has(anchor: String, on entity: Entity, children: [String]) -> Bool {
        if entity.body?.headings.contains(where: { $0.anchor == anchor }) == true || children.contains(anchor) { return true }
        if case .phase(let phase) = entity.kind { return phase.parts.contains { $0.id == anchor } }
        return false
    }

    private static func anchors(of entity: Entity, children: [String]) -> Set<String> {
        var anchors = Set(entity.body?.headings.map(\.anchor) ?? [])
        anchors.formUnion(children)
        if case .phase(let phase) = entity.kind { anchors.formUnion(phase.parts.map(\.id)) }
        return anchors
    }

    private func checkQuadrant(_ quadrant: CooperationQuadrant, entity: Entity, into outcome: inout Outcome) {
        var covered = Set<String>()
        for choice in quadrant.choices {
            outcome.consulted.append(choice.dimension.id)
            guard let dimensionEntity = byID[choice.dimension.id], case .dimension(let dimension) = dimensionEntity.kind else { continue }
            covered.insert(dimensionEntity.id)
            if !dimension.values.contains(where: { $0.id == choice.value.id }) {
                outcome.diagnostics.append(choice.value.location.diagnostic(.unknownDimensionValue(
                    dimension: dimensionEntity.id, value: choice.value.id,
                    nearest: Suggestion.closest(to: choice.value.id, in: dimension.values.map(\.id)), values: dimension.values.map(\.id))))
            }
        }
        for dimension in dimensionIDs where !covered.contains(dimension) {
            outcome.diagnostics.append(entity.location.diagnostic(.quadrantMissesDimension(quadrant: entity.id, dimension: dimension)))
        }
    }

    /// Every part of a meeting names an entity of the kind its key takes, and only that entity's
    /// questions.
    private func checkMeeting(_ meeting: LearningMeeting, entity: Entity, into outcome: inout Outcome) {
        for part in meeting.parts {
            guard let (key, reference) = part.drawsOn else { continue }
            outcome.consulted.append(reference.id)
            let wanted: EntityType = switch part.source {
            case .workCard: .workCard
            case .tensionField: .tensionField
            case .phase: .phase
            case .worksheet, .own: .worksheet
            }
            let candidates = allIDs.filter { byID[$0]?.type == wanted }
            guard let target = byID[reference.id] else {
                if unreadable.contains(reference.id) { continue }
                if let hidden = merge?.problem(namingHidden: reference.id) {
                    outcome.diagnostics.append(reference.location.diagnostic(hidden))
                    continue
                }
                outcome.diagnostics.append(reference.location.diagnostic(.blockUnknownID(
                    key: key, id: reference.id, wanted: wanted.rawValue, nearest: Suggestion.closest(to: reference.id, in: candidates))))
                continue
            }
            guard target.type == wanted else {
                outcome.diagnostics.append(reference.location.diagnostic(.blockWrongType(
                    key: key, id: reference.id, type: target.type.rawValue, wanted: wanted.rawValue,
                    nearest: Suggestion.closest(to: reference.id, in: candidates))))
                continue
            }
            outcome.relations.append(Relation(from: entity.id, to: target.id, kind: .parts, fragment: nil, location: reference.location))
            for question in part.questions {
                outcome.consulted.append(question.id)
                guard let found = byID[question.id], found.type == .question else {
                    outcome.diagnostics.append(question.location.diagnostic(.blockUnknownID(
                        key: "vragen", id: question.id, wanted: EntityType.question.rawValue,
                        nearest: Suggestion.closest(to: question.id, in: childrenByParent[target.id] ?? []))))
                    continue
                }
                if found.parent != target.id {
                    outcome.diagnostics.append(question.location.diagnostic(
                        .questionNotOfPart(question: question.id, part: target.id, parent: found.parent)))
                }
            }
        }
    }

    /// Every id a composed worksheet names must exist and be of the kind its key takes.
    private func checkWorksheet(_ sheet: ComposedWorksheet, entity: Entity, into outcome: inout Outcome) {
        for block in sheet.blocks {
            let (key, wanted, noun): (String, Set<EntityType>, String) = switch block.content {
            case .questions: ("vragen", [.question, .tensionField, .workCard, .page], "vraag (of pagina met vragen)")
            case .poles: ("polen", [.tensionField], "spanningsveld")
            case .steps: ("stappen", [.workCard], "werkkaart")
            case .preparation: ("voorbereiding", [.workCard], "werkkaart")
            case .phaseParts: ("fasen", [.phase], "fase")
            case .plateauGrid: ("plateauraster", [.organisationArea], "organisatiegebied")
            case .text, .writingSpace: ("", [], "")
            }
            if block.references.isEmpty, !key.isEmpty {
                outcome.diagnostics.append(block.location.diagnostic(.blockNamesNoID(key: key)))
            }
            for reference in block.references {
                outcome.consulted.append(reference.id)
                let candidates = allIDs.filter { byID[$0].map { wanted.contains($0.type) } ?? false }
                guard let target = byID[reference.id] else {
                    // A file that cannot be read declares neither its id nor its questions (named
                    // `<id>-<n>` by convention): its own error says what is wrong.
                    if unreadable.contains(reference.id) || unreadable.contains(where: { reference.id.hasPrefix($0 + "-") }) { continue }
                    if let hidden = merge?.problem(namingHidden: reference.id) {
                        outcome.diagnostics.append(reference.location.diagnostic(hidden))
                        continue
                    }
                    // A misspelt question id is nearer to its siblings than to its page.
                    let questions = candidates.filter { byID[$0]?.type == .question }
                    outcome.diagnostics.append(reference.location.diagnostic(.blockUnknownID(
                        key: key, id: reference.id, wanted: noun,
                        nearest: Suggestion.closest(to: reference.id, in: questions) ?? Suggestion.closest(to: reference.id, in: candidates))))
                    continue
                }
                guard wanted.contains(target.type) else {
                    outcome.diagnostics.append(reference.location.diagnostic(.blockWrongType(
                        key: key, id: reference.id, type: target.type.rawValue, wanted: noun,
                        nearest: Suggestion.closest(to: reference.id, in: candidates))))
                    continue
                }
                if case .questions = block.content, target.type != .question, !hasQuestions.contains(target.id) {
                    outcome.diagnostics.append(reference.location.diagnostic(.noQuestionsForSheet(id: reference.id)))
                    continue
                }
                if case .workCard(let card) = target.kind {
                    if case .steps = block.content, card.steps.isEmpty {
                        outcome.diagnostics.append(reference.location.diagnostic(.cardWithoutSteps(id: target.id)))
                        continue
                    }
                    if case .preparation = block.content, card.preparation.isEmpty {
                        outcome.diagnostics.append(reference.location.diagnostic(.cardWithoutPreparation(id: target.id)))
                        continue
                    }
                }
                outcome.relations.append(Relation(from: entity.id, to: target.id, kind: .carries, fragment: nil, location: reference.location))
            }
        }
    }

    /// Things that are not wrong but that a reader would notice.
    static func warnings(for graph: ContentGraph) -> [Diagnostic] {
        graph.entities.compactMap { warning(for: $0, in: graph) }
    }

    /// A page nothing links to, a source cited nowhere: it depends on the entity's backlinks.
    public static func warning(for entity: Entity, in graph: ContentGraph) -> Diagnostic? {
        // A draft is still being written: nobody need link to it yet.
        guard entity.type != .question, !entity.isDraft else { return nil }
        if case .page(let page) = entity.kind, entity.id == "index" || page.overviewOf != nil { return nil }
        // Worksheets and meetings are reached from their overview page, which lists every one of them.
        if entity.type == .worksheet || entity.type == .meeting { return nil }
        guard !graph.hasBacklinks(entity.id) else { return nil }
        if entity.type == .source {
            return entity.location.diagnostic(.sourceNotCited(id: entity.id))
        }
        return entity.location.diagnostic(.orphanPage(id: entity.id))
    }
}
