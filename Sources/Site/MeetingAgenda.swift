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
            "duration": count("meetingMinutes", meeting.duration),
            "agenda": meeting.schedule.map { row($0.part, start: $0.start) },
        ]
        if let audience = meeting.audience { values["audience"] = strings.audience[audience] ?? audience.rawValue }
        if let start = meeting.startTime { values["start"] = ClockTime.text(start) }
        return values
    }

    private func row(_ part: MeetingPart, start: Int) -> [String: Any] {
        var row: [String: Any] = [
            "time": meeting.startTime == nil
                ? (start == 0 ? "0:00" : count("meetingAfterStart", start))
                : ClockTime.text(start) + "–" + ClockTime.text(start + part.minutes),
            "minutes": count("meetingMinutes", part.minutes),
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

    private func count(_ key: String, _ number: Int) -> String {
        strings[key].replacingOccurrences(of: "{aantal}", with: String(number))
    }
}
