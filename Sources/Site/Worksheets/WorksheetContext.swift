import Content
import struct Foundation.Date

/// The values a worksheet template sees. Every block becomes a dictionary with one key that
/// names its kind (`questionsBlock`, `polesBlock`, …), so the logic-less template can pick the
/// markup per block. Form fields get names that are unique in the booklet too:
/// `<sheet id>__<field>`, which is also the key an answer is kept under in the browser.
struct WorksheetContext {
    let graph: ContentGraph
    let config: SiteConfig
    let strings: UIStrings
    let withPDFs: Bool
    /// When each content file last changed: a printed sheet names the date of its newest content.
    var history = GitHistory.none
    /// The organisation's colours, font and logo, which paper carries too.
    var look = LookStyle.none

    /// The source a question is taken from, as a sheet names it: its title and the place in it.
    func sourceLabel(of question: ReflectionQuestion) -> String? {
        guard case .source(let id, let place)? = question.origin, let source = graph.entity(id) else { return nil }
        return source.title + (place.map { " (\($0))" } ?? "")
    }

    /// The cases the questions belong to, with their origin: a participant who answers questions
    /// about the Van Dalen family reads on the sheet whose story it is. Also the source labels the
    /// note names, so the sources note does not name them a second time.
    private func caseNote(for questions: [Entity]) -> (note: String, sources: Set<String>) {
        var named = Set<String>()
        let cases = questions.compactMap(\.parent).withoutRepeats().compactMap { id -> String? in
            guard let page = graph.entity(id), let example = page.examples.first(where: { $0.heading == nil }) else { return nil }
            switch example.origin {
            case nil: return nil
            case .own?: return "\(page.title) (\(strings["caseOwnShort"]))"
            case .source(let sourceID, let place)?:
                guard let source = graph.entity(sourceID) else { return page.title }
                let label = source.title + (place.map { " (\($0))" } ?? "")
                named.insert(label)
                return "\(page.title), \(strings["caseFromShort"]) \(label)"
            }
        }
        return (cases.isEmpty ? "" : strings["caseOfQuestions"] + ": " + cases.joined(separator: "; "), named)
    }

    /// Millimetres per line of writing room: enough for handwriting.
    static let lineHeight = 8

    /// A sheet as one standalone page at its own URL.
    func page(_ sheet: Worksheet) -> [String: Any] {
        var context = common(url: sheet.url)
        context["sheet"] = self.sheet(sheet, from: sheet.url)
        context["pageStyle"] = look.sheetCSS + PrintFooter.pageStyle(for: sheet, config: config, strings: strings, pageName: nil,
                                                     contentDate: contentDate(of: sheet))
        context["title"] = sheet.title
        var back: [[String: Any]] = []
        if let home = sheet.home { back.append(["title": strings["backTo"] + " " + home.title, "url": SiteURL.relative(home.url, from: sheet.url)]) }
        back.append(["title": strings["allWorksheets"], "url": "index.html"])
        context["back"] = back
        if withPDFs { context["pdf"] = SiteURL.relative(sheet.pdfPath, from: sheet.url) }
        return context
    }

    /// Every sheet in one document, with a cover and a table of contents.
    func booklet(_ sheets: [Worksheet]) -> [String: Any] {
        let url = BookletFiles.html
        var context = common(url: url)
        context["title"] = strings["booklet"] + " · " + config.name
        context["back"] = [["title": strings["allWorksheets"], "url": "index.html"]]
        context["intro"] = strings["bookletIntro"].replacingOccurrences(of: "{site}", with: config.name)
        context["sheets"] = sheets.map { sheet -> [String: Any] in
            var values = self.sheet(sheet, from: url)
            values["pageName"] = PrintFooter.pageName(for: sheet)
            return values
        }
        context["pageStyle"] = look.sheetCSS + sheets.map {
            PrintFooter.pageStyle(for: $0, config: config, strings: strings, pageName: PrintFooter.pageName(for: $0),
                                  contentDate: contentDate(of: $0))
        }.joined(separator: "\n")
        return context
    }

    /// The last change to any file the sheet is made from: its page, what it carries, and a
    /// composed sheet's own file. Nil outside git.
    func contentDate(of sheet: Worksheet) -> Date? {
        let ids = (sheet.home.map { [$0.id] } ?? []) + sheet.carries + (sheet.origin == .composed ? [sheet.id] : [])
        return ids.compactMap { graph.entity($0).flatMap { history.lastChange(of: $0) } }.max()
    }

    private func common(url: String) -> [String: Any] {
        ["root": SiteURL.root(from: url), "lang": strings.language, "strings": TemplateValues.strings(strings.texts),
         "site": ["name": config.name, "organisation": config.organisation ?? "", "logo": look.logo ?? "",
                  "logoAlt": strings["logoOf"].replacingOccurrences(of: "{naam}", with: config.organisation ?? config.name)]]
    }

