/// A reflection or helping question. It lives in its parent's file (a tension field, a work card
/// or a page) and has an id of its own so worksheets and links can name it.
public struct ReflectionQuestion: Sendable {
    public var text: String
    public var audience: Audience?
    public var group: String?
}

/// Whom a question addresses.
public enum Audience: String, Sendable, CaseIterable, Codable {
    case professional
    case director = "bestuurder"
    case everyone = "iedereen"
}
