import Content

/// Where a page's examples and cases come from, as a reader sees it: a small line under the
/// heading of each example, and one under the title of a page that tells a case as a whole.
/// The line sits where the reader meets the story, so nobody quotes one of ours as a source's.
extension PageContext {
    /// The origin as a short phrase of HTML: "voorbeeld van ons", or "voorbeeld uit <a>bron</a>, p. 3".
    func originHTML(of example: Example, own: String, from label: String, url: String) -> String? {
        switch example.origin {
        case nil: return nil
        case .own?: return Markup.escape(own)
        case .source(let id, let place)?:
            guard let source = graph.entity(id) else { return nil }
            let link = "<a href=\"\(Markup.escape(SiteURL.relative(source.url, from: url)))\">\(Markup.escape(source.title))</a>"
            return Markup.escape(label) + " " + link + (place.map { ", " + Markup.escape($0) } ?? "")
        }
    }

    /// The line under the title when the whole page is one case; nil otherwise.
    func caseOrigin(of entity: Entity) -> String? {
        guard let example = entity.examples.first(where: { $0.heading == nil }) else { return nil }
        return originHTML(of: example, own: strings["caseOwn"], from: strings["caseFrom"], url: entity.url)
    }

    /// The body with a line after each example's heading. Headings are matched by their anchor,
    /// which `HeadingAnchors` wrote into the tag (`<h2 id="…">`).
    func bodyWithExampleOrigins(of entity: Entity) -> String? {
        guard var html = entity.body?.html else { return nil }
        let headings = entity.body?.headings ?? []
        for example in entity.examples {
            guard let text = example.heading, let heading = headings.first(where: { $0.text == text }),
                  let origin = originHTML(of: example, own: strings["exampleOwn"], from: strings["exampleFrom"], url: entity.url),
                  let open = html.range(of: "<h\(heading.level) id=\"\(heading.anchor)\">"),
                  let close = html.range(of: "</h\(heading.level)>", range: open.upperBound..<html.endIndex)
            else { continue }
            html.insert(contentsOf: "\n<p class=\"origin example-origin\">\(origin)</p>", at: close.upperBound)
        }
        return html
    }
}
