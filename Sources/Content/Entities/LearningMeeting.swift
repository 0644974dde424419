/// A learning meeting (`type: bijeenkomst`): ninety minutes or half a day in which a group learns
/// together, as a sequence of parts drawn from the work cards, tension fields, phases and
/// worksheets (or written for the meeting itself). The body describes the case, if there is one.
public struct LearningMeeting: Sendable {
    /// What the meeting is for, in a sentence or two.
    public var purpose: String
    public var audience: Audience?
    /// The whole meeting, in minutes.
    public var duration: Int
    /// When it starts, in minutes after midnight (`begintijd: "13:30"`).
    public var startTime: Int?
    public var parts: [MeetingPart]

    /// The keys of a bijeenkomst, after the common ones.
    enum Fields {
        static let purpose = FieldSchema("doel", .text, required: true, "Waar de bijeenkomst voor is, in een of twee zinnen.",
                                         placeholder: "Schrijf hier wat de groep na afloop weet of kan.")
        static let audience = FieldSchema("doelgroep", .audience, "Voor wie de bijeenkomst is: professional, bestuurder of iedereen.")
        static let duration = FieldSchema("duur", .number(5...600), required: true, "Hoe lang de bijeenkomst duurt, in minuten.",
                                          placeholder: "90")
        static let startTime = FieldSchema("begintijd", .text, "Hoe laat de bijeenkomst begint, als uu:mm (bijvoorbeeld \"13:30\"); de agenda rekent de tijden dan uit.")
        static let parts = FieldSchema("onderdelen", .records(subject: "onderdeel", fields: MeetingPart.Fields.all), required: true,
                                       "De onderdelen in de volgorde van de bijeenkomst. Elk onderdeel noemt één werkkaart, spanningsveld, fase of werkblad, of heeft een eigen titel en tekst.")
        static let all = [purpose, audience, duration, startTime, parts]
    }

    static let schema = EntitySchema(
        type: .meeting, explanation: "Een leerbijeenkomst: de onderdelen op volgorde, met hun minuten, wie ze leidt en welke vragen aan bod komen.",
        fields: Fields.all)

    static func read(_ r: inout FrontMatterReader) -> LearningMeeting {
        let purpose = r.string(Fields.purpose) ?? ""
        let audience = r.audience(Fields.audience)
        let duration = r.int(Fields.duration) ?? 0
        var startTime: Int?
        if let text = r.string(Fields.startTime), let node = r.node(Fields.startTime) {
            startTime = ClockTime.minutes(text)
            if startTime == nil { r.report(r.location(of: node), .notClockTime(text: text)) }
        }
        let parts = r.records(Fields.parts) { MeetingPart.read(&$0) }
        // The minutes are checked once every part is read; a part without minutes was reported.
        if duration > 0, !parts.isEmpty, parts.allSatisfy({ $0.minutes > 0 }) {
            let total = parts.reduce(0) { $0 + $1.minutes }
            if total != duration, let node = r.node(Fields.duration) {
                r.report(r.location(of: node), .meetingMinutesDoNotAddUp(parts: total, duration: duration))
            }
        }
        return LearningMeeting(purpose: purpose, audience: audience, duration: duration, startTime: startTime, parts: parts)
    }

    /// Whether the group discusses a case someone brings in (a part the case holder leads): its
    /// pack then carries the case template and the privacy agreements.
    public var discussesACase: Bool { parts.contains { $0.lead == .caseHolder } }

    /// Each part with the time it starts, counted from `startTime` (or from 0:00 when the meeting
    /// has none, which the agenda then shows as minutes from the start).
    public var schedule: [(part: MeetingPart, start: Int)] {
        var clock = startTime ?? 0
        return parts.map { part in
            defer { clock += part.minutes }
            return (part, clock)
        }
    }
}

/// One part of a meeting, in the order the editor wrote it.
public struct MeetingPart: Sendable {
    /// What the part draws on.
    public enum Source: Sendable {
        case workCard(Reference)
        case tensionField(Reference)
        case phase(Reference)
        case worksheet(Reference)
        /// A part written for the meeting itself: an opening, a break, a round.
        case own(title: String, text: String?)
    }

    /// Who leads the part.
    public enum Lead: String, Sendable, CaseIterable {
        case facilitator
        case caseHolder = "casusinbrenger"
        case everyone = "iedereen"
    }

    public var source: Source
    public var minutes: Int
    public var lead: Lead
    /// Which of the entity's questions to use, by id; empty: the part uses none in particular.
    public var questions: [Reference]
    public var notes: String?
    public var location: SourceLocation

