import Content
import Foundation

/// `bijeenkomsten/samenstellen.html`, where a trainer composes a meeting in the browser, and
/// `bijeenkomsten/samenstellen-data.js`, what the page composes it from: every work card, tension
/// field, phase and composed worksheet with its questions, steps and preparation, the keys of a
/// `bijeenkomst` file and the ranges of its minutes, and the page's texts. A script that sets one
/// global rather than JSON, because a page opened from disk may load a `<script src>` but not
/// `fetch()` a file beside it.
struct MeetingComposer {
    static let url = EntityType.meeting.section + "/samenstellen.html"
    static let dataPath = EntityType.meeting.section + "/samenstellen-data.js"
    let context: PageContext

    /// A site without cards, fields, phases or worksheets has nothing to compose a meeting from.
    static func hasSomethingToCompose(_ graph: ContentGraph) -> Bool {
        [EntityType.workCard, .tensionField, .phase, .worksheet].contains { !graph.entities(of: $0).isEmpty }
    }

    func page() -> [String: Any] {
        let strings = context.strings
        var page = context.base(url: Self.url, title: strings["composerTitle"])
        page["page"] = [
            "title": strings["composerTitle"], "summary": strings["composerIntro"],
            "breadcrumbs": [["title": strings["home"], "url": SiteURL.relative("index.html", from: Self.url)]]
                + (context.graph.entities(of: .meeting).isEmpty ? [] : [["title": strings.plural(.meeting),
                                                                          "url": SiteURL.relative(SiteURL.overviewPage(of: .meeting), from: Self.url)]]),
            "noindex": true,
        ]
        return page
    }

    /// The data script. Entities in the graph's order, which is the order of their overview pages.
    func dataFile() -> OutputFile {
        let graph = context.graph
        let strings = context.strings
        let groups: [(EntityType, String)] = [(.workCard, "workCard"), (.tensionField, "tensionField"), (.phase, "phase"), (.worksheet, "worksheet")]
        let sources: [[String: Any]] = groups.flatMap { type, role in
            graph.entities(of: type).map { entity -> [String: Any] in
                var source: [String: Any] = [
                    "key": MeetingKeys.part[role] ?? role, "id": entity.id, "title": entity.title,
                    "url": SiteURL.relative(entity.url, from: Self.url),
                    "questions": graph.questions(of: entity.id).compactMap { question -> [String]? in
                        guard case .question(let q) = question.kind else { return nil }
                        return [question.id, q.text, q.audience?.rawValue ?? Audience.everyone.rawValue, q.askedAloud ? "doorvraag" : ""]
                    },
                ]
                switch entity.kind {
                case .workCard(let card):
                    source["number"] = card.number
                    source["about"] = card.purpose
                    source["steps"] = card.steps
                    source["preparation"] = card.preparation
                case .tensionField(let field):
                    source["number"] = field.number
                case .phase(let phase):
                    source["number"] = phase.number
                case .worksheet(let sheet):
                    source["about"] = sheet.purpose
                default: break
                }
                if source["about"] == nil, let summary = entity.summary { source["about"] = summary }
                return source
            }
        }
        let data: [String: Any] = [
            "type": EntityType.meeting.rawValue,
            "keys": MeetingKeys.meeting, "partKeys": MeetingKeys.part, "leads": MeetingKeys.leads,
            "purposePlaceholder": MeetingKeys.purposePlaceholder,
            "minutes": [MeetingKeys.partMinutes.lowerBound, MeetingKeys.partMinutes.upperBound],
            "duration": [MeetingKeys.duration.lowerBound, MeetingKeys.duration.upperBound],
            "groups": groups.map { type, role in [MeetingKeys.part[role] ?? role, strings.plural(type), strings.singular(type)] },
            "leadNames": [strings["leadFacilitator"], strings["leadCaseHolder"], strings["leadEveryone"]],
            "audiences": Audience.allCases.map { [$0.rawValue, strings.audience[$0] ?? $0.rawValue] },
            "texts": strings.texts.filter { ["composer", "meeting", "deck"].contains(where: $0.key.hasPrefix) },
            "sources": sources,
        ]
        // Sorted keys: the same graph gives the same bytes.
        let json = (try? JSONSerialization.data(withJSONObject: data, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        let literal = String(decoding: json, as: UTF8.self)
            .replacingOccurrences(of: "\u{2028}", with: "\\u2028").replacingOccurrences(of: "\u{2029}", with: "\\u2029")
        return OutputFile(path: Self.dataPath,
                          text: "// Generated by Spiegel from the content graph: what the meeting composer composes from.\nwindow.spiegelSamenstellen=\(literal);\n")
    }
}
