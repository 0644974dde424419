/// Every entity and every relation. A graph is read-only once built.
public struct ContentGraph: Sendable {
    /// Ordered by type, then number or title: the order pages and overviews use.
    public private(set) var entities: [Entity]
    /// Relations in groups, each from one entity (its front matter, or the links in its body),
    /// so that one entity's relations can be replaced without renumbering all the others.
    private var groups: [[Relation]]
    private var indexByID: [String: Int]
    /// The groups holding relations from and to each id, ascending: together they keep the
    /// order of `relations`.
    private var outgoingGroups: [String: [Int]]
    private var incomingGroups: [String: [Int]]
    /// Question ids of each parent, in the order their parent's file gives them.
    private var questionsByParent: [String: [String]]
    /// Where each type's entities lie in `entities`: overviews, menus and neighbours ask often.
    private let rangeByType: [EntityType: Range<Int>]

    /// Every relation, each (from, to, kind) once: the first declared wins.
    public var relations: [Relation] { Array(groups.joined()) }

    /// How many `relations` there are, without gathering them.
    public var relationCount: Int { groups.reduce(0) { $0 + $1.count } }

    public init(entities: [Entity], relations: [Relation]) {
        // Consecutive relations from one entity form a group.
        var groups: [[Relation]] = []
        for relation in relations {
            if groups.last?.last?.from == relation.from { groups[groups.count - 1].append(relation) } else { groups.append([relation]) }
        }
        self.init(entities: entities, relationGroups: groups)
    }

    /// `relationGroups`: relations grouped by the caller, each group from one entity.
    public init(entities: [Entity], relationGroups: [[Relation]]) {
        self.init(layout: Layout(entities), relationGroups: relationGroups)
    }

    /// The entities in order with their look-ups: all of a graph but its relations. It needs
    /// only the entities, so a whole load makes it while the relations are still being checked.
    public struct Layout: Sendable {
        let entities: [Entity]
        let indexByID: [String: Int]
        let questionsByParent: [String: [String]]
        let rangeByType: [EntityType: Range<Int>]

        public init(_ entities: [Entity]) {
            // The keys are computed once: comparing titles lowercases them.
            let keys = entities.map { (type: $0.type, key: $0.sortKey) }
            let order = entities.indices.sorted { a, b in
                keys[a].type != keys[b].type ? keys[a].type < keys[b].type : keys[a].key < keys[b].key
            }
            let sorted = order.map { entities[$0] }
            self.entities = sorted
            var index: [String: Int] = [:]
            index.reserveCapacity(sorted.count)
            var questions: [String: [Int]] = [:]
            var ranges: [EntityType: Range<Int>] = [:]
            for (i, entity) in sorted.enumerated() {
                ranges[entity.type] = (ranges[entity.type]?.lowerBound ?? i)..<(i + 1)
                if index[entity.id] == nil { index[entity.id] = i }
                if let parent = entity.parent { questions[parent, default: []].append(i) }
            }
            // Questions keep the order their parent's file gives them.
            questionsByParent = questions.mapValues { list in list.sorted { sorted[$0].location.line < sorted[$1].location.line }.map { sorted[$0].id } }
            indexByID = index
            rangeByType = ranges
        }
    }

    public init(layout: Layout, relationGroups: [[Relation]]) {
        entities = layout.entities
        indexByID = layout.indexByID
        questionsByParent = layout.questionsByParent
        rangeByType = layout.rangeByType
        var outgoing: [String: [Int]] = [:]
        outgoing.reserveCapacity(entities.count)
        var incoming: [String: [Int]] = [:]
        incoming.reserveCapacity(entities.count)
        var kept: [[Relation]] = []
        kept.reserveCapacity(relationGroups.count)
        for group in relationGroups {
            let g = kept.count
            // Relations are read in place, by index: a loop variable copies each one (five
            // strings), and there are tens of thousands.
            let unique = group.withUnsafeBufferPointer { relations -> [Relation] in
                // A group holds one entity's relations (few), so a duplicate is found by comparing
                // with those before it, in this group and in the same entity's earlier groups, not
                // by hashing every relation. Most groups have none and are kept without a copy.
                var repeated: [Int] = []
                var earlier: (from: String, groups: [Int])?
                for i in relations.indices {
                    if earlier?.from != relations[i].from { earlier = (relations[i].from, outgoing[relations[i].from] ?? []) }
                    let relation = relations.baseAddress! + i
                    if Relation.isRepeated(relation, in: UnsafeBufferPointer(rebasing: relations[..<i]))
                        || earlier!.groups.contains(where: { kept[$0].withUnsafeBufferPointer { Relation.isRepeated(relation, in: $0) } }) {
                        repeated.append(i)
                    }
                }
                guard !repeated.isEmpty else { return group }
                // By a table of the repeated positions: searching the list for each relation made
                // a page of 100,000 links take seconds.
                var isRepeated = [Bool](repeating: false, count: relations.count)
                for i in repeated { isRepeated[i] = true }
                return relations.indices.filter { !isRepeated[$0] }.map { relations[$0] }
            }
            unique.withUnsafeBufferPointer { relations in
                for i in relations.indices {
                    if i == 0 || relations[i].from != relations[i - 1].from { outgoing[relations[i].from, default: []].appendUnlessLast(g) }
                    incoming[relations[i].to, default: []].appendUnlessLast(g)
                }
            }
            kept.append(unique)
        }
        groups = kept
        outgoingGroups = outgoing
        incomingGroups = incoming
    }

