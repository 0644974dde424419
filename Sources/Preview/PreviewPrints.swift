import Content
import Foundation
import Site

/// The worksheets' and meetings' PDFs in the preview: printed when a browser asks for one, from the HTML the
/// preview serves at that moment, through the build's cache (a sheet nobody edited comes from
/// `.spiegel-cache/` at once). WeasyPrint prints from files, so the worksheets and what they load
/// (stylesheets, images) are written to a folder of the preview's own first; its workers (with
/// the print server, connections to it) stay up between requests, so at most the first PDF pays
/// for starting Python.
actor PreviewPrints {
    private let printer: WeasyPrint
    private let cache: PDFCache?
    private let pool: PrintPool
    private let folder: URL

    init(printer: WeasyPrint, cacheDirectory: String?, server: PrintServer? = nil, searchPath: String? = nil) {
        self.printer = printer
        cache = cacheDirectory.map { PDFCache(directory: $0) }
        pool = PrintPool(printer: printer, server: server, searchPath: searchPath)
        folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("spiegel-preview-\(getpid())")
    }

    /// The PDF at `path` (`werkbladen/werkblad-tijdlijn.pdf`), printed from `files`; nil when no
    /// job makes it. A booklet (the worksheets' or a meeting's pack) needs the PDFs it joins, most
    /// of them from the cache.
    func pdf(_ path: String, jobs: [PrintJob], files: [String: Data], site: String?) async throws -> Data? {
        guard let job = jobs.first(where: { $0.pdf == path }) else { return nil }
        let joined = Set(job.booklet?.sheets.map(\.pdf) ?? [])
        let needed = jobs.filter { joined.contains($0.pdf) } + [job]
        let fm = FileManager.default
        // The pages PDFs are printed from: the worksheets and a meeting's printable parts.
        let printed = [EntityType.worksheet.section + "/", EntityType.meeting.section + "/"]
        for (site, data) in files where printed.contains(where: site.hasPrefix) || !site.hasSuffix(".html") {
            guard !site.hasSuffix(".pdf"), site != "graph.json" else { continue }
            let url = folder.appendingPathComponent(site)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if fm.contents(atPath: url.path) != data { try data.write(to: url) }
        }
        _ = try await printer.print(needed, in: folder, site: site, cache: cache, pool: pool)
        return fm.contents(atPath: folder.appendingPathComponent(path).path)
    }

    /// Stops the workers and removes the folder.
    func close() async {
        await pool.shutdown()
        try? FileManager.default.removeItem(at: folder)
    }
}
