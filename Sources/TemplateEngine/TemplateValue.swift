/// A value a template can show: what a page's context is made of. Typed, so that looking up a
/// name costs a search of an object's few fields instead of the dynamic casts `[String: Any]` needs.
public enum TemplateValue: Sendable, Equatable {
    case text(String)
    case flag(Bool)
    case number(Int)
    case list([TemplateValue])
    case object(TemplateFields)

    /// The same value as a tree of Swift's own types, for printing a list or an object.
    var anyValue: Any {
        switch self {
        case .text(let text): text
        case .flag(let flag): flag
        case .number(let number): number
        case .list(let list): list.map(\.anyValue)
        case .object(let object): Dictionary(uniqueKeysWithValues: object.map { ($0.name, $0.value.anyValue) })
        }
    }
}