    func sheet(_ sheet: Worksheet, from url: String) -> [String: Any] {
        var values: [String: Any] = [
            "id": sheet.id, "title": sheet.title, "label": sheet.label, "purpose": sheet.purpose,
            "audience": strings.forWhom(sheet.audiences),
            "introduction": sheet.introduction ?? "",
            "dateField": field(sheet, "datum"),
        ]
        // A drawing template is drawn by the group about a case: no field that invites a family's name.
        if !sheet.isDrawingTemplate { values["nameField"] = field(sheet, "naam") }
        values["blocks"] = sheet.blocks.enumerated().map { index, block in self.block(block, index: index, sheet: sheet) }
        return values
    }

    private func field(_ sheet: Worksheet, _ part: String) -> [String: Any] {
        ["name": sheet.id + "__" + part, "id": sheet.id + "--" + part]
    }

    private func height(_ lines: Int) -> String { "height: \(lines * Self.lineHeight)mm" }

    private func block(_ block: SheetBlock, index: Int, sheet: Worksheet) -> [String: Any] {
        let prefix = "b\(index + 1)"
        switch block {
        case .poles(let field, let left, let right):
            let marks = { (part: String, label: String) -> [[String: Any]] in
                (1...SheetDiagrams.polePositions).map { position in
                    var mark = self.field(sheet, "\(prefix)-\(part)")
                    mark["id"] = (mark["id"] as! String) + "-\(position)"
                    mark["value"] = String(position)
                    mark["label"] = label + ", " + self.strings["position"]
                        .replacingOccurrences(of: "{n}", with: String(position))
                        .replacingOccurrences(of: "{totaal}", with: String(SheetDiagrams.polePositions))
                    return mark
                }
            }
            let lineLabel = strings["poleLine"].replacingOccurrences(of: "{links}", with: left.name)
                .replacingOccurrences(of: "{rechts}", with: right.name)
            return ["polesBlock": [
                "field": field.title, "left": left.name, "right": right.name,
                "leftExplanation": left.explanation ?? "", "rightExplanation": right.explanation ?? "",
                "svg": SheetDiagrams.poleLine(label: lineLabel),
                "now": marks("nu", strings["poleNowLong"]), "wish": marks("gewenst", strings["poleWishLong"]),
            ]]
        case .questions(let heading, let questions, let lines):
            var previousGroup: String?
            let items = questions.map { question -> [String: Any] in
                guard case .question(let q) = question.kind else { return [:] }
                var item = self.field(sheet, question.id)
                item["id"] = "\(sheet.id)--\(prefix)-\(question.id)"
                item["question"] = q.text
                if case .own? = q.origin { item["ownMark"] = strings["originOwn"] }
                item["height"] = height(lines)
                if let group = q.group, group != previousGroup { item["group"] = group }
                previousGroup = q.group
                return item
            }
            // The sources once under the block, not after every question: a card's thirty
            // questions from one source would otherwise fill a page with the same words.
            let cases = caseNote(for: questions)
            let sources = questions.compactMap { question -> String? in
                guard case .question(let q) = question.kind else { return nil }
                return sourceLabel(of: q)
            }.withoutRepeats().filter { !cases.sources.contains($0) }
            let origin = sources.isEmpty ? "" : strings["originSources"] + ": " + sources.joined(separator: "; ")
            return ["questionsBlock": ["heading": heading ?? "", "items": items, "sourcesNote": origin,
                                       "caseNote": cases.note]]
        case .writingBox(let heading, let prompt, let lines):
            var box = field(sheet, prefix)
            box["heading"] = heading ?? ""
            box["prompt"] = prompt ?? ""
            box["height"] = height(lines)
            box["label"] = heading ?? prompt ?? strings["yourAnswer"]
            return ["boxBlock": box]
        case .checklist(let heading, let items):
            return ["checklistBlock": ["heading": heading, "items": items.enumerated().map { number, text -> [String: Any] in
                var item = field(sheet, "\(prefix)-\(number + 1)")
                item["item"] = text
                return item
            }]]
        case .steps(let heading, let items):
            return ["stepsBlock": ["heading": heading, "items": items]]
        case .text(let heading, let text):
            return ["textBlock": ["heading": heading ?? "", "paragraph": text]]
        case .plateauGrid(let areas, let plateaus):
            return ["gridBlock": plateauGrid(areas: areas, plateaus: plateaus, sheet: sheet, prefix: prefix)]
        case .quadrants(let dimensions, let quadrants):
            return ["quadrantBlock": quadrantSheet(dimensions: dimensions, quadrants: quadrants, sheet: sheet, prefix: prefix)]
        case .phaseParts(let phases):
            return ["phasesBlock": ["phases": phases.map { phase -> [String: Any] in
                guard case .phase(let learningPhase) = phase.kind else { return [:] }
                return ["number": phase.number.map(String.init) ?? "", "title": phase.title, "summary": phase.summary ?? "",
                        "parts": learningPhase.parts.map { part -> [String: Any] in
                            var item = field(sheet, "\(prefix)-\(part.id)")
                            item["part"] = part.title
                            item["explanation"] = part.explanation
                            return item
                        }]
            }]]
        case .timeline(let above, let below, let start, let end):
            return ["timelineBlock": ["above": above, "below": below, "start": start, "end": end,
                                      "svg": SheetDiagrams.timeAxis(label: strings["timeAxis"] + ": " + start + " – " + end)]]
        case .symbolLegend(let heading, let symbols):
            return ["legendBlock": ["heading": heading, "symbols": symbols.map { symbol -> [String: Any] in
                ["svg": SheetDiagrams.symbol(symbol), "meaning": strings[symbol.stringKey]]
            }]]
        case .drawingArea(let heading, let height):
            return ["drawingBlock": ["heading": heading, "height": "height: \(height)mm"]]
        }
    }

