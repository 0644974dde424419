/// What an editor may write in the front matter of each type: every key, whether it is required,
/// what kind of value it takes and, in Dutch, what it is for. Each key is one `FieldSchema`
/// constant (`WorkCard.Fields.number`, …) that the type's reader reads by, so the decoder,
/// `spiegel new`, the editors' handbook and `docs/content-model.md` all take the key from here.
public struct EntitySchema: Sendable {
    public let type: EntityType
    /// One Dutch sentence: what an entity of this type is.
    public let explanation: String
    /// The keys of this type, after the keys every type has (`common`).
    public let fields: [FieldSchema]

    /// Every key of the type, common keys first, in the order a new file lists them.
    public var allFields: [FieldSchema] {
        Self.common + fields + (Self.exampleParents.contains(type) ? [Self.examples] : [])
            + (Self.questionParents.contains(type) ? [Self.questions] : [])
    }

    /// Keys every file has, whatever its type.
    public static let common: [FieldSchema] = CommonFields.all

    /// The types whose files may hold questions under `vragen:`.
    public static let questionParents: Set<EntityType> = [.tensionField, .workCard, .page]

    /// The types whose pages tell examples or cases: all but sources and composed worksheets.
    public static let exampleParents: Set<EntityType> = Set(EntityType.fileTypes).subtracting([.source, .worksheet])

    /// The `voorbeelden:` list.
    public static let examples = Example.list

    /// The `vragen:` list; questions are never files of their own.
    public static let questions = FieldSchema(
        "vragen", .records(subject: "vraag", fields: question),
        "Reflectie- of hulpvragen op deze pagina. Elke vraag heeft een eigen id, zodat links en werkbladen ernaar kunnen verwijzen.")

    /// The keys of one question in a `vragen:` list.
    public static let question: [FieldSchema] = ReflectionQuestion.Fields.all

    public static func of(_ type: EntityType) -> EntitySchema? { byType[type] }

    /// Every type an editor can create, in menu order.
    public static var all: [EntitySchema] { EntityType.fileTypes.compactMap(of) }

    private static let byType: [EntityType: EntitySchema] = Dictionary(uniqueKeysWithValues: [
        Plateau.schema, OrganisationArea.schema, Dimension.schema, CooperationQuadrant.schema, TensionField.schema,
        WorkCard.schema, LearningPhase.schema, Source.schema, ComposedWorksheet.schema, LearningMeeting.schema, Page.schema,
    ].map { ($0.type, $0) })
}

/// The keys every file has, whatever its type.
enum CommonFields {
    static let type = FieldSchema("type", .typeName, required: true, "Wat voor pagina dit is: een van de typen in deze handleiding.")
    static let id = FieldSchema("id", .id, "Vaste naam van de pagina in links en adressen. Zonder id geldt de bestandsnaam (zonder .md).")
    static let title = FieldSchema("titel", .text, required: true, "De titel boven de pagina en in menu's en overzichten.")
    static let summary = FieldSchema("samenvatting", .text, "Eén zin voor overzichten en zoekresultaten. Niet verplicht, wel aangeraden.")
    static let sources = FieldSchema(relation: .source, "De bronnen waarop deze pagina steunt, als lijst van ids van bronnen.")
    static let related = FieldSchema(relation: .related, "Pagina's die de lezer ook wil zien (\"zie ook\"), als lijst van ids van elk type.")
    static let draft = FieldSchema("concept", .yesNo,
        "Met 'concept: ja' is de pagina nog niet af: de site laat haar (met haar vragen) weg, de voorvertoning toont haar met een balk 'Concept'. Zet 'concept: nee' of haal de regel weg als de pagina af is.")
    static let all = [type, id, title, summary, sources, related, draft]
}

/// One key of a front matter mapping.
public struct FieldSchema: Sendable {
    /// What kind of value the key takes; the handbook names it, `spiegel new` writes an example of it.
    public enum Kind: Sendable {
        case text
        /// A whole number, within the range when there is one.
        case number(ClosedRange<Int>?)
        case yesNo
        /// A list of texts (a single text counts as a list of one).
        case texts
        /// A list of ids, of entities of the given type (nil: of any type), that the reader checks
        /// itself (a worksheet block's).
        case ids(EntityType?)
        /// A list of ids this entity relates to, of the relation's target type; the key is the
        /// relation's.
        case relation(RelationKind)
        /// A list of mappings, each with its own keys.
        case records(subject: String, fields: [FieldSchema])
        /// A kwadrant's mapping from dimension id to value id.
        case valueChoice
        /// A slug: lower-case letters, digits and single hyphens.
        case id
        /// The name of an entity type (for `type:`).
        case typeName
        /// The name of a type with an overview page (for `overzicht:`).
        case overviewType
        case audience
        /// Where a question comes from: `eigen`, or the id of a `bron`.
        case origin
    }

    public let key: String
    public let kind: Kind
    public let required: Bool
    /// Dutch, one or two sentences: what goes here.
    public let explanation: String
    /// The Dutch text `spiegel new` puts in a required text field for the editor to replace.
    public let placeholder: String?

    init(_ key: String, _ kind: Kind, required: Bool = false, _ explanation: String, placeholder: String? = nil) {
        self.key = key
        self.kind = kind
        self.required = required
        self.explanation = explanation
        self.placeholder = placeholder
    }

    /// A relation key: its name is the relation's, so the graph's messages name the key.
    init(relation: RelationKind, _ explanation: String) {
        self.init(relation.rawValue, .relation(relation), explanation)
    }

    /// The keys of each item, for list-of-mapping keys.
    public var itemFields: [FieldSchema] {
        if case .records(_, let fields) = kind { fields } else { [] }
    }
}
