import Content
import Foundation
import Site

/// What runs beside the stages: the editors' handbook (through stages 1–6 of its own) and the
/// print engine, found while the content loads.
extension BuildPipeline {
    /// The handbook's chapters, through stages 1–6 like the content. No folder, no handbook.
    public static func loadHandbook(_ folder: String?) async -> (Handbook?, [Diagnostic]) {
        guard let folder else { return (nil, []) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { return (nil, []) }
        let (handbook, diagnostics) = Handbook.make(from: await loadContent(folder: folder))
        return (handbook, diagnostics)
    }

    /// WeasyPrint and the workers that print with it. A running print server that can be
    /// trusted answers both at once, without starting Python; otherwise WeasyPrint is found and
    /// the server, or the first worker, starts at once: Python imports WeasyPrint while the content
    /// loads and renders.
    static func findPrinter(_ options: BuildOptions) async -> (printer: WeasyPrint, pool: PrintPool)? {
        if let server = options.printServer, let (printer, connection) = await server.attach(searchPath: options.printEngineSearchPath) {
            return (printer, PrintPool(printer: printer, server: server, first: connection))
        }
        guard let printer = await WeasyPrint.locate(searchPath: options.printEngineSearchPath) else { return nil }
        let pool = PrintPool(printer: printer, server: options.printServer, searchPath: options.printEngineSearchPath)
        await pool.prestart()
        return (printer, pool)
    }

    /// The WeasyPrint found, or a diagnostic that says the PDFs are missing and how to get them.
    static func checkPrinter(_ found: WeasyPrint?, _ options: BuildOptions, into report: inout BuildReport) -> WeasyPrint? {
        guard let printer = found else {
            report.diagnostics.append(Diagnostic(file: options.outputDirectory, line: 1, column: 1, .weasyPrintMissing))
            return nil
        }
        if !printer.makesForms || !printer.makesTags {
            report.diagnostics.append(Diagnostic(file: options.outputDirectory, line: 1, column: 1,
                                                 .weasyPrintTooOld(version: printer.version)))
        }
        return printer
    }
}
