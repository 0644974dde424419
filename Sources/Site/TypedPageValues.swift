import Content
import TemplateEngine

/// The values only a page of one type shows: a plateau's focus, a quadrant's choices, a tension
/// field's poles and their line, a work card's steps, a phase's parts, who cites a source, a
/// meeting's agenda and prints, and the typed relations of each.
extension PageContext {
    /// Sets on `object` what the entity's type adds to its page.
    func typed(_ entity: Entity, into object: inout TemplateObject) {
        var page: [String: Any] = [:]
        defer { for (key, value) in page { object.set(key, any: value) } }
        let url = entity.url
        let relations = RelationSections.sections(for: entity, in: graph, strings: strings) { [strings] in
            Self.link($0, from: url, strings: strings)
        }
        if !relations.isEmpty { page["relations"] = relations }
        switch entity.kind {
        case .plateau(let plateau):
            page["plateau"] = ["focus": plateau.focus, "qualities": plateau.qualities]
        case .organisationArea(let area):
            page["area"] = ["municipalities": area.ambitionForMunicipalities, "providers": area.ambitionForProviders]
        case .dimension(let dimension):
            page["dimension"] = ["axisQuestion": dimension.axisQuestion,
                                 "values": dimension.values.map { ["label": $0.label, "explanation": $0.explanation ?? ""] }]
        case .quadrant(let quadrant):
            page["number"] = quadrant.roman
            page["quadrant"] = [
                "choices": quadrant.choices.map { choice -> [String: Any] in
                    let dimension = graph.entity(choice.dimension.id)
                    var label = choice.value.id
                    if case .dimension(let d)? = dimension?.kind { label = d.values.first { $0.id == choice.value.id }?.label ?? label }
                    return ["dimension": dimension?.title ?? choice.dimension.id,
                            "url": dimension.map { SiteURL.relative($0.url, from: url) } ?? "", "value": label]
                },
                "betweenMunicipalities": quadrant.municipalitiesMustCooperate ? strings["yes"] : strings["no"],
                "facilitate": quadrant.cooperationMustBeFacilitated ? strings["yes"] : strings["no"],
                "conclusion": quadrant.conclusion,
            ]
        case .tensionField(let field):
            page["tensionField"] = [
                "diagram": PoleLine(strings: strings).svg(for: field, id: entity.id).map { wide in
                    Self.forWidths(wide: wide, narrow: [PoleLine(strings: strings).svg(for: field, id: entity.id, narrow: true)].compactMap { $0 })
                } ?? "",
                "poles": field.poles.map { ["name": $0.name, "explanation": $0.explanation ?? ""] },
                "left": field.poles.first?.name ?? "", "right": field.poles.dropFirst().first?.name ?? "",
            ]
        case .workCard(let card):
            page["workCard"] = ["purpose": card.purpose, "whenToUse": card.whenToUse ?? "", "preparation": card.preparation,
                                "steps": card.steps, "followUp": card.followUp ?? ""]
        case .phase(let phase):
            page["phase"] = [
                "parts": phase.parts.map { part -> [String: Any] in
                    ["id": part.id, "title": part.title, "explanation": part.explanation,
                     "related": part.related.compactMap { graph.entity($0.id) }.map { link($0, from: url) }]
                },
            ]
        case .source(let source):
            // A question taken from the source stands for its page, as in the backlinks.
            let citing = graph.backlinkSources(of: entity.id).map { id in
                graph.entity(id)?.parent.flatMap { graph.index(of: $0) == nil ? nil : $0 } ?? id
            }.withoutRepeats().compactMap { graph.entity($0) }
            page["source"] = ["author": source.author, "year": source.year.map(String.init) ?? "",
                              "publisher": source.publisher ?? "", "url": source.url ?? "", "note": source.note ?? "",
                              "citedBy": citing.map { link($0, from: url) }]
        case .meeting(let meeting):
            var values = MeetingAgenda(meeting: meeting, graph: graph, strings: strings, from: url).values
            let handouts = MeetingPrints.worksheets(for: meeting, in: worksheets)
            if !handouts.isEmpty {
                values["handouts"] = handouts.map { ["title": $0.title, "url": SiteURL.relative($0.url, from: url)] }
            }
            values["prints"] = MeetingPrints(pages: self, withPDFs: withPDFs).links(for: entity, meeting, from: url)
            page["meeting"] = values
        case .page, .worksheet, .question:
            break
        }
    }
}
