import Content
import Foundation

/// The worksheet files of the site: a page per sheet, the booklet that holds them all, and the
/// overview page that says what each one is for.
struct WorksheetPages {
    let catalog: WorksheetCatalog
    let pages: PageContext
    let sheets: WorksheetContext

    static let overviewURL = SiteURL.overviewPage(of: .worksheet)

    /// The HTML files each PDF is printed from, and where the PDF goes. The booklet is put
    /// together from the sheets' PDFs behind a cover and contents printed on their own (`front`).
    func printJobs(_ templates: TemplateSet) -> [PrintJob] {
        guard !catalog.sheets.isEmpty else { return [] }
        var front = TemplateValues.compact(sheets.booklet(catalog.sheets))
        front["front"] = .flag(true)
        let booklet = PrintJob.Booklet(front: Data(templates.render(front, template: "werkblad-werkboek").utf8),
                                       sheets: catalog.sheets.map { .init(id: $0.id, pdf: $0.pdfPath) })
        return catalog.sheets.map { PrintJob(html: $0.url, pdf: $0.pdfPath) }
            + [PrintJob(html: BookletFiles.html, pdf: BookletFiles.pdf, booklet: booklet)]
    }

    func files(_ templates: TemplateSet) -> [OutputFile] {
        guard !catalog.sheets.isEmpty else { return [] }
        var files = catalog.sheets.map { sheet in
            OutputFile(path: sheet.url, text: templates.render(TemplateValues.compact(sheets.page(sheet)), template: "werkblad"))
        }
        files.append(OutputFile(path: BookletFiles.html,
                                text: templates.render(TemplateValues.compact(sheets.booklet(catalog.sheets)), template: "werkblad-werkboek")))
        var overview = TemplateValues.compact(overviewContext())
        overview["content"] = .text(templates.render(overview, template: "werkblad-overzicht"))
        files.append(OutputFile(path: Self.overviewURL, text: templates.render(overview, template: "layout")))
        return files
    }

    private func overviewContext() -> [String: Any] {
        let url = Self.overviewURL
        let strings = pages.strings
        let intro = pages.graph.overviewPage(for: .worksheet)
        var context = pages.base(url: url, title: intro?.title ?? strings.plural(.worksheet))
        let groups: [(String, Worksheet.Origin)] = [("sheetsTensionFields", .tensionField), ("sheetsWorkCards", .workCard),
                                                    ("sheetsModels", .model), ("sheetsComposed", .composed)]
        var page: [String: Any] = [
            "title": intro?.title ?? strings.plural(.worksheet),
            "typeLabel": strings["overviewOf"],
            "summary": intro?.summary ?? "",
            "body": intro?.body?.html ?? "<p>\(Markup.escape(strings["worksheetsIntro"]))</p>",
            "breadcrumbs": [["title": strings["home"], "url": SiteURL.relative("index.html", from: url)]],
            "booklet": SiteURL.relative(BookletFiles.html, from: url),
            // The shared footer partial shows these sections unless they are present and empty.
            "related": [[String: Any]](), "backlinks": [[String: Any]](), "sources": [[String: Any]](),
            "questionGroups": [[String: Any]](),
            "groups": groups.compactMap { key, origin -> [String: Any]? in
                let members = catalog.sheets.filter { $0.origin == origin }
                guard !members.isEmpty else { return nil }
                return ["heading": strings[key], "sheets": members.map { sheet -> [String: Any] in
                    var item: [String: Any] = ["title": sheet.title, "url": SiteURL.relative(sheet.url, from: url),
                                               "label": sheet.label, "purpose": sheet.purpose,
                                               "audience": strings.forWhom(sheet.audiences)]
                    if sheets.withPDFs { item["pdf"] = SiteURL.relative(sheet.pdfPath, from: url) }
                    return item
                }]
            },
        ]
        if sheets.withPDFs { page["bookletPDF"] = SiteURL.relative(BookletFiles.pdf, from: url) }
        context["page"] = page
        return context
    }
}

/// One PDF to print: the site-relative HTML file it is printed from, and where it goes.
public struct PrintJob: Sendable, Equatable {
    public let html: String
    public let pdf: String
    /// For the booklet: its cover and contents as a page of their own, and the sheets that follow.
    public var booklet: Booklet? = nil

    public struct Booklet: Sendable, Equatable {
        /// The cover and contents; each entry of the contents has an empty `data-page` that the
        /// print worker fills in once it knows how many pages each sheet takes.
        public let front: Data
        public let sheets: [Sheet]

        public struct Sheet: Sendable, Equatable {
            public let id: String
            public let pdf: String
        }
    }
}
