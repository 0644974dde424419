import Content

/// A meeting's agenda as its page shows it: each part with its clock time (from the start time
/// and the minutes before it; without a start time, the minutes since the start), what it draws on
/// with a link, how long it takes, who leads it, what it is for and its questions in order.
struct MeetingAgenda {
    let meeting: LearningMeeting
    let graph: ContentGraph
    let strings: UIStrings
    /// The URL of the page the agenda is on, for relative links.
    let from: String

    var values: [String: Any] {
        var values: [String: Any] = [
            "purpose": meeting.purpose,
            "duration": strings.counted("meetingMinutes", meeting.duration),
            "agenda": meeting.schedule.map { row($0.part, start: $0.start) },
            "script": meeting.schedule.map { scriptStep($0.part, start: $0.start) },
        ]
        let preparation = self.preparation
        if !preparation.isEmpty { values["preparation"] = preparation }
        if let audience = meeting.audience { values["audience"] = strings.audience[audience] ?? audience.rawValue }
        if let start = meeting.startTime { values["start"] = ClockTime.text(start) }
        return values
    }

    private func row(_ part: MeetingPart, start: Int) -> [String: Any] {
        var row: [String: Any] = [
            "time": meeting.startTime == nil
                ? (start == 0 ? "0:00" : strings.counted("meetingAfterStart", start))
                : ClockTime.text(start) + "–" + ClockTime.text(start + part.minutes),
            "minutes": strings.counted("meetingMinutes", part.minutes),
            "lead": strings[Self.leadKey(part.lead)],
        ]
        if let notes = part.notes { row["notes"] = notes }
        switch part.source {
        case .own(let title, let text):
            row["title"] = title
            if let text { row["about"] = text }
        default:
            guard let (_, reference) = part.drawsOn, let entity = graph.entity(reference.id) else { break }
            row["title"] = entity.title
            row["url"] = SiteURL.relative(entity.url, from: from)
            row["type"] = strings.singular(entity.type)
            if let purpose = Self.purpose(of: entity) { row["about"] = purpose }
        }
        row["questions"] = part.questions.compactMap { graph.entity($0.id) }.compactMap { question -> [String: Any]? in
            guard case .question(let q) = question.kind else { return nil }
            return ["text": q.text, "url": SiteURL.relative(question.url, from: from)]
        }
        return row
    }

    /// Everything to prepare, from the cards the parts draw on, in the order the parts come and
    /// each item once: two cards that both need a flip-over need one on the list.
    private var preparation: [String] {
        var seen = Set<String>()
        return meeting.parts.flatMap { part -> [String] in
            guard case .workCard(let reference) = part.source, case .workCard(let card)? = graph.entity(reference.id)?.kind else { return [] }
            return card.preparation
        }.filter { seen.insert($0.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)).inserted }
    }

    /// One part as the facilitator runs it: when to start and to round off, the steps, and the
    /// questions to ask in their order.
    private func scriptStep(_ part: MeetingPart, start: Int) -> [String: Any] {
        var step = row(part, start: start)
        // Round off a few minutes before the end: a tenth of the part, at least one minute.
        let warning = max(1, part.minutes / 10)
        if part.minutes >= 10 {
            let roundOff = start + part.minutes - warning
            let when = meeting.startTime == nil ? strings.counted("meetingAfterStart", roundOff) : ClockTime.text(roundOff)
            step["cue"] = strings.counted("meetingCue", warning).replacingOccurrences(of: "{tijd}", with: when)
        }
        if case .workCard(let reference) = part.source, case .workCard(let card)? = graph.entity(reference.id)?.kind, !card.steps.isEmpty {
            step["steps"] = card.steps
        }
        return step
    }

    /// What the part is for: a card's purpose, otherwise the entity's summary.
    private static func purpose(of entity: Entity) -> String? {
        if case .workCard(let card) = entity.kind { return card.purpose }
        if case .worksheet(let sheet) = entity.kind { return sheet.purpose }
        return entity.summary
    }

    private static func leadKey(_ lead: MeetingPart.Lead) -> String {
        switch lead {
        case .facilitator: "leadFacilitator"
        case .caseHolder: "leadCaseHolder"
        case .everyone: "leadEveryone"
        }
    }
}
