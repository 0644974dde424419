import Markdown

/// One node of the content graph: what every entity has, plus its typed payload.
///
/// A value type whose fields live in one shared box, copied only when a copy is changed: the
/// graph hands out entities by value thousands of times per page build, and copying a dozen
/// strings, lists and the rendered body each time cost more than rendering the page.
public struct Entity: Sendable, Identifiable {
    /// The fields themselves, as a plain value the box holds.
    private struct Fields {
        var id: String
        var title: String
        var summary: String?
        var kind: EntityKind
        var location: SourceLocation
        var sourcePath: String
        var fields: FieldValue
        var references: [TypedReference]
        var parent: String?
        var url: String
        var body: RenderedMarkdown?
        var examples: [Example]
        var attachments: [Attachment] = []
        var isDraft = false
    }

    /// Unchecked, and safe: the box is changed only through `unique`, when this value holds the
    /// only reference to it (as Swift's own copy-on-write collections do), so a box two tasks
    /// can see is never changed.
    private final class Storage: @unchecked Sendable {
        var values: Fields
        init(_ values: Fields) { self.values = values }
    }

    private var storage: Storage

    public init(id: String, title: String, summary: String?, kind: EntityKind, location: SourceLocation, sourcePath: String,
                fields: FieldValue, references: [TypedReference], parent: String?, url: String, body: RenderedMarkdown?,
                examples: [Example] = []) {
        storage = Storage(Fields(id: id, title: title, summary: summary, kind: kind, location: location, sourcePath: sourcePath,
                                 fields: fields, references: references, parent: parent, url: url, body: body, examples: examples))
    }

    /// The fields to change: this entity's own, copied first if another value shares the box.
    private var unique: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.values) }
            return storage
        }
    }

    /// Read in place: `kind` would hand out a copy of the whole payload first.
    public var type: EntityType { storage.values.kind.type }
    public var id: String {
        get { storage.values.id }
        set { unique.values.id = newValue }
    }
    public var title: String {
        get { storage.values.title }
        set { unique.values.title = newValue }
    }
    public var summary: String? {
        get { storage.values.summary }
        set { unique.values.summary = newValue }
    }
    public var kind: EntityKind {
        get { storage.values.kind }
        set { unique.values.kind = newValue }
    }
    /// Where the entity is declared (its file, or its entry in the parent's `vragen:`).
    public var location: SourceLocation {
        get { storage.values.location }
        set { unique.values.location = newValue }
    }
    /// The source file relative to the content folder, e.g. `werkkaarten/tijdlijn.md`.
    public var sourcePath: String {
        get { storage.values.sourcePath }
        set { unique.values.sourcePath = newValue }
    }
    /// The front matter as written, for `graph.json` and templates.
    public var fields: FieldValue {
        get { storage.values.fields }
        set { unique.values.fields = newValue }
    }
    /// Relations declared in front matter.
    public var references: [TypedReference] {
        get { storage.values.references }
        set { unique.values.references = newValue }
    }
    /// The id of the entity whose file holds this one (questions only).
    public var parent: String? {
        get { storage.values.parent }
        set { unique.values.parent = newValue }
    }
    /// Site-relative URL, e.g. `werkkaarten/tijdlijn.html` or `spanningsvelden/x.html#x-3`.
    public var url: String {
        get { storage.values.url }
        set { unique.values.url = newValue }
    }
    /// The rendered body; nil for questions.
    public var body: RenderedMarkdown? {
        get { storage.values.body }
        set { unique.values.body = newValue }
    }

    /// The examples and cases the page tells (`voorbeelden:`), each with its origin.
    public var examples: [Example] {
        get { storage.values.examples }
        set { unique.values.examples = newValue }
    }

    /// The pictures and files its body shows or links to, each once, in the order of first use.
    public var attachments: [Attachment] {
        get { storage.values.attachments }
        set { unique.values.attachments = newValue }
    }

    /// Not published yet (`concept: ja`, or a question in such a file): only the preview keeps it
    /// (`Drafts`).
    public var isDraft: Bool {
        get { storage.values.isDraft }
        set { unique.values.isDraft = newValue }
    }

    /// Ordering within a type: by number where the type has one, then title, then id.
    public var sortKey: (Int, String, String) {
        (number ?? Int.max, title.lowercased(), id)
    }

    /// The number editors gave the entity, if its type has one (a page's `volgorde`). Pages and
    /// link lists ask it for every entity they show; it does not need the lowercased title.
    public var number: Int? {
        switch storage.values.kind {
        case .plateau(let p): p.number
        case .organisationArea(let a): a.number
        case .dimension(let d): d.number
        case .quadrant(let q): q.number
        case .tensionField(let t): t.number
        case .workCard(let w): w.number
        case .phase(let f): f.number
        case .page(let p): p.order
        case .worksheet, .meeting, .source, .question: nil
        }
    }
}

