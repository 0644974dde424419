import Content

/// A printable worksheet, generated from the graph or composed by an editor, with every block
/// resolved to the entities it shows. Rendering it is a matter of templates.
struct Worksheet: Sendable {
    enum Origin: Sendable { case tensionField, workCard, model, composed }

    let id: String
    let origin: Origin
    let title: String
    /// The small line above the title: "Werkblad bij spanningsveld 4".
    let label: String
    /// What the sheet is for, in a sentence or two.
    let purpose: String
    let audiences: [Audience]
    /// The page the sheet belongs to, which links to it; nil for a composed sheet.
    let home: Entity?
    /// The publications its content draws on, for the footer.
    let sources: [Entity]
    /// Ids of what it carries, for `links` in graph.json.
    let carries: [String]
    /// A composed sheet's own introduction (its Markdown body), as HTML.
    let introduction: String?
    let blocks: [SheetBlock]
    /// The front matter of a composed sheet, or what a generated one would have said in it.
    let fields: FieldValue
    /// The paper it prints on: a drawing template needs A3 landscape, everything else A4.
    var paper: Paper = .a4Portrait

    enum Paper: Sendable { case a4Portrait, a3Landscape }

    /// A sheet to draw on together (a timeline, a geno-sociogram) rather than one to answer on.
    var isDrawingTemplate: Bool {
        blocks.contains {
            switch $0 {
            case .drawingArea, .timeline: true
            default: false
            }
        }
    }

    var url: String { EntityType.worksheet.section + "/" + id + ".html" }
    var pdfPath: String { EntityType.worksheet.section + "/" + id + ".pdf" }

    /// Pages a printed sheet may take. Trainers hand out a few sheets, not a brochure; the PDF
    /// tests hold every sheet to this.
    static let pageBudget = 4

    /// Room to write per question, so that a long list still fits the page budget: a handful of
    /// questions gets four lines each, thirty or more get one.
    static func writingLines(forQuestions count: Int) -> Int {
        max(1, min(4, 36 / max(count, 1)))
    }
}

/// One part of a worksheet, in reading order.
enum SheetBlock: Sendable {
    /// A line between the two poles, to mark where one stands now and wants to be.
    case poles(field: Entity, left: Pole, right: Pole)
    /// Questions, each with room to write.
    case questions(heading: String?, questions: [Entity], lines: Int)
    /// A prompt (or only a heading) with a box to write in.
    case writingBox(heading: String?, prompt: String?, lines: Int)
    /// Items to tick off.
    case checklist(heading: String, items: [String])
    /// Numbered steps, read not filled in.
    case steps(heading: String, items: [String])
    /// The editor's own text.
    case text(heading: String?, text: String)
    /// Organisation areas × plateaus, each cell to mark as now or ambition.
    case plateauGrid(areas: [Entity], plateaus: [Entity])
    /// The two questions that place a care demand in one of Kenis's quadrants, and what follows.
    case quadrants(dimensions: [Entity], quadrants: [Entity])
    /// Phases with their subcategories to tick.
    case phaseParts(phases: [Entity])
    /// A time axis across the sheet with room to write on either side, each side named.
    case timeline(above: String, below: String, start: String, end: String)
    /// The symbols to draw with, each beside its meaning.
    case symbolLegend(heading: String, symbols: [SheetDiagrams.Symbol])
    /// An empty framed area to draw in.
    case drawingArea(heading: String, height: Int)
}