    /// The entity the part draws on, with the key that names it.
    public var drawsOn: (key: String, reference: Reference)? {
        switch source {
        case .workCard(let r): (Fields.workCard.key, r)
        case .tensionField(let r): (Fields.tensionField.key, r)
        case .phase(let r): (Fields.phase.key, r)
        case .worksheet(let r): (Fields.worksheet.key, r)
        case .own: nil
        }
    }

    /// The keys of one part under `onderdelen:`.
    enum Fields {
        static let workCard = FieldSchema("werkkaart", .ids(.workCard), "De werkkaart waarmee de groep werkt.")
        static let tensionField = FieldSchema("spanningsveld", .ids(.tensionField), "Het spanningsveld dat de groep verkent.")
        static let phase = FieldSchema("fase", .ids(.phase), "De fase van samen leren die aan bod komt.")
        static let worksheet = FieldSchema("werkblad", .ids(.worksheet), "Een samengesteld werkblad dat de groep invult.")
        static let title = FieldSchema("titel", .text, "De titel van een eigen onderdeel, zoals 'Opening' of 'Pauze'.",
                                       placeholder: "Onderdeel")
        static let text = FieldSchema("tekst", .text, "Wat er in een eigen onderdeel gebeurt.")
        static let minutes = FieldSchema("minuten", .number(1...600), required: true, "Hoeveel minuten het onderdeel duurt.",
                                         placeholder: "45")
        static let lead = FieldSchema("leiding", .text, "Wie het onderdeel leidt: facilitator (zonder 'leiding' is dat de facilitator), casusinbrenger of iedereen.")
        static let questions = FieldSchema("vragen", .ids(.question), "Welke vragen van de werkkaart of het spanningsveld aan bod komen, op id.")
        static let notes = FieldSchema("notities", .text, "Aantekeningen voor wie het onderdeel leidt.")
        static let all = [workCard, tensionField, phase, worksheet, title, text, minutes, lead, questions, notes]
        /// The keys that say what a part draws on; a part has one of them, or a `titel`.
        static let sources = [workCard, tensionField, phase, worksheet]
    }

    static func read(_ p: inout FrontMatterReader) -> MeetingPart? {
        let present = Fields.sources.filter { p.node($0) != nil }
        let title = p.string(Fields.title)
        let text = p.string(Fields.text)
        let minutes = p.int(Fields.minutes) ?? 0
        let leadName = p.string(Fields.lead)
        var lead = Lead.facilitator
        if let leadName, let node = p.node(Fields.lead) {
            if let known = Lead(rawValue: leadName) {
                lead = known
            } else {
                let names = Lead.allCases.map(\.rawValue)
                p.report(p.location(of: node), .unknownLead(name: leadName, nearest: Suggestion.closest(to: leadName, in: names), known: names))
            }
        }
        let questions = p.references(Fields.questions)
        let notes = p.string(Fields.notes)
        guard present.count <= 1 else {
            p.report(p.location, .meetingPartWithSeveralSources(keys: Fields.sources.map(\.key), found: present.map(\.key)))
            return nil
        }
        let source: Source
        if let field = present.first {
            guard let id = p.singleReference(field) else { return nil }
            source = switch field.key {
            case Fields.workCard.key: .workCard(id)
            case Fields.tensionField.key: .tensionField(id)
            case Fields.phase.key: .phase(id)
            default: .worksheet(id)
            }
        } else if let title {
            source = .own(title: title, text: text)
        } else {
            p.report(p.location, .meetingPartWithoutSource(keys: Fields.sources.map(\.key)))
            return nil
        }
        return MeetingPart(source: source, minutes: minutes, lead: lead, questions: questions, notes: notes, location: p.location)
    }
}

/// Times of day as a meeting's agenda writes them.
public enum ClockTime {
    /// "13:30" → 810; nil unless hours 0–23 and minutes 0–59, written `u:mm` or `uu:mm`.
    public static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let hours = Int(parts[0]), let minutes = Int(parts[1]), (0...23).contains(hours), (0...59).contains(minutes) else { return nil }
        return hours * 60 + minutes
    }

    /// 810 → "13:30"; past midnight it goes on counting from 0:00.
    public static func text(_ minutes: Int) -> String {
        let day = ((minutes % 1440) + 1440) % 1440
        return "\(day / 60):" + (day % 60 < 10 ? "0" : "") + "\(day % 60)"
    }
}
