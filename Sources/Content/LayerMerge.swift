/// How the content layers make one site, decided from the front matter alone (in `Identities`,
/// before any body is rendered): which files a later layer replaces or `verbergen:` hides. Those
/// files are left out of every later stage; their own problems are still reported.
public struct LayerMerge: Sendable, Equatable {
    /// Display paths of the files left out.
    public private(set) var leftOut: Set<String> = []
    /// Relative path of each replaced file → the id its replacement declares, so that links to
    /// the original's file lead to the replacement.
    public private(set) var replacedPaths: [String: String] = [:]
    /// Every id hidden, its file's questions included → where `verbergen:` names it.
    public private(set) var hidden: [String: SourceLocation] = [:]
    /// Relative path of each hidden file → its id: a link to the file is a link to the hidden id.
    public private(set) var hiddenPaths: [String: String] = [:]
    /// Replacements of another type, and hidden ids that no layer declares.
    public private(set) var diagnostics: [Diagnostic] = []

    init(_ files: [DecodedFile], hidden entries: [ContentLayers.Entry]) {
        // One folder with nothing hidden, as most sites are: nothing to merge. The files come in
        // layer order, so the last one's layer is the highest.
        if entries.isEmpty, (files.last?.file.layer ?? 0) == 0 { return }
        let wanted = Dictionary(entries.map { ($0.value, $0.place) }, uniquingKeysWith: { first, _ in first })
        // Each id's file in the latest layer so far; one layer's own duplicates stay errors
        // (`Identities` reports them), so only a later layer takes an id over.
        var latest: [String: Int] = [:]
        var found = Set<String>()
        for i in files.indices {
            guard let main = files[i].entities.first else { continue }
            if let place = wanted[main.id] {
                found.insert(main.id)
                leftOut.insert(files[i].file.displayPath)
                hiddenPaths[files[i].file.relativePath] = main.id
                let at = place ?? SourceLocation(file: "spiegel.yml", line: 1, column: 1)
                for entity in files[i].entities { hidden[entity.id] = at }
                continue
            }
            guard let earlier = latest[main.id] else { latest[main.id] = i; continue }
            guard files[earlier].file.layer < files[i].file.layer else { continue }
            let original = files[earlier].entities[0]
            if original.type != main.type {
                diagnostics.append(main.location.diagnostic(.layer(.replacementChangesType(
                    id: main.id, type: main.type.rawValue, originalType: original.type.rawValue,
                    originalFile: original.location.file, originalLine: original.location.line))))
            }
            leftOut.insert(files[earlier].file.displayPath)
            replacedPaths[files[earlier].file.relativePath] = main.id
            latest[main.id] = i
        }
        let declared = latest.keys.sorted()
        for entry in entries where !found.contains(entry.value) {
            let at = entry.place ?? SourceLocation(file: "spiegel.yml", line: 1, column: 1)
            diagnostics.append(at.diagnostic(.layer(.hiddenUnknown(id: entry.value, nearest: Suggestion.closest(to: entry.value, in: declared)))))
        }
    }

    /// What a reference to `id` is told when `verbergen:` hides it; nil for any other id.
    public func problem(namingHidden id: String) -> Problem? {
        hidden[id].map { .layer(.hiddenStillNamed(id: id, hiddenAt: "\($0.file):\($0.line):\($0.column)")) }
    }
}
