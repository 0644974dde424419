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
                if let other = overviewOwners[type] {
                    diagnostics.append(entity.location.diagnostic(.overviewTwice(type: type.rawValue, otherFile: other.location.file)))
                } else {
                    overviewOwners[type] = entity
                }
            }
            // Each drawing template is printed once, under one id: for one card.
            if case .workCard(let card) = entity.kind, let sheet = card.drawingSheet {
                if let other = drawingSheetOwners[sheet] {
                    diagnostics.append(entity.location.diagnostic(.drawingSheetTwice(sheet: sheet.rawValue, otherFile: other.location.file)))
                } else {
                    drawingSheetOwners[sheet] = entity
                }
            }
        }
        return diagnostics
    }
}
