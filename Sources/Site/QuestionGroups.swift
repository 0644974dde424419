import Content

/// A page's questions as the templates show them: grouped, each with its audience and the mark of
/// where it comes from.
extension PageContext {
    /// Where a question comes from, as its mark shows it: `originOwn` for one written for this
    /// site, or the source's title (`origin`), link (`originURL`) and place (`originPlace`).
    func origin(of question: ReflectionQuestion, from url: String) -> [String: String] {
        switch question.origin {
        case .own?: return ["originOwn": strings["originOwn"]]
        case .source(let id, let place)?:
            guard let source = graph.entity(id) else { return [:] }
            return ["origin": source.title, "originURL": SiteURL.relative(source.url, from: url), "originPlace": place ?? ""]
        case nil: return [:]
        }
    }

    /// Questions in the order of their file, grouped by their `groep` where one is given.
    func questionGroups(of entity: Entity) -> [[String: Any]] {
        var groups: [(name: String, questions: [[String: Any]])] = []
        for question in graph.questions(of: entity.id) {
            guard case .question(let q) = question.kind else { continue }
            let name = q.group ?? ""
            var item: [String: Any] = ["id": question.id, "text": q.text,
                                       "audience": q.audience.map { strings.audience[$0] ?? $0.rawValue } ?? ""]
            for (key, value) in origin(of: q, from: entity.url) { item[key] = value }
            if let last = groups.indices.last, groups[last].name == name {
                groups[last].questions.append(item)
            } else {
                groups.append((name, [item]))
            }
        }
        return groups.map { ["name": $0.name, "questions": $0.questions] }
    }
}