/// The typed payload of an entity.
public enum EntityKind: Sendable {
    case plateau(Plateau)
    case organisationArea(OrganisationArea)
    case dimension(Dimension)
    case quadrant(CooperationQuadrant)
    case tensionField(TensionField)
    case workCard(WorkCard)
    case phase(LearningPhase)
    case worksheet(ComposedWorksheet)
    case meeting(LearningMeeting)
    case source(Source)
    case page(Page)
    case question(ReflectionQuestion)

    public var type: EntityType {
        switch self {
        case .plateau: .plateau
        case .organisationArea: .organisationArea
        case .dimension: .dimension
        case .quadrant: .quadrant
        case .tensionField: .tensionField
        case .workCard: .workCard
        case .phase: .phase
        case .worksheet: .worksheet
        case .meeting: .meeting
        case .source: .source
        case .page: .page
        case .question: .question
        }
    }
}

/// What a relation means. Raw values are the front matter keys that declare them.
public enum RelationKind: String, Sendable, Codable, CaseIterable {
    case source = "bronnen"
    case related = "verwant"
    case workCard = "werkkaarten"
    case phase = "fasen"
    case tensionField = "spanningsvelden"
    case organisationArea = "organisatiegebieden"
    case dimension = "waarden"
    case question = "vragen"
    /// Where a question or an example comes from: the source that gives it.
    case origin = "herkomst"
    /// What a composed worksheet carries: questions, cards, tension fields, phases, areas.
    case carries = "blokken"
    /// What a meeting's parts draw on: cards, tension fields, phases, worksheets.
    case parts = "onderdelen"
    /// A link written in a Markdown body.
    case link
    /// An item of another entity shown in a body (`Reuse`).
    case reuse = "invoegen"

    /// The type a relation of this kind points to; nil means any. The front matter tables
    /// (`FieldSchema.Kind.relation`) show it, the graph checks it.
    public var target: EntityType? {
        switch self {
        case .source, .origin: .source
        case .workCard: .workCard
        case .phase: .phase
        case .tensionField: .tensionField
        case .organisationArea: .organisationArea
        case .dimension: .dimension
        case .question: .question
        case .related, .link, .carries, .parts, .reuse: nil
        }
    }

    /// The types a relation of this kind may point to; nil means any.
    var allowedTargets: Set<EntityType>? { target.map { [$0] } }
}

/// A relation declared in front matter, before the graph checks its target.
public struct TypedReference: Sendable {
    public var kind: RelationKind
    public var target: Reference

    init(_ kind: RelationKind, _ target: Reference) {
        self.kind = kind
        self.target = target
    }
}

/// An edge of the content graph.
public struct Relation: Sendable, Hashable {
    public var from: String
    public var to: String
    public var kind: RelationKind
    /// For body links: the heading anchor after `#`, if any.
    public var fragment: String?
    public var location: SourceLocation
}
