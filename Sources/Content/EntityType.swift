/// The kinds of entity a content file can declare with `type:`. Raw values are the Dutch
/// words editors write; the cases are what the domain calls them.
public enum EntityType: String, CaseIterable, Sendable, Codable, Comparable {
    case plateau
    case organisationArea = "organisatiegebied"
    case dimension = "dimensie"
    case quadrant = "kwadrant"
    case tensionField = "spanningsveld"
    case workCard = "werkkaart"
    case phase = "fase"
    /// A worksheet composed by an editor; the generated ones are derived from the graph.
    case worksheet = "werkblad"
    /// A learning meeting: parts drawn from the cards, fields, phases and worksheets.
    case meeting = "bijeenkomst"
    case source = "bron"
    case page = "pagina"
    case question = "vraag"

    /// Types an editor may put in `type:`; questions live inside their parent's file.
    public static let fileTypes: [EntityType] = allCases.filter { $0 != .question }

    /// The output folder, and the default content folder of `spiegel new`.
    public var section: String {
        switch self {
        case .plateau: "plateaus"
        case .organisationArea: "organisatiegebieden"
        case .dimension: "dimensies"
        case .quadrant: "kwadranten"
        case .tensionField: "spanningsvelden"
        case .workCard: "werkkaarten"
        case .phase: "fasen"
        case .worksheet: "werkbladen"
        case .meeting: "bijeenkomsten"
        case .source: "bronnen"
        case .page: ""
        case .question: ""
        }
    }

    /// Order of the types in navigation.
    var rank: Int { EntityType.allCases.firstIndex(of: self)! }

    public static func < (a: EntityType, b: EntityType) -> Bool { a.rank < b.rank }
}
