/// Showing an item of another page inside a body, so that its text lives in one place: a
/// question, a work card's steps or preparation, a tension field's poles.
///
/// The editor writes an ordinary link to the item's home, alone in its paragraph, with the title
/// `"invoegen"`: `[De stappen van de tijdlijn](../werkkaarten/tijdlijn.md#stappen "invoegen")`.
/// In a git web interface that reads as a link to the home file; in the site the paragraph gives
/// way to the item's current text with a link back. The path is resolved like any link (a
/// missing file is a broken link with the nearest name); what follows `#` names the item: a
/// question's id, or `stappen`, `voorbereiding` or `polen` (the keys that hold them).
///
/// The items come from front matter, so they are known before any body is rendered
/// (`Identities`), and a body that shows one is rendered with its text in place.
public enum Reuse {
    /// The link title that asks for the item rather than a link to it.
    public static let marker = "invoegen"

    /// What a body can show of another entity.
    public enum Item: Sendable {
        case question(id: String, text: String, audience: Audience?)
        case steps([String])
        case preparation([String])
        case poles([Pole])
    }

    /// One item placed in a page: what it is and where it lives.
    public struct Placement: Sendable {
        public let item: Item
        public let homeTitle: String
        public let homeType: EntityType
        /// The item's address relative to the page that shows it.
        public let homeURL: String
    }

    /// Turns a placement into the HTML the page shows: the site's, which knows its words.
    public typealias Presenter = @Sendable (Placement) -> String

    /// The items of every entity that has some, by the entity's id, from front matter alone.
    /// Made again on every load, also when the ids stay (the preview's cache then renders again
    /// the bodies that show an item of a file read again).
    public struct Table: Sendable {
        struct Home: Sendable {
            var title: String
            var type: EntityType
            var url: String
            /// Question id → the question, in file order.
            var questions: [(id: String, text: String, audience: Audience?, url: String)]
            var parts: [(name: String, item: Item)]
        }

        var homes: [String: Home] = [:]

        public init() {}

        /// The items of the entities in `files`; only the first entity of each id counts.
        public init(_ files: [DecodedFile], firstByID: [String: SourceLocation]) {
            // By index, and only files with something to show: this runs alone, before any body is
            // rendered, and a loop variable would copy each decoded file (a dozen references).
            for i in files.indices where Self.mayHaveItems(files[i]) {
                guard let main = files[i].entities.first, firstByID[main.id] == main.location,
                      let home = Self.home(of: files[i]) else { continue }
                homes[main.id] = home
            }
        }

        /// Whether a file declares questions, or is a work card or a tension field: the files
        /// `home(of:)` can find items in.
        private static func mayHaveItems(_ file: DecodedFile) -> Bool {
            guard let main = file.entities.first else { return false }
            switch main.kind {
            case .workCard, .tensionField: return true
            default: return file.entities.count > 1
            }
        }

        private static func home(of file: DecodedFile) -> Home? {
            guard let main = file.entities.first else { return nil }
            var home = Home(title: main.title, type: main.type, url: main.url, questions: [], parts: [])
            for question in file.entities.dropFirst() {
                guard case .question(let q) = question.kind else { continue }
                home.questions.append((question.id, q.text, q.audience, question.url))
            }
            switch main.kind {
            case .workCard(let card):
                if !card.steps.isEmpty { home.parts.append((WorkCard.Fields.steps.key, .steps(card.steps))) }
                if !card.preparation.isEmpty { home.parts.append((WorkCard.Fields.preparation.key, .preparation(card.preparation))) }
            case .tensionField(let field):
                if !field.poles.isEmpty { home.parts.append((TensionField.Fields.poles.key, .poles(field.poles))) }
            default: break
            }
            return home.questions.isEmpty && home.parts.isEmpty ? nil : home
        }

        enum Found {
            case item(Item, target: String, url: String, home: Home)
            case problem(Problem)
        }

        /// The item `name` (after `#`) of entity `id`, the id the relation points at (the question's,
        /// or the entity's for a part) and the item's own address; or the problem.
        func find(_ name: String?, of id: String) -> Found {
            let home = homes[id]
            let names = (home?.parts.map(\.name) ?? []) + (home?.questions.map(\.id) ?? [])
            guard let name, !name.isEmpty else {
                return .problem(.reuseWithoutItem(page: id, items: names))
            }
            if let home, let question = home.questions.first(where: { $0.id == name }) {
                return .item(.question(id: question.id, text: question.text, audience: question.audience), target: question.id, url: question.url, home: home)
            }
            if let home, let part = home.parts.first(where: { $0.name == name }) {
                return .item(part.item, target: id, url: home.url, home: home)
            }
            return .problem(.unknownReuseItem(page: id, item: name, nearest: Suggestion.closest(to: name, in: names), items: names))
        }
    }
}
