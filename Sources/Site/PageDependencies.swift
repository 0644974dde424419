import Content

/// Which files of the site an edit can change, so the preview server renders those again and
/// keeps the rest. A page shows its own entity and, of other entities, only what it reaches
/// through a relation: titles, summaries, numbers and URLs of the entities it links to, that link
/// to it (backlinks), that it cites or that cite it, and its neighbours within its type
/// (previous/next). Hence, for every entity that differs between the two graphs, the pages to
/// render again are:
///
/// - its own page (for a question: its parent's page, which lists it);
/// - the pages of every entity related to it, in either direction, before or after the edit
///   (a relation that disappears changes the page it disappears from);
/// - the pages of its previous and next entity, before and after (numbers reorder them);
/// - for a plateau, quadrant, organisation area, work card or phase that appears, disappears or
///   changes its title, number or URL, every page of its type: each shows the whole model in its
///   "you are here" diagram (and a dimension places the quadrants);
/// - the overview of its type (the list shows titles, summaries, numbers), and the overview it
///   introduces when it is a `pagina` with `overzicht:`;
/// - `graph.json`, and the meeting composer's data (`bijeenkomsten/samenstellen-data.js`).
///
/// Pages drawn from the whole graph follow their inputs:
///
/// - the map (`kaart.html`) when an entity other than a question appears, disappears, is
///   retitled or gains or loses a relation;
/// - the audience pages when a question, or the page that holds one, changes;
/// - the worksheets, their overview and booklet when anything a worksheet carries changes (the
///   models, tension fields, work cards, phases, their questions and composed worksheets);
/// - a meeting's printed parts when the meeting, or what its parts draw on, changes;
/// - `sitemap.xml` when a page appears or disappears.
///
/// Every page carries the menu and the footer, so when either changes (a type's first entity added
/// or its last removed, a menu or footer page retitled or renamed) everything is rendered again:
/// the answer is then nil.
public enum PageDependencies {
    /// `candidates`: when known, the only ids that can differ between the two graphs (the
    /// content cache's `touched`); the others are not compared.
    public static func affectedPaths(from old: ContentGraph, to new: ContentGraph, strings: UIStrings = .dutch,
                                     candidates: Set<String>? = nil) -> Set<String>? {
        let oldNavigation = Navigation(graph: old, strings: strings, worksheets: WorksheetCatalog(graph: old, strings: strings))
        let newNavigation = Navigation(graph: new, strings: strings, worksheets: WorksheetCatalog(graph: new, strings: strings))
        guard oldNavigation.items.map(\.label) == newNavigation.items.map(\.label),
              oldNavigation.items.map(\.url) == newNavigation.items.map(\.url),
              oldNavigation.footer.map(\.label) == newNavigation.footer.map(\.label),
              oldNavigation.footer.map(\.url) == newNavigation.footer.map(\.url) else { return nil }

        let changed = candidates.map { changedIDs(among: $0, from: old, to: new) } ?? changedIDs(from: old, to: new)
        guard !changed.isEmpty else { return [] }

        var paths: Set<String> = ["graph.json", MeetingComposer.dataPath]
        paths.formUnion(graphWidePaths(changed: changed, old: old, new: new, strings: strings))
        for (graph, navigation) in [(old, oldNavigation), (new, newNavigation)] {
            var entities = Set<String>()
            for id in changed {
                guard let entity = graph.entity(id) else { continue }
                entities.insert(id)
                entities.formUnion(graph.outgoing(from: id).map(\.to))
                entities.formUnion(graph.incoming(to: id).map(\.from))
                if let model = HereDiagram.model(drawing: entity.type), Self.drawnDifferently(id, old, new) {
                    entities.formUnion(graph.entities(of: model).map(\.id))
                }
                if let neighbours = navigation.neighbours[id] {
                    entities.formUnion([neighbours.previous, neighbours.next].compactMap { $0 })
                }
                if entity.type != .question && entity.type != .page { paths.insert(SiteURL.overviewPage(of: entity.type)) }
            }
            for id in entities {
                guard var entity = graph.entity(id) else { continue }
                if let parent = entity.parent.flatMap({ graph.entity($0) }) { entity = parent }
                paths.insert(entity.url)
            }
        }
        return paths
    }

