import Foundation
@testable import Content
import Pipeline

/// Stages 1–6 for the folder at `folder`, without a cache: a one-shot build's load.
func loadContent(_ folder: String) async -> LoadedContent { await BuildPipeline.loadContent(folder: folder) }

/// Stages 2–6 for files held in memory, each at `path` (relative, displayed and absolute alike).
func loadContent(sources: [(path: String, bytes: [UInt8])]) async -> LoadedContent {
    await BuildPipeline.loadContent(sources.map { ContentFile(relativePath: $0.path, displayPath: $0.path, absolutePath: $0.path, contents: $0.bytes) })
}

/// A content folder in a temporary directory, written file by file from a test.
final class ContentFolder {
    let root: String

    init() {
        root = NSTemporaryDirectory() + "spiegel-content-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    @discardableResult
    func write(_ path: String, _ text: String) -> ContentFolder {
        write(path, Data(text.utf8))
    }

    @discardableResult
    func write(_ path: String, _ data: Data) -> ContentFolder {
        let full = root + "/" + path
        try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! data.write(to: URL(fileURLWithPath: full))
        return self
    }

    func load() async -> LoadedContent { await loadContent(root) }

    func errors() async -> [Diagnostic] { await load().diagnostics.filter { $0.severity == .error } }

    /// The path diagnostics use for a file of this folder.
    func display(_ path: String) -> String { root + "/" + path }
}

/// A minimal valid site: one work card, one tension field pointing at it, a source both cite.
func minimalSite() -> ContentFolder {
    ContentFolder()
        .write("werkkaarten/tijdlijn.md", """
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

        ## Stappen

        Eerst dit.
        """)
        .write("spanningsvelden/doorgaan.md", """
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
        """)
        .write("bronnen/nji.md", """
        ---
        type: bron
        titel: Samen lerend doen wat werkt
        auteur: Nederlands Jeugdinstituut
        ---
        Een bron.
        """)
        .write("index.md", """
        ---
        type: pagina
        titel: Start
        ---
        Welkom. Begin bij [doorgaan](spanningsvelden/doorgaan.md).
        """)
}
