import ArgumentParser
import CommandLineSupport
import Content
import Foundation
import Pipeline
import Site

struct New: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CommandHelp.new, discussion: CommandHelp.newDiscussion)

    @Argument(help: ArgumentHelp(CommandHelp.newType))
    var type: String
    @Argument(help: ArgumentHelp(CommandHelp.newTitle))
    var title: String
    /// Nil when not given: the layers of `spiegel.yml` then say where the file goes.
    @Option(help: ArgumentHelp(CommandHelp.newContent))
    var content: String?
    @Option(help: ArgumentHelp(CommandHelp.config))
    var config: String?
    @Flag(name: .customLong("concept"), help: ArgumentHelp(CommandHelp.newDraft))
    var draft = false

    func validate() throws {
        // Said by the console rather than thrown: ArgumentParser would print them in English.
        let console = Console(verbose: false)
        if type == EntityType.question.rawValue {
            console.error(.questionIsNoFile(title: title))
            throw ExitCode(2)
        }
        guard let entityType = EntityType(rawValue: type), EntitySchema.of(entityType) != nil else {
            console.error(.unknownType(name: type, known: EntityType.fileTypes.map(\.rawValue)))
            throw ExitCode(2)
        }
        if title.trimmingCharacters(in: .whitespaces).isEmpty {
            console.error(.emptyTitle)
            throw ExitCode(2)
        }
    }

    func run() async throws {
        let console = Console(verbose: false)
        // The content of every layer, drafts included, decides which ids are taken, the next
        // number and, for a kwadrant, the dimensions it must name; the file goes into the last
        // layer, the organisation's own. Problems of the content or the settings are check's
        // business, not ours.
        let (settings, _) = SiteConfig.load(from: config ?? BuildOptions().configFile)
        let layers = settings.contentLayers(commandLine: content ?? BuildOptions().contentDirectory, given: content != nil)
        let folder = layers.folders.last?.value ?? BuildOptions().contentDirectory
        let existing = await BuildPipeline.loadContent(layers: layers, drafts: .show).graph
        guard let entityType = EntityType(rawValue: type),
              let file = NewEntityFile(type: entityType, title: title, existing: existing,
                                       hidden: Set(layers.hidden.map(\.value)), draft: draft) else { throw ExitCode(2) }
        let url = URL(fileURLWithPath: folder).appendingPathComponent(file.relativePath)
        let display = (folder.hasSuffix("/") ? folder : folder + "/") + file.relativePath
        guard !FileManager.default.fileExists(atPath: url.path) else {
            console.error(.fileExists(path: display, type: type))
            throw ExitCode(1)
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // withoutOverwriting: a file that appears between the check above and this write is kept.
            try Data(file.text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            console.error(.cannotWrite(path: display, reason: error.localizedDescription))
            throw ExitCode(1)
        }
        // The path on standard output, so scripts can open it: `$EDITOR "$(spiegel new werkkaart 'Titel')"`.
        FileHandle.standardOutput.write(Data((display + "\n").utf8))
    }
}
