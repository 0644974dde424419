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

    public init(entities: [Entity], unreadable: Set<String> = []) {
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

    /// Checks that compare entities with each other: ids of phase parts, and which page introduces
    /// an overview. They change only when ids, types or URLs do.
    public static func siteDiagnostics(entities: [Entity], byID: [String: Entity]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var partIDs: [String: SourceLocation] = [:]
        var overviewOwners: [EntityType: Entity] = [:]
        for entity in entities {
            if case .phase(let phase) = entity.kind {
                for part in phase.parts {
                    if let other = byID[part.id]?.location ?? partIDs[part.id] {
                        diagnostics.append(part.location.diagnostic(
                            "duplicate id '\(part.id)': \(other.file):\(other.line) has it too",
                            hint: "ids are unique across the whole site; rename this onderdeel"))
                    }
                    partIDs[part.id] = part.location
                }
            }
            if case .page(let page) = entity.kind, let type = page.overviewOf {
                if let other = overviewOwners[type] {
                    diagnostics.append(entity.location.diagnostic(
                        "two pages introduce the overview of '\(type.rawValue)': this one and \(other.location.file)",
                        hint: "keep 'overzicht: \(type.rawValue)' on one of them"))
                } else {
                    overviewOwners[type] = entity
                }
            }
        }
        return diagnostics
    }

    /// One entity's own checks and the relations its front matter declares.
    public func check(_ entity: Entity) -> Outcome {
        var outcome = Outcome()
        if let owner = generatedSheets[entity.id] {
            outcome.diagnostics.append(entity.location.diagnostic(
                "the id '\(entity.id)' belongs to the worksheet Spiegel generates for \(owner == entity.id ? "this page" : "'\(owner)'")",
                hint: "give this file another name or 'id:'"))
        }
        if entity.type == .worksheet, GeneratedWorksheetIDs.reservedFileNames.contains(entity.id) {
            outcome.diagnostics.append(entity.location.diagnostic(
                "a werkblad cannot be called '\(entity.id)': werkbladen/\(entity.id).html is the worksheets' \(entity.id == "index" ? "overview" : "booklet")",
                hint: "give this file another name or 'id:'"))
        }
        if case .worksheet(let sheet) = entity.kind {
            checkWorksheet(sheet, entity: entity, into: &outcome)
        }
        for reference in entity.references {
            let target = reference.target
            outcome.consulted.append(target.id)
            guard let targetEntity = byID[target.id] else {
                if unreadable.contains(target.id) { continue }
                outcome.diagnostics.append(target.location.diagnostic(
                    "'\(reference.kind.rawValue)' names '\(target.id)', but no entity has that id",
                    hint: reference.kind == .origin
                        ? Suggestion.didYouMean(target.id, in: ids(of: .source)) ?? Self.originHint
                        : Suggestion.didYouMean(target.id, in: allIDs)))
                continue
            }
            if let allowed = reference.kind.allowedTargets, !allowed.contains(targetEntity.type) {
                outcome.diagnostics.append(target.location.diagnostic(
                    "'\(target.id)' is a \(targetEntity.type.rawValue), but '\(reference.kind.rawValue)' takes \(allowed.map(\.rawValue).sorted().joined(separator: " or ")) ids",
                    hint: reference.kind == .origin
                        ? Suggestion.didYouMean(target.id, in: ids(of: .source)) ?? Self.originHint
                        : "move it to the key for its type, or to 'verwant'"))
                continue
            }
            outcome.relations.append(Relation(from: entity.id, to: target.id, kind: reference.kind, fragment: nil, location: target.location))
        }
        if case .quadrant(let quadrant) = entity.kind {
            checkQuadrant(quadrant, entity: entity, into: &outcome)
        }
        return outcome
    }

    /// What a question's or an example's `herkomst` takes, for a wrong one with no near miss.
    private static let originHint = "write 'herkomst: eigen' for a question or example written for this site, or 'herkomst: <bron-id>' for one taken from a source"

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
                outcome.diagnostics.append(link.location.diagnostic(
                    "there is no heading or question '#\(fragment)' on '\(target.id)'",
                    hint: Suggestion.didYouMean(fragment, in: anchors)
                        ?? (anchors.isEmpty ? "that page has no headings" : "anchors there: \(anchors.sorted().prefix(8).joined(separator: ", "))")))
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
                outcome.diagnostics.append(choice.value.location.diagnostic(
                    "dimension '\(dimensionEntity.id)' has no value '\(choice.value.id)'",
                    hint: Suggestion.didYouMean(choice.value.id, in: dimension.values.map(\.id))
                        ?? "its values are: \(dimension.values.map(\.id).joined(separator: ", "))"))
            }
        }
        for dimension in dimensionIDs where !covered.contains(dimension) {
            outcome.diagnostics.append(entity.location.diagnostic(
                "kwadrant '\(entity.id)' names no value for dimension '\(dimension)'",
                hint: "add '\(dimension): …' under 'waarden:'"))
        }
    }

    /// Every id a composed worksheet names must exist and be of the kind its key takes.
    private func checkWorksheet(_ sheet: ComposedWorksheet, entity: Entity, into outcome: inout Outcome) {
        for block in sheet.blocks {
            let (key, wanted, noun): (String, Set<EntityType>, String) = switch block.content {
            case .questions: ("vragen", [.question, .tensionField, .workCard, .page], "question (or page with questions)")
            case .poles: ("polen", [.tensionField], "spanningsveld")
            case .steps: ("stappen", [.workCard], "werkkaart")
            case .preparation: ("voorbereiding", [.workCard], "werkkaart")
            case .phaseParts: ("fasen", [.phase], "fase")
            case .plateauGrid: ("plateauraster", [.organisationArea], "organisatiegebied")
            case .text, .writingSpace: ("", [], "")
            }
            if block.references.isEmpty, !key.isEmpty {
                outcome.diagnostics.append(block.location.diagnostic("'\(key)' names no id", hint: "write the ids as a list, e.g. '\(key): [id-1, id-2]'"))
            }
            for reference in block.references {
                outcome.consulted.append(reference.id)
                let candidates = allIDs.filter { byID[$0].map { wanted.contains($0.type) } ?? false }
                guard let target = byID[reference.id] else {
                    // A file that cannot be read declares neither its id nor its questions (named
                    // `<id>-<n>` by convention): its own error says what is wrong.
                    if unreadable.contains(reference.id) || unreadable.contains(where: { reference.id.hasPrefix($0 + "-") }) { continue }
                    // A misspelt question id is nearer to its siblings than to its page.
                    let questions = candidates.filter { byID[$0]?.type == .question }
                    outcome.diagnostics.append(reference.location.diagnostic(
                        "'\(key)' names '\(reference.id)', but there is no \(noun) with that id",
                        hint: Suggestion.didYouMean(reference.id, in: questions) ?? Suggestion.didYouMean(reference.id, in: candidates)))
                    continue
                }
                guard wanted.contains(target.type) else {
                    outcome.diagnostics.append(reference.location.diagnostic(
                        "'\(reference.id)' is a \(target.type.rawValue), but '\(key)' takes the id of a \(noun)",
                        hint: Suggestion.didYouMean(reference.id, in: candidates)))
                    continue
                }
                if case .questions = block.content, target.type != .question, !hasQuestions.contains(target.id) {
                    outcome.diagnostics.append(reference.location.diagnostic("'\(reference.id)' has no questions to put on the sheet"))
                    continue
                }
                if case .workCard(let card) = target.kind {
                    if case .steps = block.content, card.steps.isEmpty {
                        outcome.diagnostics.append(reference.location.diagnostic("werkkaart '\(target.id)' has no 'stappen'"))
                        continue
                    }
                    if case .preparation = block.content, card.preparation.isEmpty {
                        outcome.diagnostics.append(reference.location.diagnostic("werkkaart '\(target.id)' has no 'voorbereiding'"))
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
        guard entity.type != .question else { return nil }
        if case .page(let page) = entity.kind, entity.id == "index" || page.overviewOf != nil { return nil }
        // Worksheets are reached from their overview page, which lists every one of them.
        if entity.type == .worksheet { return nil }
        guard !graph.hasBacklinks(entity.id) else { return nil }
        if entity.type == .source {
            return entity.location.diagnostic(
                "source '\(entity.id)' is cited nowhere", hint: "cite it with 'bronnen: [\(entity.id)]' where it is used, or remove it",
                severity: .warning)
        }
        return entity.location.diagnostic(
            "no page links to '\(entity.id)'", hint: "link to it from a related page, or name it under 'verwant'",
            severity: .warning)
    }
}
