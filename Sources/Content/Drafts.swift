/// Entities marked `concept: ja` (and the questions in their files): pages an editor is still
/// writing. They go through every stage up to validation like any other, so that their own
/// mistakes are found while they are written and links to them resolve; here, once, they leave
/// the published graph. Every later stage (pages, overviews, search, the map, the sitemap,
/// graph.json, worksheets, meetings, audience pages, the "what changed" page) renders from that
/// graph and needs no filter of its own.
public enum Drafts {
    /// What a load does with drafts.
    public enum Policy: Sendable {
        /// A build and `check`: drafts leave the graph, and a published page that points at one is
        /// an error (it would point at nothing).
        case leaveOut
        /// The preview: drafts stay, so the editor sees them as they will be; a link to one is a
        /// warning, for the editor to mend before the draft's author publishes.
        case show
    }

    /// The graph as the policy publishes it, the problems of published entities that point at
    /// drafts (at each reference's own place) or that only drafts pointed at, and the drafts
    /// themselves (files, not questions), for `check`'s summary.
    public static func apply(_ policy: Policy, to graph: ContentGraph) -> (graph: ContentGraph, problems: [Diagnostic], drafts: [Entity]) {
        let draftIDs = Set(graph.entities.lazy.filter(\.isDraft).map(\.id))
        guard !draftIDs.isEmpty else { return (graph, [], []) }
        var problems: [Diagnostic] = []
        var kept: [Relation] = []
        // Published entities a draft points at: once the drafts leave, some are linked by nothing.
        var linkedByDrafts = Set<String>()
        for relation in graph.relations {
            let fromDraft = draftIDs.contains(relation.from)
            let toDraft = draftIDs.contains(relation.to)
            if fromDraft, !toDraft { linkedByDrafts.insert(relation.to) }
            if toDraft, !fromDraft, let target = graph.entity(relation.to) {
                var problem = relation.location.diagnostic(.linkToDraft(id: target.parent ?? target.id, file: target.location.file))
                if policy == .show { problem.severity = .warning }
                problems.append(problem)
            }
            if policy == .show || !(fromDraft || toDraft) { kept.append(relation) }
        }
        let drafts = graph.entities.filter { $0.isDraft && $0.parent == nil }
        guard policy == .leaveOut else { return (graph, problems, drafts) }
        let published = ContentGraph(entities: graph.entities.filter { !$0.isDraft }, relations: kept)
        // Validation ran with the drafts' links in the graph, so it saw these linked; the warning for
        // one linked by nothing now is given here, once it is true.
        for id in linkedByDrafts.sorted() {
            if let entity = published.entity(id), let warning = Validator.warning(for: entity, in: published) {
                problems.append(warning)
            }
        }
        return (published, problems, drafts)
    }
}
