import Foundation

/// Runs the built `spiegel` binary in a scratch folder, as an editor's shell or a CI script does.
struct SpiegelCommand {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let templates = repository.appendingPathComponent("templates").path

    /// SwiftPM puts the test runner beside the products it builds, so the binary is its neighbour.
    static let binary: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("spiegel")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return repository.appendingPathComponent(".build/debug/spiegel")
    }()

    @discardableResult
    static func run(_ arguments: [String], in folder: URL, binary: URL = binary) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting: a full pipe would otherwise block the child forever.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// A repository-like scratch folder: `content/` with a small valid site, the real templates.
final class ScratchSite {
    let root: URL

    init() {
        root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("spiegel-cmd-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        try! FileManager.default.copyItem(atPath: SpiegelCommand.templates, toPath: root.appendingPathComponent("templates").path)
        for (path, text) in Self.valid { write(path, text) }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    @discardableResult
    func write(_ path: String, _ text: String) -> ScratchSite { write(path, Data(text.utf8)) }

    @discardableResult
    func write(_ path: String, _ data: Data) -> ScratchSite {
        let url = root.appendingPathComponent(path)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! data.write(to: url)
        return self
    }

    func read(_ path: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func spiegel(_ arguments: String...) throws -> SpiegelCommand.Result {
        try SpiegelCommand.run(arguments, in: root)
    }

    /// One work card, one tension field pointing at it, a source both cite, a home page.
    static let valid: [(String, String)] = [
        ("content/werkkaarten/tijdlijn.md", """
        ---
        type: werkkaart
        titel: Een tijdlijn maken
        nummer: 3
        doel: Samen zien wat er in de tijd gebeurde.
        bronnen: [nji]
        vragen:
          - id: tijdlijn-1
            tekst: Wat zien we?
            doelgroep: professional
            herkomst: nji
        ---
        Een tijdlijn helpt. Zie [doorgaan](../spanningsvelden/doorgaan.md#polen).

        """),
        ("content/spanningsvelden/doorgaan.md", """
        ---
        type: spanningsveld
        titel: Tussen doorgaan en vertragen
        nummer: 4
        polen:
          - naam: doorgaan
          - naam: vertragen
        werkkaarten: [tijdlijn]
        bronnen: [nji]
        ---
        Over tempo. Gebruik [de tijdlijn](../werkkaarten/tijdlijn.md).

        ## Polen

        Twee kanten.

        """),
        ("content/bronnen/nji.md", """
        ---
        type: bron
        titel: Samen lerend doen wat werkt
        auteur: Nederlands Jeugdinstituut
        ---
        Een bron.

        """),
        ("content/index.md", """
        ---
        type: pagina
        titel: Start
        ---
        Welkom. Begin bij [doorgaan](spanningsvelden/doorgaan.md).

        """),
    ]
}
