/// A value a template can show: what a page's context is made of. Typed, so that looking up a
/// name costs one dictionary access instead of the dynamic casts `[String: Any]` needs.
public enum TemplateValue: Sendable, Equatable {
    case text(String)
    case flag(Bool)
    case number(Int)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// The same value as the `Any` tree swift-mustache renders, for templates only it can render.
    public var anyValue: Any {
        switch self {
        case .text(let text): text
        case .flag(let flag): flag
        case .number(let number): number
        case .list(let list): list.map(\.anyValue)
        case .object(let object): object.mapValues(\.anyValue)
        }
    }
}
