/// Every entity and every relation, built once and read-only afterwards.
public struct ContentGraph: Sendable {
    /// Ordered by type, then number or title: the order pages and overviews use.
    public let entities: [Entity]
    public let relations: [Relation]
    private let indexByID: [String: Int]
    private let outgoingByID: [String: [Int]]
    private let incomingByID: [String: [Int]]
    private let questionsByParent: [String: [Int]]
    /// Entities of each type, in graph order: overviews, menus and neighbours ask for them often.
    private let indicesByType: [EntityType: [Int]]

    public init(entities: [Entity], relations: [Relation]) {
        // Keys computed once per entity, not once per comparison (they lower-case titles).
        let keyed = entities.map { (entity: $0, type: $0.type, key: $0.sortKey) }
        let sorted = keyed.sorted { a, b in a.type != b.type ? a.type < b.type : a.key < b.key }.map(\.entity)
        self.entities = sorted
        var index: [String: Int] = [:]
        var questions: [String: [Int]] = [:]
        var byType: [EntityType: [Int]] = [:]
        for (i, entity) in sorted.enumerated() {
            byType[entity.type, default: []].append(i)
            if index[entity.id] == nil { index[entity.id] = i }
            if let parent = entity.parent { questions[parent, default: []].append(i) }
        }
        // Questions keep the order their parent's file gives them.
        for (parent, list) in questions {
            questions[parent] = list.sorted { sorted[$0].location.line < sorted[$1].location.line }
        }
        // One relation per (from, to, kind): the first one declared.
        struct Key: Hashable { let from: String, to: String, kind: RelationKind }
        var seen = Set<Key>()
        seen.reserveCapacity(relations.count)
        let unique = relations.filter { seen.insert(Key(from: $0.from, to: $0.to, kind: $0.kind)).inserted }
        var outgoing: [String: [Int]] = [:], incoming: [String: [Int]] = [:]
        for (i, relation) in unique.enumerated() {
            outgoing[relation.from, default: []].append(i)
            incoming[relation.to, default: []].append(i)
        }
        self.relations = unique
        indexByID = index
        outgoingByID = outgoing
        incomingByID = incoming
        questionsByParent = questions
        indicesByType = byType
    }

    public func entity(_ id: String) -> Entity? { indexByID[id].map { entities[$0] } }

    public func entities(of type: EntityType) -> [Entity] { (indicesByType[type] ?? []).map { entities[$0] } }

    public func outgoing(from id: String) -> [Relation] { (outgoingByID[id] ?? []).map { relations[$0] } }

    /// Relations pointing at `id` from other entities: the backlinks.
    public func incoming(to id: String) -> [Relation] {
        (incomingByID[id] ?? []).map { relations[$0] }.filter { $0.from != id }
    }

    public func questions(of id: String) -> [Entity] { (questionsByParent[id] ?? []).map { entities[$0] } }

    /// The page whose body introduces a type's overview, if an editor wrote one.
    public func overviewPage(for type: EntityType) -> Entity? {
        entities.first { if case .page(let p) = $0.kind { p.overviewOf == type } else { false } }
    }
}