    private func plateauGrid(areas: [Entity], plateaus: [Entity], sheet: Worksheet, prefix: String) -> [String: Any] {
        let rows = areas.map { area -> [String: Any] in
            let cells = plateaus.map { plateau -> [String: Any] in
                let number = plateau.number.map(String.init) ?? plateau.id
                let now = field(sheet, "\(prefix)-\(area.id)-nu"), ambition = field(sheet, "\(prefix)-\(area.id)-ambitie")
                return ["value": number,
                        "nowName": now["name"]!, "nowID": "\(now["id"]!)-\(number)",
                        "ambitionName": ambition["name"]!, "ambitionID": "\(ambition["id"]!)-\(number)",
                        "nowLabel": "\(area.title): \(strings["now"]) \(plateau.title)",
                        "ambitionLabel": "\(area.title): \(strings["ambition"]) \(plateau.title)"]
            }
            return ["area": area.title, "cells": cells]
        }
        let legend = plateaus.map { plateau -> [String: Any] in
            var focus = ""
            if case .plateau(let p) = plateau.kind { focus = p.focus }
            return ["number": plateau.number.map(String.init) ?? "", "title": plateau.title, "focus": focus]
        }
        return ["plateaus": legend, "rows": rows]
    }

    private func quadrantSheet(dimensions: [Entity], quadrants: [Entity], sheet: Worksheet, prefix: String) -> [String: Any] {
        let axes = dimensions.compactMap { entity -> (Entity, Dimension)? in
            if case .dimension(let d) = entity.kind { return (entity, d) }
            return nil
        }
        let questions = axes.enumerated().map { index, axis -> [String: Any] in
            let group = field(sheet, "\(prefix)-\(axis.0.id)")
            return ["number": String(index + 1), "question": axis.1.axisQuestion, "dimension": axis.0.title,
                    "options": axis.1.values.map { value -> [String: Any] in
                        ["name": group["name"]!, "id": "\(group["id"]!)-\(value.id)", "value": value.id,
                         "label": value.label, "explanation": value.explanation ?? ""]
                    }]
        }
        let placed = quadrants.compactMap { entity -> (Entity, CooperationQuadrant)? in
            if case .quadrant(let q) = entity.kind { return (entity, q) }
            return nil
        }
        var svg = ""
        if axes.count == 2 {
            let label = strings["quadrantDiagram"].replacingOccurrences(of: "{as1}", with: axes[0].0.title)
                .replacingOccurrences(of: "{as2}", with: axes[1].0.title)
            svg = SheetDiagrams.quadrantGrid(label: label, columns: (axes[0].0.title, axes[0].1.values),
                                             rows: (axes[1].0.title, axes[1].1.values)) { column, row in
                placed.first { quadrant in
                    quadrant.1.choices.contains { $0.dimension.id == axes[0].0.id && $0.value.id == column }
                        && quadrant.1.choices.contains { $0.dimension.id == axes[1].0.id && $0.value.id == row }
                }?.1.roman
            }
        }
        let rows = placed.map { entity, quadrant -> [String: Any] in
            let conditions = quadrant.choices.compactMap { choice -> String? in
                guard case .dimension(let d)? = graph.entity(choice.dimension.id)?.kind else { return nil }
                return d.values.first { $0.id == choice.value.id }?.label
            }
            return ["roman": quadrant.roman, "conditions": conditions.joined(separator: ", "),
                    "between": quadrant.municipalitiesMustCooperate ? strings["yes"] : strings["no"],
                    "facilitate": quadrant.cooperationMustBeFacilitated ? strings["yes"] : strings["no"],
                    "conclusion": quadrant.conclusion]
        }
        return ["axes": questions, "svg": svg, "rows": rows]
    }
}

/// Where the booklet is written.
enum BookletFiles {
    static let html = EntityType.worksheet.section + "/werkboek.html"
    static let pdf = EntityType.worksheet.section + "/werkboek.pdf"
}
