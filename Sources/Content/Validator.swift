import Markdown

/// Checks what only the whole graph can tell: that every id named exists and has the right
/// type, that quadrants name real dimension values, that anchors exist.
struct Validator {
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var relations: [Relation] = []

    /// `unreadable`: ids of files whose front matter failed; references to them are not reported again.
    init(entities: [Entity], bodyLinks: [Relation], unreadable: Set<String> = []) {
        var byID: [String: Entity] = [:]
        for entity in entities where byID[entity.id] == nil { byID[entity.id] = entity }
        let allIDs = Array(byID.keys)

        var partIDs: [String: SourceLocation] = [:]
        for entity in entities {
            guard case .phase(let phase) = entity.kind else { continue }
            for part in phase.parts {
                if let other = byID[part.id]?.location ?? partIDs[part.id] {
                    diagnostics.append(part.location.diagnostic(
                        "duplicate id '\(part.id)': \(other.file):\(other.line) has it too",
                        hint: "ids are unique across the whole site; rename this onderdeel"))
                }
                partIDs[part.id] = part.location
            }
        }

        var overviewOwners: [EntityType: Entity] = [:]
        for entity in entities {
            for reference in entity.references {
                let target = reference.target
                guard let targetEntity = byID[target.id] else {
                    if unreadable.contains(target.id) { continue }
                    diagnostics.append(target.location.diagnostic(
                        "'\(reference.kind.rawValue)' names '\(target.id)', but no entity has that id",
                        hint: Suggestion.didYouMean(target.id, in: allIDs)))
                    continue
                }
                if let allowed = reference.kind.allowedTargets, !allowed.contains(targetEntity.type) {
                    diagnostics.append(target.location.diagnostic(
                        "'\(target.id)' is a \(targetEntity.type.rawValue), but '\(reference.kind.rawValue)' takes \(allowed.map(\.rawValue).sorted().joined(separator: " or ")) ids",
                        hint: "move it to the key for its type, or to 'verwant'"))
                    continue
                }
                relations.append(Relation(from: entity.id, to: target.id, kind: reference.kind, fragment: nil, location: target.location))
            }
            if case .quadrant(let quadrant) = entity.kind {
                checkQuadrant(quadrant, entity: entity, byID: byID, allDimensions: entities.filter { $0.type == .dimension })
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

        for link in bodyLinks {
            guard let target = byID[link.to] else { continue }
            if let fragment = link.fragment, !Self.anchors(of: target, in: entities).contains(fragment) {
                let anchors = Self.anchors(of: target, in: entities)
                diagnostics.append(link.location.diagnostic(
                    "there is no heading or question '#\(fragment)' on '\(target.id)'",
                    hint: Suggestion.didYouMean(fragment, in: anchors)
                        ?? (anchors.isEmpty ? "that page has no headings" : "anchors there: \(anchors.sorted().prefix(8).joined(separator: ", "))")))
            }
            relations.append(link)
        }
    }

    private static func anchors(of entity: Entity, in entities: [Entity]) -> Set<String> {
        var anchors = Set(entity.body?.headings.map(\.anchor) ?? [])
        for other in entities where other.parent == entity.id { anchors.insert(other.id) }
        if case .phase(let phase) = entity.kind { anchors.formUnion(phase.parts.map(\.id)) }
        return anchors
    }

    private mutating func checkQuadrant(_ quadrant: CooperationQuadrant, entity: Entity,
                                        byID: [String: Entity], allDimensions: [Entity]) {
        var covered = Set<String>()
        for choice in quadrant.choices {
            guard let dimensionEntity = byID[choice.dimension.id], case .dimension(let dimension) = dimensionEntity.kind else { continue }
            covered.insert(dimensionEntity.id)
            if !dimension.values.contains(where: { $0.id == choice.value.id }) {
                diagnostics.append(choice.value.location.diagnostic(
                    "dimension '\(dimensionEntity.id)' has no value '\(choice.value.id)'",
                    hint: Suggestion.didYouMean(choice.value.id, in: dimension.values.map(\.id))
                        ?? "its values are: \(dimension.values.map(\.id).joined(separator: ", "))"))
            }
        }
        for dimension in allDimensions where !covered.contains(dimension.id) {
            diagnostics.append(entity.location.diagnostic(
                "kwadrant '\(entity.id)' names no value for dimension '\(dimension.id)'",
                hint: "add '\(dimension.id): …' under 'waarden:'"))
        }
    }

    /// Things that are not wrong but that a reader would notice.
    static func warnings(for graph: ContentGraph) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for entity in graph.entities where entity.type != .question {
            if case .page(let page) = entity.kind, entity.id == "index" || page.overviewOf != nil { continue }
            let incoming = graph.incoming(to: entity.id)
            if entity.type == .source {
                if incoming.isEmpty {
                    warnings.append(entity.location.diagnostic(
                        "source '\(entity.id)' is cited nowhere", hint: "cite it with 'bronnen: [\(entity.id)]' where it is used, or remove it",
                        severity: .warning))
                }
            } else if incoming.isEmpty {
                warnings.append(entity.location.diagnostic(
                    "no page links to '\(entity.id)'", hint: "link to it from a related page, or name it under 'verwant'",
                    severity: .warning))
            }
        }
        return warnings
    }
}