    public func entity(_ id: String) -> Entity? { indexByID[id].map { entities[$0] } }

    /// Where the entity `id` is in `entities`.
    public func index(of id: String) -> Int? { indexByID[id] }

    public func entities(of type: EntityType) -> [Entity] { rangeByType[type].map { Array(entities[$0]) } ?? [] }

    public func outgoing(from id: String) -> [Relation] {
        (outgoingGroups[id] ?? []).flatMap { groups[$0].filter { $0.from == id } }
    }

    /// The ids `outgoing(from:)` points at whose kind `include` accepts, in the same order,
    /// without copying the relations: pages and graph.json ask this for every entity.
    public func targets(from id: String, _ include: (RelationKind) -> Bool = { _ in true }) -> [String] {
        var targets: [String] = []
        // Room for an entity's usual relations: grown from empty, the list was made three times.
        targets.reserveCapacity(Self.usualRelations)
        for g in outgoingGroups[id] ?? [] {
            groups[g].withUnsafeBufferPointer { group in
                for i in group.indices where group[i].from == id && include(group[i].kind) { targets.append(group[i].to) }
            }
        }
        return targets
    }

    /// Relations pointing at `id` from other entities: the backlinks.
    public func incoming(to id: String) -> [Relation] {
        (incomingGroups[id] ?? []).flatMap { groups[$0].filter { $0.to == id && $0.from != id } }
    }

    /// The ids `incoming(to:)` comes from, in the same order, without copying the relations.
    public func backlinkSources(of id: String) -> [String] { sources(of: id) }

    /// The ids `incoming(to:)` comes from whose kind `include` accepts, in the same order,
    /// without copying the relations: pages ask this for every entity.
    public func sources(of id: String, _ include: (RelationKind) -> Bool = { _ in true }) -> [String] {
        var sources: [String] = []
        sources.reserveCapacity(Self.usualRelations)
        for g in incomingGroups[id] ?? [] {
            groups[g].withUnsafeBufferPointer { group in
                for i in group.indices where group[i].to == id && group[i].from != id && include(group[i].kind) {
                    sources.append(group[i].from)
                }
            }
        }
        return sources
    }

    /// How many relations an entity's lists start with room for: pages ask for four lists each.
    private static let usualRelations = 8

    /// Whether anything but `id` itself points at it.
    public func hasBacklinks(_ id: String) -> Bool {
        (incomingGroups[id] ?? []).contains { groups[$0].contains { $0.to == id && $0.from != id } }
    }

    public func questions(of id: String) -> [Entity] { (questionsByParent[id] ?? []).compactMap(entity) }

    /// Every file beside the Markdown that a page uses, once each, by path: what the site copies.
    public var attachments: [Attachment] {
        var byPath: [String: Attachment] = [:]
        for entity in entities { for attachment in entity.attachments where byPath[attachment.path] == nil { byPath[attachment.path] = attachment } }
        return byPath.keys.sorted().map { byPath[$0]! }
    }

    /// The page whose body introduces a type's overview, if an editor wrote one.
    public func overviewPage(for type: EntityType) -> Entity? {
        entities.first { if case .page(let p) = $0.kind { p.overviewOf == type } else { false } }
    }
}

private extension Array where Element == Int {
    mutating func appendUnlessLast(_ value: Int) { if last != value { append(value) } }
}

private extension Relation {
    /// Whether `group` holds a relation with the same ends and kind as `relation`, wherever it is
    /// written. Read through pointers: a comparison of values copied both relations.
    static func isRepeated(_ relation: UnsafePointer<Relation>, in group: UnsafeBufferPointer<Relation>) -> Bool {
        guard let base = group.baseAddress else { return false }
        return group.indices.contains { i in
            base[i].kind == relation.pointee.kind && base[i].to == relation.pointee.to && base[i].from == relation.pointee.from
        }
    }
}
