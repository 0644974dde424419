/// The keys a `bijeenkomst` file is written with, by what they mean, for code outside this module
/// that writes such a file (the meeting composer in the site exports one): it takes every key from
/// the field table, so a key renamed there is renamed in the exported file too.
public enum MeetingKeys {
    /// The meeting's own keys, by role: type, title, summary, purpose, audience, duration, start, parts.
    public static let meeting: [String: String] = [
        "type": CommonFields.type.key, "title": CommonFields.title.key, "summary": CommonFields.summary.key,
        "purpose": LearningMeeting.Fields.purpose.key, "audience": LearningMeeting.Fields.audience.key,
        "duration": LearningMeeting.Fields.duration.key, "start": LearningMeeting.Fields.startTime.key,
        "parts": LearningMeeting.Fields.parts.key,
    ]

    /// One part's keys, by role: what it draws on (workCard, tensionField, phase, worksheet), or its
    /// own title and text; minutes, lead, questions, notes.
    public static let part: [String: String] = [
        "workCard": MeetingPart.Fields.workCard.key, "tensionField": MeetingPart.Fields.tensionField.key,
        "phase": MeetingPart.Fields.phase.key, "worksheet": MeetingPart.Fields.worksheet.key,
        "title": MeetingPart.Fields.title.key, "text": MeetingPart.Fields.text.key,
        "minutes": MeetingPart.Fields.minutes.key, "lead": MeetingPart.Fields.lead.key,
        "questions": MeetingPart.Fields.questions.key, "notes": MeetingPart.Fields.notes.key,
    ]

    /// The words `leiding:` takes, the facilitator first (a part without `leiding` has the facilitator).
    public static let leads: [String] = MeetingPart.Lead.allCases.map(\.rawValue)

    /// How many minutes a part and a whole meeting may last (`minuten:`, `duur:`), from the field
    /// table: the composer holds a draft to them, so that the file it exports builds.
    public static let partMinutes = range(of: MeetingPart.Fields.minutes)
    public static let duration = range(of: LearningMeeting.Fields.duration)

    private static func range(of field: FieldSchema) -> ClosedRange<Int> {
        guard case .number(let range?) = field.kind else { preconditionFailure("'\(field.key)' has no range in the field table") }
        return range
    }

    /// What a required text is filled with when the trainer left it empty: the same sentence
    /// `spiegel new` writes, so the exported file builds and the editor sees what to replace.
    public static let purposePlaceholder = LearningMeeting.Fields.purpose.placeholder ?? ""
}
