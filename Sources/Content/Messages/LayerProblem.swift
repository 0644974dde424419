/// What can be wrong with the layers of a site: content folders stacked in `spiegel.yml`
/// (`inhoud:`), entities hidden there (`verbergen:`), and template folders (`sjablonen:`).
/// A case of its own catalogue, said in Dutch by `LayerProblem+Dutch.swift`, so that the
/// layer rules read together.
public enum LayerProblem: Sendable, Equatable {
    /// A folder listed under `inhoud:` or `sjablonen:` that does not exist.
    case folderMissing(key: String, folder: String)
    /// `inhoud:`, `sjablonen:` or `verbergen:` holds something other than a list of texts.
    case notTextList(key: String)
    /// A later layer declares an id of an earlier one with another type.
    case replacementChangesType(id: String, type: String, originalType: String, originalFile: String, originalLine: Int)
    /// A page, reference or block still names an entity that `verbergen:` hides.
    case hiddenStillNamed(id: String, hiddenAt: String)
    /// `verbergen:` names an id that no layer declares.
    case hiddenUnknown(id: String, nearest: String?)
    /// A template of one layer includes a partial that no layer holds.
    case partialMissing(template: String, templateFile: String, partial: String)
}
