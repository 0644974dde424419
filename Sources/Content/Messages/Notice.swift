import Foundation

/// Every line the commands and the preview print that is not a `Diagnostic`: progress, the
/// summaries of `check` and `build`, the preview's log, and what `new` and `serve` say when they
/// cannot do their work. Like `Problem`, the one place where this wording is written, in Dutch.
public enum Notice: Sendable, Equatable {
    // check and build.
    case tally(errors: Int, warnings: Int)
    case checkClean(items: Int, seconds: Double)
    /// The drafts a check or build left out, by file (the first few).
    case draftsLeftOut(files: [String])
    case buildFailed(errors: Int, output: String, siteWritten: Bool)
    case built(pages: Int, files: Int, pdfs: Int, printed: Int, output: String, seconds: Double)
    case stageTime(stage: String, seconds: Double, cpu: Double)
    case wrongUse(WrongUseProblem)
    case wrongUseHelp(String)
    case wrongUseUsage(String)
    case wrongUseMoreHelp(String)
    case itemsRead(Int)
    case searchOff
    case pagesRendered(Int)
    case printingPDFs(count: Int, printer: String)

    // new.
    case questionIsNoFile(title: String)
    case unknownType(name: String, known: [String])
    case emptyTitle
    case fileExists(path: String, type: String)
    case cannotWrite(path: String, reason: String)

    // serve and the preview.
    case previewProgramMissing
    case cannotStart(program: String, reason: String)
    case cannotListen(address: String, reason: String)
    case previewStopped(reason: String)
    case previewListening(url: String)
    case previewHasErrors(errors: [Diagnostic])
    case previewBuilt(rendered: Int, files: Int, changed: Int, milliseconds: Int)
    case previewRebuilt(after: [String], fixed: Bool, rendered: Int, files: Int, changed: Int, milliseconds: Int)
    case stageTimes([(stage: String, milliseconds: Int)])

    /// What is wrong with a command line, as ArgumentParser found it.
    public enum WrongUseProblem: Sendable, Equatable {
        case unknownOption(String)
        case unexpectedArgument(String)
        case missingArgument(String)
        case invalidValue(value: String, option: String)
        /// A problem this catalogue has no words for: ArgumentParser's own.
        case other(String)

        var dutch: String {
            switch self {
            case .unknownOption(let option): "de optie '\(option)' bestaat niet"
            case .unexpectedArgument(let word): "'\(word)' hoort hier niet; zet het achter een optie, of laat het weg"
            case .missingArgument(let what): "er ontbreekt nog iets: \(what)"
            case .invalidValue(let value, let option): "'\(value)' kan niet bij '\(option)'"
            case .other(let text): text
            }
        }
    }

