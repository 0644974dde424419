import Content

/// The files Spiegel makes for one learning meeting, beside its page: each printable part as a
/// page of its own (printed as a PDF of the same name) and the pack that joins them.
struct MeetingFiles: Sendable {
    let id: String

    /// The printable parts, in the order the pack holds them.
    enum Part: String, CaseIterable, Sendable {
        case agenda
        case script = "draaiboek"
        /// Only for a meeting that discusses a case: the case template and the privacy agreements.
        case privacy = "casus"
        case deck = "kaarten"
        case handout = "deelnemers"
    }

    /// The parts a meeting has, in the pack's order.
    static func parts(for meeting: LearningMeeting) -> [Part] {
        Part.allCases.filter { $0 != .privacy || meeting.discussesACase }
    }

    func html(_ part: Part) -> String { Self.folder + id + "-" + part.rawValue + ".html" }
    func pdf(_ part: Part) -> String { Self.folder + id + "-" + part.rawValue + ".pdf" }
    /// The pack's cover and contents, and the whole pack as one PDF.
    var packHTML: String { Self.folder + id + "-pakket.html" }
    var packPDF: String { Self.folder + id + "-pakket.pdf" }

    /// Every path written for the meeting, for the preview's partial rebuilds.
    var htmlPaths: [String] { Part.allCases.map(html) + [packHTML] }

    /// Every HTML page (or PDF) written for the meetings of `graph`, with what it is, for the
    /// errors about a page or file of an editor's that would land on one.
    static func written(in graph: ContentGraph, strings: UIStrings, pdf: Bool) -> [(path: String, what: String)] {
        graph.entities(of: .meeting).flatMap { entity -> [(path: String, what: String)] in
            guard case .meeting(let meeting) = entity.kind else { return [] }
            let files = MeetingFiles(id: entity.id)
            let parts = parts(for: meeting).map { part in
                (pdf ? files.pdf(part) : files.html(part), strings[MeetingPrints.titleKey(part)] + " · " + entity.title)
            }
            return parts + [(pdf ? files.packPDF : files.packHTML, strings["meetingPack"] + " · " + entity.title)]
        }
    }

    private static let folder = EntityType.meeting.section + "/"
}
