import Content
import Foundation

/// The printable parts of every learning meeting (agenda, facilitator's script, for a case the
/// case template and privacy agreements, card deck, participants' handout) as pages of their own,
/// the pack's cover and contents, and the print jobs that turn them into PDFs and join them into
/// the pack. Each page stands alone on paper like a worksheet: A4, the worksheets' stylesheet, a
/// footer with the meeting's title.
struct MeetingPrints {
    let pages: PageContext
    let withPDFs: Bool

    private var graph: ContentGraph { pages.graph }
    private var strings: UIStrings { pages.strings }
    private var config: SiteConfig { pages.config }

    private var meetings: [(entity: Entity, meeting: LearningMeeting)] {
        graph.entities(of: .meeting).compactMap { entity in
            guard case .meeting(let meeting) = entity.kind else { return nil }
            return (entity, meeting)
        }
    }

    /// The template each part is rendered with.
    private static func template(_ part: MeetingFiles.Part) -> String { "bijeenkomst-" + part.rawValue }

    func files(_ templates: TemplateSet, wanted: (String) -> Bool) -> [OutputFile] {
        meetings.flatMap { entity, meeting -> [OutputFile] in
            let files = MeetingFiles(id: entity.id)
            var out = MeetingFiles.parts(for: meeting).filter { wanted(files.html($0)) }.map { part in
                OutputFile(path: files.html(part),
                           text: templates.render(TemplateValues.compact(context(part, entity, meeting)), template: Self.template(part)))
            }
            if wanted(files.packHTML) {
                out.append(OutputFile(path: files.packHTML,
                                      text: templates.render(TemplateValues.compact(packContext(entity, meeting, front: false)), template: "bijeenkomst-pakket")))
            }
            return out
        }
    }

    /// Each part's PDF, then the pack: its cover and contents printed afresh, and behind them
    /// the parts' PDFs, each starting on a right-hand page, joined as the worksheets' booklet is.
    /// The pack holds the participants' handout rather than the worksheets, which carry the
    /// facilitator's steps and every audience's questions.
    func printJobs(_ templates: TemplateSet) -> [PrintJob] {
        meetings.flatMap { entity, meeting -> [PrintJob] in
            let files = MeetingFiles(id: entity.id)
            let parts = MeetingFiles.parts(for: meeting)
            let front = Data(templates.render(TemplateValues.compact(packContext(entity, meeting, front: true)), template: "bijeenkomst-pakket").utf8)
            let contents = parts.map { PrintJob.Booklet.Sheet(id: $0.rawValue, pdf: files.pdf($0)) }
            return parts.map { PrintJob(html: files.html($0), pdf: files.pdf($0)) }
                + [PrintJob(html: files.packHTML, pdf: files.packPDF, booklet: PrintJob.Booklet(front: front, sheets: contents))]
        }
    }

    /// The sheets to print for a meeting's parts: a card's or a field's own sheet, a composed
    /// sheet a part names, the phases' sheet; each once, in the order of the parts.
    static func worksheets(for meeting: LearningMeeting, in catalog: WorksheetCatalog) -> [Worksheet] {
        var seen = Set<String>()
        return meeting.parts.compactMap(\.drawsOn).flatMap { _, reference -> [Worksheet] in
            if let sheet = catalog.sheet(reference.id) { return [sheet] }
            return catalog.sheets(linkedFrom: reference.id).filter { $0.origin != .composed }
        }.filter { seen.insert($0.id).inserted }
    }

    /// The links a meeting's page shows to its printable parts and pack.
    func links(for entity: Entity, _ meeting: LearningMeeting, from url: String) -> [[String: Any]] {
        let files = MeetingFiles(id: entity.id)
        var links = MeetingFiles.parts(for: meeting).map { part -> [String: Any] in
            var link: [String: Any] = ["title": strings[Self.titleKey(part)], "about": strings[Self.titleKey(part) + "About"],
                                       "url": SiteURL.relative(files.html(part), from: url)]
            if withPDFs { link["pdf"] = SiteURL.relative(files.pdf(part), from: url) }
            return link
        }
        // The pack first: what a trainer who prints everything looks for. Without PDFs its
        // contents page links the parts.
        links.insert(["title": strings["meetingPack"], "about": strings["meetingPackAbout"],
                      "url": SiteURL.relative(withPDFs ? files.packPDF : files.packHTML, from: url), "pdfOnly": withPDFs], at: 0)
        return links
    }

    static func titleKey(_ part: MeetingFiles.Part) -> String {
        switch part {
        case .agenda: "meetingAgenda"
        case .script: "meetingScript"
        case .privacy: "meetingPrivacy"
        case .deck: "meetingDeck"
        case .handout: "meetingHandout"
        }
    }

    /// What every printed page of a meeting shares: the frame, the title, the way back, the PDF.
    private func common(_ part: MeetingFiles.Part?, _ entity: Entity, url: String, pdf: String?) -> [String: Any] {
        var context: [String: Any] = [
            "root": SiteURL.root(from: url), "lang": strings.language, "strings": TemplateValues.strings(strings.texts),
            "site": ["name": config.name, "organisation": config.organisation ?? ""],
            "meetingTitle": entity.title,
            "back": [["title": strings["backTo"] + " " + entity.title, "url": SiteURL.relative(entity.url, from: url)]],
        ]
        let label = part.map { strings[Self.titleKey($0)] } ?? strings["meetingPack"]
        context["title"] = label + " · " + entity.title
        context["label"] = label
        context["pageStyle"] = "@page { @bottom-left { content: \(PrintFooter.quoted(entity.title + " · " + label + "\n" + strings["sheetFrom"] + ": " + config.name)); } }"
        if withPDFs, let pdf { context["pdf"] = SiteURL.relative(pdf, from: url) }
        return context
    }

    private func context(_ part: MeetingFiles.Part, _ entity: Entity, _ meeting: LearningMeeting) -> [String: Any] {
        let files = MeetingFiles(id: entity.id)
        let url = files.html(part)
        var context = common(part, entity, url: url, pdf: files.pdf(part))
        switch part {
        case .agenda, .script:
            context["meeting"] = MeetingAgenda(meeting: meeting, graph: graph, strings: strings, from: url).values
        case .privacy:
            context["privacy"] = MeetingPrivacy(strings: strings, formName: entity.id + "-" + part.rawValue).values
        case .deck:
            context["deck"] = CardDeck(meeting: meeting, graph: graph, strings: strings).values
        case .handout:
            let sheets = WorksheetContext(graph: graph, config: config, strings: strings, withPDFs: withPDFs, history: pages.history)
            context["sheets"] = ParticipantHandout(meeting: meeting, graph: graph, strings: strings, meetingID: entity.id).values(sheets, from: url)
        }
        return context
    }

    /// The pack's cover and contents. Printed on its own (`front`), each entry carries an empty
    /// `data-page` that the print worker fills in once it knows how long each part is.
    private func packContext(_ entity: Entity, _ meeting: LearningMeeting, front: Bool) -> [String: Any] {
        let files = MeetingFiles(id: entity.id)
        var context = common(nil, entity, url: files.packHTML, pdf: files.packPDF)
        context["front"] = front
        context["meeting"] = MeetingAgenda(meeting: meeting, graph: graph, strings: strings, from: files.packHTML).values
        context["parts"] = MeetingFiles.parts(for: meeting).map { part -> [String: Any] in
            ["id": part.rawValue, "title": strings[Self.titleKey(part)], "about": strings[Self.titleKey(part) + "About"],
             "url": SiteURL.relative(files.html(part), from: files.packHTML)]
        }
        return context
    }
}
