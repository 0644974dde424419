import Content

/// A meeting's card deck: a card for every work card, tension field and phase its parts draw on,
/// and one for every question a part chose, in the order of the parts. Cards are A6, four to an
/// A4 sheet; each sheet's backs follow it on the next page, with the columns swapped, so that a
/// sheet printed on both sides and turned over its long edge puts every back behind its front.
struct CardDeck {
    let meeting: LearningMeeting
    let graph: ContentGraph
    let strings: UIStrings

    /// One card: its front says what it is, its back what to do with it.
    struct Card {
        /// The type whose colour the card carries (`werkkaart`, `spanningsveld`, `fase`).
        let type: EntityType
        /// "Werkkaart 3", or "Vraag · Een tijdlijn maken".
        let label: String
        let title: String?
        let text: String?
        /// A question's front shows the question large, as it is read aloud.
        let isQuestion: Bool
        let backLabel: String
        let backTitle: String
        let backHeading: String?
        let backItems: [String]
        let backText: String?
        let source: String?
    }

    static let cardsPerSheet = 4

    var cards: [Card] {
        var seen = Set<String>()
        return meeting.parts.flatMap { part -> [Card] in
            var cards: [Card] = []
            if let (_, reference) = part.drawsOn, let entity = graph.entity(reference.id), seen.insert(entity.id).inserted,
               let card = card(for: entity) {
                cards.append(card)
            }
            cards += part.questions.compactMap { graph.entity($0.id) }.compactMap(questionCard)
            return cards
        }
    }

    /// The sheets as the template lays them out (a card's fields are named `card…`, so that a
    /// card without a title does not show the page's, found further up Mustache's context): each with its four front slots and, for the page
    /// behind it, the same cards with left and right swapped (slot 0 ↔ 1, 2 ↔ 3).
    var values: [String: Any] {
        let cards = self.cards
        let numbered = cards.enumerated().map { index, card in
            (front: front(card, number: index + 1, of: cards.count), back: back(card, number: index + 1, of: cards.count))
        }
        let sheets = stride(from: 0, to: numbered.count, by: Self.cardsPerSheet).map { first -> [String: Any] in
            let sheet = Array(numbered[first..<min(first + Self.cardsPerSheet, numbered.count)])
            let number = first / Self.cardsPerSheet + 1
            func slots(_ side: (Int) -> [String: Any]?) -> [[String: Any]] {
                (0..<Self.cardsPerSheet).map { slot in
                    var values: [String: Any] = ["slot": slot]
                    if let card = side(slot) { values["card"] = card }
                    return values
                }
            }
            return [
                "frontLabel": strings.counted("deckSheetFront", number),
                "backLabel": strings.counted("deckSheetBack", number),
                "front": slots { $0 < sheet.count ? sheet[$0].front : nil },
                "back": slots { ($0 ^ 1) < sheet.count ? sheet[$0 ^ 1].back : nil },
            ]
        }
        return ["sheets": sheets, "count": strings.counted("deckCount", cards.count)]
    }

    private func front(_ card: Card, number: Int, of count: Int) -> [String: Any] {
        ["type": card.type.rawValue, "cardLabel": card.label, "cardTitle": card.title ?? "", "cardText": card.text ?? "",
         "question": card.isQuestion, "cardSource": card.source ?? "", "cardNumber": numberText(number, of: count)]
    }

    private func back(_ card: Card, number: Int, of count: Int) -> [String: Any] {
        ["type": card.type.rawValue, "cardLabel": card.backLabel, "cardTitle": card.backTitle, "cardHeading": card.backHeading ?? "",
         "cardItems": card.backItems, "cardText": card.backText ?? "", "cardSource": card.source ?? "", "cardNumber": numberText(number, of: count)]
    }

    private func numberText(_ number: Int, of count: Int) -> String {
        strings.counted("deckCardNumber", count).replacingOccurrences(of: "{nummer}", with: String(number))
    }

    /// "Werkkaart 3", "Spanningsveld 6".
    private func label(of entity: Entity) -> String {
        strings.singular(entity.type) + (entity.number.map { " \($0)" } ?? "")
    }

    private func card(for entity: Entity) -> Card? {
        let source = sourceName(of: entity)
        switch entity.kind {
        case .workCard(let card):
            return Card(type: .workCard, label: label(of: entity), title: entity.title, text: card.purpose, isQuestion: false,
                        backLabel: label(of: entity), backTitle: entity.title, backHeading: card.steps.isEmpty ? nil : strings["meetingSteps"],
                        backItems: card.steps, backText: card.steps.isEmpty ? card.whenToUse : nil, source: source)
        case .tensionField(let field):
            return Card(type: .tensionField, label: label(of: entity), title: entity.title, text: entity.summary, isQuestion: false,
                        backLabel: label(of: entity), backTitle: field.poles.map(\.name).joined(separator: " · "), backHeading: nil,
                        backItems: field.poles.map { $0.name + ($0.explanation.map { ": " + $0 } ?? "") }, backText: nil, source: source)
        case .phase(let phase):
            return Card(type: .phase, label: label(of: entity), title: entity.title, text: entity.summary, isQuestion: false,
                        backLabel: label(of: entity), backTitle: entity.title, backHeading: nil,
                        backItems: phase.parts.map(\.title), backText: nil, source: source)
        default:
            return nil
        }
    }

    /// A question's front is the question; its back names the card or field it belongs to and
    /// whom it is for, so a card that strays from the pile finds its way back. A follow-up question
    /// (`doorvraag: ja`) is a follow-up card: its band says so, and its back says how to use it.
    private func questionCard(_ question: Entity) -> Card? {
        guard case .question(let q) = question.kind, let parent = question.parent.flatMap({ graph.entity($0) }) else { return nil }
        let type = [EntityType.workCard, .tensionField, .phase].contains(parent.type) ? parent.type : .page
        var source = sourceName(of: parent)
        if case .source(let id, _)? = q.origin, let named = graph.entity(id) { source = sourceName(named) }
        let forWhom = q.audience.map { strings.questionsFor($0) }
        return Card(type: type, label: strings[q.askedAloud ? "deckFollowUp" : "deckQuestion"] + " · " + parent.title, title: nil, text: q.text,
                    isQuestion: true, backLabel: label(of: parent), backTitle: parent.title, backHeading: nil, backItems: [],
                    backText: q.askedAloud ? [strings["deckFollowUpHow"], forWhom].compactMap { $0 }.joined(separator: " ") : forWhom,
                    source: source)
    }

    /// "Bron: Samen lerend doen (2023)": the first publication the entity cites.
    private func sourceName(of entity: Entity) -> String? {
        graph.outgoing(from: entity.id).first { $0.kind == .source }.flatMap { graph.entity($0.to) }.map(sourceName)
    }

    private func sourceName(_ source: Entity) -> String {
        var name = source.title
        if case .source(let s) = source.kind, let year = s.year { name += " (\(year))" }
        return strings["sheetSource"] + ": " + name
    }
}
