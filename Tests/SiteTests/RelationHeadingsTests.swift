import Foundation
import Pipeline
import Testing
@testable import Content
@testable import Site

/// Every relation key of the schema shows on the page of the entity that names it, under a Dutch
/// heading, with a link to what it names; and the named entity's page links back, under its own
/// heading. The test walks the schema, so a relation key added later without a heading fails it.
@Suite struct RelationHeadingsTests {
    /// Every relation key, with the type it is written in and whether it is a list item's (a
    /// phase part's `verwant`).
    static let relationKeys: [(type: EntityType, key: String, kind: RelationKind, inItem: Bool)] = EntitySchema.all.flatMap { schema in
        schema.allFields.map { ($0, false) }.compactMap { field, _ -> (EntityType, String, RelationKind, Bool)? in
            if case .relation(let kind) = field.kind { (schema.type, field.key, kind, false) } else { nil }
        } + schema.allFields.flatMap(\.itemFields).compactMap { field -> (EntityType, String, RelationKind, Bool)? in
            if case .relation(let kind) = field.kind { (schema.type, field.key, kind, true) } else { nil }
        }
    }

    /// The heading a page of `type` shows above what a relation of `kind` links, and the one the
    /// other side shows above the link back; nil where none is shown.
    static func headings(type: EntityType, kind: RelationKind, target: EntityType) -> (forward: String?, back: String?) {
        let strings = UIStrings.dutch
        switch kind {
        case .source: return (strings["sources"], strings["citedBy"])
        case .related: return (strings["related"], strings["backlinks"])
        default:
            return (strings.texts[RelationSections.headingKey(on: type, of: target)],
                    strings.texts[RelationSections.headingKey(on: target, of: type)])
        }
    }

    @Test func everyRelationKeyOfTheSchemaHasAHeadingAndIsShownOnARenderedPage() async throws {
        #expect(Self.relationKeys.count >= 9, "\(Self.relationKeys.map(\.key))")
        let realSite = await WorksheetTests.realSite()
        let realGraph = await WorksheetTests.realGraph()
        let (smallSite, smallGraph) = try await Self.smallSite()
        for (type, key, kind, inItem) in Self.relationKeys {
            if inItem {
                // A phase part's `verwant` is listed with its part, on the phase's page.
                #expect(type == .phase, "no check for '\(key)' in the items of a \(type.rawValue)")
                let example = realGraph.entities(of: .phase).lazy.compactMap { entity -> (Entity, Entity)? in
                    guard case .phase(let phase) = entity.kind, let id = phase.parts.lazy.flatMap(\.related).first?.id,
                          let target = realGraph.entity(id) else { return nil }
                    return (entity, target)
                }.first
                let (phase, target) = try #require(example, "the content has no example of '\(key)' in a phase part")
                #expect(SiteFixture.text(phase.url, in: realSite).contains("<p class=\"helps\"><a href=\"\(SiteURL.relative(target.url, from: phase.url))\""))
                continue
            }
            // An entity of `type` whose front matter names something under `key`; an overview page
            // lists its type, not its backlinks, so it is not the example. Keys the knowledge base
            // does not use on a type are tried on a small site that does.
            func example(in graph: ContentGraph) -> Relation? {
                graph.entities(of: type).lazy.flatMap { graph.outgoing(from: $0.id) }.first {
                    $0.kind == kind && graph.entity($0.to)?.type != .question && graph.entity($0.to)?.url.hasSuffix("index.html") == false
                }
            }
            let inRealSite = example(in: realGraph)
            let (site, graph) = inRealSite != nil ? (realSite, realGraph) : (smallSite, smallGraph)
            let found = try #require(inRealSite ?? example(in: smallGraph), "no example of '\(key)' on a \(type.rawValue)")
            let from = try #require(graph.entity(found.from)), to = try #require(graph.entity(found.to))
            let (forward, back) = Self.headings(type: type, kind: kind, target: to.type)
            let heading = try #require(forward, "no heading for '\(key)' on a \(type.rawValue)")
            let page = SiteFixture.text(from.url, in: site)
            let linkToTarget = "href=\"\(SiteURL.relative(to.url, from: from.url))\""
            // A composed worksheet is a sheet to print, without sections of links: what it names
            // shows on the other side ("Gebruikt op", "Verwijzingen naar deze pagina").
            if type != .worksheet {
                let section = Self.section(under: heading, in: page)
                #expect(section?.contains(linkToTarget) == true, "\(from.url) lists '\(key)' → \(to.id) not under '\(heading)'")
            }
            // And back, where the other side lists it.
            guard let back else { continue }
            let targetPage = SiteFixture.text(to.url, in: site)
            let backSection = Self.section(under: back, in: targetPage)
            #expect(backSection?.contains("href=\"\(SiteURL.relative(from.url, from: to.url))\"") == true,
                    "\(to.url) does not link back to \(from.id) under '\(back)' ('\(key)')")
        }
    }

    /// The reverse directions shown are those a reader looks for: on a work card, the tension
    /// fields and phases it helps with; on an area, its plateaus.
    @Test func headingsInBothDirections() {
        for (page, other) in [(EntityType.tensionField, EntityType.workCard), (.tensionField, .phase), (.workCard, .workCard),
                              (.phase, .workCard), (.phase, .tensionField), (.plateau, .organisationArea)] {
            #expect(UIStrings.dutch.texts[RelationSections.headingKey(on: page, of: other)] != nil, "\(page) → \(other)")
            #expect(UIStrings.dutch.texts[RelationSections.headingKey(on: other, of: page)] != nil, "\(other) → \(page)")
        }
    }

    /// The fixture site with what the knowledge base does not do: a composed worksheet naming a
    /// source and a related page, a source citing another.
    static func smallSite() async throws -> (URL, ContentGraph) {
        let scratch = SiteFixture.scratch()
        let content = scratch.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: SiteFixture.content, toPath: content.path)
        let sheet = content.appendingPathComponent("werkbladen/sessie.md")
        let text = try String(contentsOf: sheet, encoding: .utf8)
        try text.replacingOccurrences(of: "doel: ", with: "bronnen: [nji]\nverwant: [doorgaan]\ndoel: ")
            .write(to: sheet, atomically: true, encoding: .utf8)
        try "---\ntype: bron\ntitel: Een bespreking\nauteur: Iemand\nbronnen: [nji]\nverwant: [tijdlijn]\n---\nOver de andere bron.\n"
            .write(to: content.appendingPathComponent("bronnen/bespreking.md"), atomically: true, encoding: .utf8)
        try String(contentsOf: content.appendingPathComponent("index.md"), encoding: .utf8)
            .appending("\n[Een bespreking](bronnen/bespreking.md)\n")
            .write(to: content.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
        let out = scratch.appendingPathComponent("site")
        let report = await BuildPipeline(options: SiteFixture.options(content: content.path, output: out.path)).run()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        return (out, await loadContent(content.path).graph)
    }

    /// The HTML from `<h2 …>heading</h2>` to the end of its section.
    static func section(under heading: String, in page: String) -> String? {
        guard let start = page.range(of: ">\(SiteFixture.escaped(heading))</h2>") else { return nil }
        let rest = page[start.upperBound...]
        return String(rest[..<(rest.range(of: "</section>")?.lowerBound ?? rest.endIndex)])
    }
}
