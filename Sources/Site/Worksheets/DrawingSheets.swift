import Content

/// The templates to draw on that the timeline and geno-sociogram work cards ask for. They are
/// printed on A3 landscape, because a group draws on them together around a table. Each belongs
/// to the work card that names it with `tekenvel:` (one card per template, which the validator
/// holds to), and is only made when the site has such a card.
extension SheetMaker {
    func drawingSheets() -> [Worksheet] {
        var sheets: [Worksheet] = []
        let cards = graph.entities(of: .workCard)
        func card(for sheet: WorkCard.DrawingSheet) -> Entity? {
            cards.first { if case .workCard(let card) = $0.kind { card.drawingSheet == sheet } else { false } }
        }
        if let card = card(for: .timeline) {
            sheets.append(timelineSheet(card: card, id: GeneratedWorksheetIDs.timelineCase, layout: "Case"))
            sheets.append(timelineSheet(card: card, id: GeneratedWorksheetIDs.timelineCooperation, layout: "Cooperation"))
        }
        if let card = card(for: .genoSociogram) {
            sheets.append(genoSociogramSheet(card: card))
        }
        return sheets
    }

    /// One layout of the timeline: the case puts the professionals above the line and the
    /// family below it; the cooperation puts formal decisions above and experiences below.
    private func timelineSheet(card: Entity, id: String, layout: String) -> Worksheet {
        let blocks: [SheetBlock] = [
            .timeline(above: strings["timeline\(layout)Above"], below: strings["timeline\(layout)Below"],
                      start: strings["timelineStart"], end: strings["timelineEnd"]),
        ]
        var sheet = sheet(id: id, origin: .workCard, title: strings["timeline\(layout)Title"],
                          label: strings["drawingSheetLabel"].replacingOccurrences(of: "{nummer}", with: card.number.map(String.init) ?? ""),
                          purpose: strings["timeline\(layout)Purpose"], home: card, carries: [card.id], blocks: blocks,
                          questions: [], audiences: [.everyone])
        sheet.paper = .a3Landscape
        return sheet
    }

    private func genoSociogramSheet(card: Entity) -> Worksheet {
        let blocks: [SheetBlock] = [
            .symbolLegend(heading: strings["legend"], symbols: SheetDiagrams.Symbol.allCases),
            .drawingArea(heading: strings["genoSociogramArea"], height: 170),
        ]
        var sheet = sheet(id: GeneratedWorksheetIDs.genoSociogram, origin: .workCard, title: strings["genoSociogramTitle"],
                          label: strings["drawingSheetLabel"].replacingOccurrences(of: "{nummer}", with: card.number.map(String.init) ?? ""),
                          purpose: strings["genoSociogramPurpose"], home: card, carries: [card.id], blocks: blocks,
                          questions: [], audiences: [.everyone])
        sheet.paper = .a3Landscape
        return sheet
    }
}