    /// Whether what a model diagram shows of `id` differs: its existence, title, number or URL
    /// (or, for a dimension, anything: its values place the quadrants).
    private static func drawnDifferently(_ id: String, _ old: ContentGraph, _ new: ContentGraph) -> Bool {
        guard let before = old.entity(id), let after = new.entity(id) else { return true }
        return before.type == .dimension || before.title != after.title || before.number != after.number || before.url != after.url
    }

    private static let worksheetSources: Set<EntityType> = [.plateau, .organisationArea, .dimension, .quadrant, .tensionField,
                                                             .workCard, .phase, .question, .worksheet, .source]

    static func graphWidePaths(changed: Set<String>, old: ContentGraph, new: ContentGraph, strings: UIStrings) -> Set<String> {
        var paths = Set<String>()
        let pairs = changed.map { (old.entity($0), new.entity($0)) }
        let existence = pairs.contains { ($0.0 == nil) != ($0.1 == nil) }
        if existence { paths.insert("sitemap.xml") }
        // What changed lists titles, types and audiences of many pages: small, so made again on any change.
        paths.formUnion([RecentChanges.url, ChangesFeed.path])
        let mapChanged = pairs.contains { before, after in
            guard (before ?? after)?.type != .question else { return false }
            guard let before, let after else { return true }
            return before.title != after.title || before.number != after.number
                || Set(old.outgoing(from: before.id).map(\.to)) != Set(new.outgoing(from: after.id).map(\.to))
        }
        if mapChanged { paths.insert(MapPage.url) }
        let types = Set(pairs.compactMap { ($0.1 ?? $0.0)?.type })
        let holdsQuestions = changed.contains { !old.questions(of: $0).isEmpty || !new.questions(of: $0).isEmpty }
        if types.contains(.question) || holdsQuestions {
            for audience in Audience.allCases {
                paths.insert(AudiencePages.section + "/" + (strings.audienceSlug[audience] ?? audience.rawValue) + ".html")
            }
            paths.insert(AudiencePages.section + "/index.html")
        }
        if !types.isDisjoint(with: worksheetSources) {
            for graph in [old, new] {
                let catalog = WorksheetCatalog(graph: graph, strings: strings)
                paths.formUnion(catalog.sheets.map(\.url))
            }
            paths.insert(WorksheetPages.overviewURL)
            paths.insert(BookletFiles.html)
        }
        // A meeting's printed parts show the cards, fields, questions and sheets its parts draw
        // on, and what those cite: they change with the meeting or any of these.
        let touched = changed.union(changed.compactMap { old.entity($0)?.parent ?? new.entity($0)?.parent })
        for graph in [old, new] {
            for entity in graph.entities(of: .meeting) {
                guard case .meeting(let meeting) = entity.kind else { continue }
                var uses: Set<String> = [entity.id]
                for part in meeting.parts {
                    uses.formUnion(part.questions.map(\.id))
                    guard let (_, reference) = part.drawsOn else { continue }
                    uses.insert(reference.id)
                    uses.formUnion(graph.targets(from: reference.id))
                }
                if !uses.isDisjoint(with: touched) { paths.formUnion(MeetingFiles(id: entity.id).htmlPaths) }
            }
        }
        return paths
    }

    /// The ids among `candidates` whose entities were added, removed or look different.
    static func changedIDs(among candidates: Set<String>, from old: ContentGraph, to new: ContentGraph) -> Set<String> {
        candidates.filter { id in
            guard let before = old.entity(id), let after = new.entity(id) else { return old.entity(id) != nil || new.entity(id) != nil }
            return !before.showsTheSame(as: after)
        }
    }

    /// Ids of the entities added, removed or different in any way a page could show.
    static func changedIDs(from old: ContentGraph, to new: ContentGraph) -> Set<String> {
        var changed = Set<String>()
        for entity in new.entities {
            guard let before = old.entity(entity.id), before.showsTheSame(as: entity) else {
                changed.insert(entity.id)
                continue
            }
        }
        for entity in old.entities where new.entity(entity.id) == nil { changed.insert(entity.id) }
        return changed
    }
}

private extension Entity {
    /// Everything a page is rendered from, the typed payload included (it is decoded from `fields`).
    func showsTheSame(as other: Entity) -> Bool {
        id == other.id && title == other.title && summary == other.summary && url == other.url
            && sourcePath == other.sourcePath && parent == other.parent && location == other.location
            && fields == other.fields && body == other.body
            && references.map(\.kind) == other.references.map(\.kind)
            && references.map(\.target) == other.references.map(\.target)
    }
}
