/// The checks that need every entity at once, beside `Validator.check`'s of one entity at a time.
extension Validator {
    /// Checks that compare entities with each other: ids of phase parts, which page introduces an
    /// overview, and which card a drawing template is printed for. Made on every load: cheap, and
    /// a key of one file can clash with another's.
    public static func siteDiagnostics(entities: [Entity], byID: [String: Entity]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var partIDs: [String: SourceLocation] = [:]
        var overviewOwners: [EntityType: Entity] = [:]
        var drawingSheetOwners: [WorkCard.DrawingSheet: Entity] = [:]
        // The first entity to claim a key keeps it; a later one is told which file has it.
        func claim<Key: Hashable>(_ key: Key, by entity: Entity, in owners: inout [Key: Entity], _ problem: (String) -> Problem) {
            if let other = owners[key] {
                diagnostics.append(entity.location.diagnostic(problem(other.location.file)))
            } else {
                owners[key] = entity
            }
        }
        for entity in entities {
            if case .phase(let phase) = entity.kind {
                for part in phase.parts {
                    if let other = byID[part.id]?.location ?? partIDs[part.id] {
                        diagnostics.append(part.location.diagnostic(
                            .duplicateID(id: part.id, otherFile: other.file, otherLine: other.line, isPart: true)))
                    }
                    partIDs[part.id] = part.location
                }
            }
            if case .page(let page) = entity.kind, let type = page.overviewOf {
                claim(type, by: entity, in: &overviewOwners) { .overviewTwice(type: type.rawValue, otherFile: $0) }
            }
            // Each drawing template is printed once, under one id: for one card.
            if case .workCard(let card) = entity.kind, let sheet = card.drawingSheet {
                claim(sheet, by: entity, in: &drawingSheetOwners) { .drawingSheetTwice(sheet: sheet.rawValue, otherFile: $0) }
            }
        }
        return diagnostics
    }
}
