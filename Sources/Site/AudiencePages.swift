import Content

/// One page per audience that gathers every question for it across the knowledge base, grouped
/// by the page the question belongs to, plus an index of the audiences.
struct AudiencePages {
    static let section = "doelgroepen"
    let context: PageContext

    func url(for audience: Audience) -> String {
        Self.section + "/" + (context.strings.audienceSlug[audience] ?? audience.rawValue) + ".html"
    }

    func pages(layout: (String, [String: Any], String) -> OutputFile) -> [OutputFile] {
        let graph = context.graph, strings = context.strings
        var byAudience: [Audience: [(parent: Entity, questions: [Entity])]] = [:]
        for parent in graph.entities where parent.type != .question {
            let questions = graph.questions(of: parent.id)
            for audience in Audience.allCases {
                let matching = questions.filter { if case .question(let q) = $0.kind { q.audience == audience } else { false } }
                if !matching.isEmpty { byAudience[audience, default: []].append((parent, matching)) }
            }
        }
        guard !byAudience.isEmpty else { return [] }
        var files: [OutputFile] = []
        var index: [[String: Any]] = []
        for audience in Audience.allCases {
            let groups = byAudience[audience] ?? []
            let url = url(for: audience)
            let title = strings.audience[audience] ?? audience.rawValue
            let count = groups.map(\.questions.count).reduce(0, +)
            index.append(["title": title, "url": SiteURL.relative(url, from: Self.section + "/index.html"),
                          "summary": "\(count) \(strings["questionCount"])"])
            var page = context.base(url: url, title: title)
            page["page"] = [
                "title": title, "typeLabel": strings["audiencesTitle"], "summary": strings["audienceIntro"],
                "breadcrumbs": [["title": strings["home"], "url": SiteURL.relative("index.html", from: url)],
                                ["title": strings["audiencesTitle"], "url": "index.html"]],
                "groups": groups.map { group -> [String: Any] in
                    [
                        "title": group.parent.title, "url": SiteURL.relative(group.parent.url, from: url),
                        "type": strings.singular(group.parent.type),
                        "questions": group.questions.map { q -> [String: Any] in
                            // Our own questions are marked here too, as on their pages.
                            var own = ""
                            if case .question(let question) = q.kind, question.origin == .own { own = strings["originOwn"] }
                            return ["text": q.title, "url": SiteURL.relative(q.url, from: url), "ownMark": own]
                        },
                    ]
                },
            ]
            files.append(layout(url, page, "doelgroep"))
        }
        let indexURL = Self.section + "/index.html"
        var page = context.base(url: indexURL, title: strings["audiencesTitle"])
        page["page"] = ["title": strings["audiencesTitle"], "summary": strings["audiencesIntro"], "items": index,
                        "breadcrumbs": [["title": strings["home"], "url": SiteURL.relative("index.html", from: indexURL)]]]
        files.append(layout(indexURL, page, "overzicht"))
        return files
    }
}
