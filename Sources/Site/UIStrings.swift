import Content
import Foundation

/// Every text a site visitor reads that does not come from content. Dutch is the only language
/// today; a second one is a second instance of this table, its texts in parts as Dutch's are
/// (`UIStrings+<Part>.swift`, one for each part of the site).
public struct UIStrings: Sendable {
    public var language: String
    public var texts: [String: String]
    public var typeSingular: [EntityType: String]
    public var typePlural: [EntityType: String]
    public var audience: [Audience: String]
    /// File names of the audience pages.
    public var audienceSlug: [Audience: String]
    public var audienceHeading: [Audience: String]
    /// The audience inside a sentence ("voor professionals").
    public var audienceInSentence: [Audience: String]
    public var months: [String]
    /// Dates on pages are days in this time zone, so a build in another zone gives the same page.
    public var timeZone: TimeZone

    public func singular(_ type: EntityType) -> String { typeSingular[type] ?? type.rawValue }
    public func plural(_ type: EntityType) -> String { typePlural[type] ?? type.rawValue }
    public subscript(_ key: String) -> String { texts[key] ?? key }
    /// The text `key` with its `{aantal}` filled in: "90 minuten", "Waarschuwingen: 3".
    public func counted(_ key: String, _ number: Int) -> String {
        self[key].replacingOccurrences(of: "{aantal}", with: String(number))
    }
    /// The heading above a worksheet's questions for one audience.
    public func questionsFor(_ audience: Audience) -> String { audienceHeading[audience] ?? self["questions"] }

    /// Whom a worksheet is for, as one sentence: "Voor professionals.", "Voor iedereen, met eigen
    /// vragen voor professionals en voor bestuurders en beleidsmakers."
    public func forWhom(_ audiences: [Audience]) -> String {
        let others = audiences.filter { $0 != .everyone }.map { audienceInSentence[$0] ?? $0.rawValue }
            .joined(separator: self["forWhomJoin"])
        if audiences.contains(.everyone) {
            return others.isEmpty ? self["forWhomOne"].replacingOccurrences(of: "{wie}", with: audienceInSentence[.everyone] ?? "")
                : self["forWhomEveryoneAnd"].replacingOccurrences(of: "{wie}", with: others)
        }
        return self["forWhomOne"].replacingOccurrences(of: "{wie}", with: others)
    }

    /// "3 maart 2025".
    public func date(_ date: Date) -> String {
        let day = calendar.dateComponents([.day, .month, .year], from: date)
        return "\(day.day!) \(months[day.month! - 1]) \(day.year!)"
    }

    /// "maart 2025": the heading of a month on the "what changed" page.
    public func monthAndYear(_ date: Date) -> String {
        let day = calendar.dateComponents([.month, .year], from: date)
        return "\(months[day.month! - 1]) \(day.year!)"
    }

    /// "2025-03-03", for `<time datetime>`.
    public func isoDate(_ date: Date) -> String {
        let day = calendar.dateComponents([.day, .month, .year], from: date)
        return String(format: "%04d-%02d-%02d", day.year!, day.month!, day.day!)
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    public static let dutch = UIStrings(
        language: "nl",
        texts: joined([pagesDutch, diagramsDutch, worksheetsDutch, meetingsDutch, composerDutch, handbookDutch, previewDutch]),
        typeSingular: [
            .plateau: "Plateau", .organisationArea: "Organisatiegebied", .dimension: "Dimensie",
            .quadrant: "Samenwerkingskwadrant", .tensionField: "Spanningsveld", .workCard: "Werkkaart",
            .phase: "Fase", .worksheet: "Werkblad", .meeting: "Bijeenkomst", .source: "Bron", .page: "Pagina", .question: "Vraag",
        ],
        typePlural: [
            .plateau: "Plateaus", .organisationArea: "Organisatiegebieden", .dimension: "Dimensies",
            .quadrant: "Samenwerkingskwadranten", .tensionField: "Spanningsvelden", .workCard: "Werkkaarten",
            .phase: "Fasen van samen leren", .worksheet: "Werkbladen", .meeting: "Bijeenkomsten", .source: "Bronnen", .page: "Pagina's", .question: "Vragen",
        ],
        audience: [.professional: "Professionals", .director: "Bestuurders en beleidsmakers", .everyone: "Iedereen"],
        audienceSlug: [.professional: "professionals", .director: "bestuurders", .everyone: "iedereen"],
        audienceHeading: [.professional: "Voor professionals", .director: "Voor bestuurders en beleidsmakers",
                          .everyone: "Voor iedereen"],
        audienceInSentence: [.professional: "professionals", .director: "bestuurders en beleidsmakers", .everyone: "iedereen"],
        months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                 "november", "december"],
        timeZone: TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(secondsFromGMT: 3600)!
    )

    /// The parts' texts as one table. A key written in two parts would have one text replace the
    /// other unseen, so it stops the program instead.
    private static func joined(_ parts: [[String: String]]) -> [String: String] {
        var texts: [String: String] = [:]
        for part in parts {
            for (key, text) in part {
                guard texts.updateValue(text, forKey: key) == nil else {
                    preconditionFailure("UIStrings: the text '\(key)' is written in two parts")
                }
            }
        }
        return texts
    }
}