    public var text: String {
        switch self {
        case .tally(let errors, let warnings):
            "\(Self.count(errors, "fout", "fouten")), \(Self.count(warnings, "waarschuwing", "waarschuwingen"))"
        case .checkClean(let items, let seconds):
            "geen problemen: \(Self.count(items, "pagina, kaart of vraag", "pagina's, kaarten en vragen")) gecontroleerd in \(Self.seconds(seconds))"
        case .draftsLeftOut(let files):
            "\(Self.count(files.count, "concept", "concepten")) niet gepubliceerd ('concept: ja'): "
                + files.prefix(Self.draftsNamed).joined(separator: ", ")
                + (files.count > Self.draftsNamed ? " en \(files.count - Self.draftsNamed) meer" : "")
        case .buildFailed(let errors, let output, let siteWritten):
            siteWritten
                ? "bouwen mislukt door \(Self.count(errors, "fout", "fouten")); de site staat in '\(output)', maar zonder PDF's"
                : "bouwen mislukt door \(Self.count(errors, "fout", "fouten")); '\(output)' is niet veranderd"
        case .built(let pages, let files, let pdfs, let printed, let output, let seconds):
            "\(Self.count(pages, "pagina", "pagina's")) (\(Self.count(files, "bestand", "bestanden")))"
                + (pdfs > 0 ? " en \(Self.count(pdfs, "PDF", "PDF's")) (\(printed) gedrukt, \(pdfs - printed) uit de cache)" : "")
                + " gebouwd in '\(output)' in \(Self.seconds(seconds))"
        case .stageTime(let stage, let seconds, let cpu):
            "\(Self.stageNames[stage] ?? stage): \(Self.decimal(seconds)) s (rekentijd \(Self.decimal(cpu)) s)"
        case .wrongUse(let problem):
            "fout: zo werkt dit commando niet: " + problem.dutch
        case .wrongUseHelp(let help):
            "uitleg: " + help.trimmingCharacters(in: .whitespaces)
        case .wrongUseUsage(let usage):
            "gebruik: " + usage
        case .wrongUseMoreHelp(let command):
            "meer uitleg: \(command)"
        case .itemsRead(let count):
            "\(Self.count(count, "pagina, kaart of vraag", "pagina's, kaarten en vragen")) gelezen"
        case .searchOff:
            "zoeken staat uit: installeer Pagefind met 'pip install pagefind-bin'"
        case .pagesRendered(let count):
            "\(Self.count(count, "pagina", "pagina's")) gemaakt"
        case .printingPDFs(let count, let printer):
            "\(Self.count(count, "PDF", "PDF's")) maken met \(printer)"

        case .questionIsNoFile(let title):
            """
            een vraag is geen bestand op zich: zet hem in de lijst 'vragen:' van een spanningsveld, werkkaart of pagina:
              vragen:
                - id: <id van de pagina>-1
                  tekst: \(title)
                  doelgroep: professional
                  herkomst: eigen
            """
        case .unknownType(let name, let known):
            "onbekend type '\(name)'; kies een van: \(known.joined(separator: ", "))"
        case .emptyTitle:
            "de titel is leeg; schrijf hem tussen aanhalingstekens, bijvoorbeeld: spiegel new werkkaart 'Een tijdlijn maken'"
        case .fileExists(let path, let type):
            "\(path) bestaat al; er is niets geschreven (geef de nieuwe \(type) een andere titel)"
        case .cannotWrite(let path, let reason):
            "\(path) kan niet worden geschreven: \(reason)"

        case .previewProgramMissing:
            "spiegel serve heeft het programma 'spiegel-preview' nodig, in dezelfde map als 'spiegel'; "
                + "'make site' en 'make install' maken het"
        case .cannotStart(let program, let reason):
            "\(program) kan niet worden gestart: \(reason)"
        case .cannotListen(let address, let reason):
            "de voorvertoning kan niet luisteren op \(address): \(reason)"
        case .previewStopped(let reason):
            "de voorvertoning is gestopt: \(reason)"
        case .previewListening(let url):
            "voorvertoning op \(url) (Ctrl-C stopt hem)"
        case .previewHasErrors(let errors):
            "\(Self.count(errors.count, "fout", "fouten")); de browser laat ze zien:\n" + errors.map(\.formatted).joined(separator: "\n")
        case .previewBuilt(let rendered, let files, let changed, let milliseconds):
            "gebouwd: \(rendered) van \(Self.count(files, "bestand", "bestanden")) gemaakt, \(changed) veranderd, in \(milliseconds) ms"
        case .previewRebuilt(let after, let fixed, let rendered, let files, let changed, let milliseconds):
            (fixed ? "hersteld, de site is terug; " : "")
                + "opnieuw gebouwd na een wijziging in \(after.joined(separator: ", ")): "
                + "\(rendered) van \(Self.count(files, "bestand", "bestanden")) gemaakt, \(changed) veranderd, in \(milliseconds) ms"
        case .stageTimes(let laps):
            laps.map { "\(Self.stageNames[$0.stage] ?? $0.stage) \($0.milliseconds) ms" }.joined(separator: ", ")
        }
    }

    /// How many drafts the one-line summary names: a line, not a list.
    static let draftsNamed = 5

    /// The build's stages (`StageClock` names them in English, as the code does) as an editor reads them.
    static let stageNames = [
        "discover": "bestanden zoeken", "read front matter": "koppen lezen", "identify": "ids en adressen bepalen",
        "parse and render bodies": "teksten omzetten", "build the graph": "verbanden leggen", "validate": "controleren",
        "find the external programs": "hulpprogramma's zoeken", "find the pages to render": "pagina's kiezen",
        "render": "pagina's maken", "write": "wegschrijven", "write and print": "wegschrijven en drukken",
    ]

    public static func == (a: Notice, b: Notice) -> Bool { a.text == b.text }

    /// "1 fout", "3 fouten".
    static func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(n) \(n == 1 ? one : many)"
    }

    /// "0,04 s": hundredths, for a whole build or check.
    static func seconds(_ seconds: Double) -> String { decimal(seconds, places: 2) + " s" }

    /// "0,135": with a Dutch decimal comma; three places (milliseconds) for a stage's time.
    static func decimal(_ value: Double, places: Int = 3) -> String {
        String(format: "%.\(places)f", value).replacingOccurrences(of: ".", with: ",")
    }
}
