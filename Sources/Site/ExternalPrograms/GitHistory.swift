import Content
import Foundation

/// When each content file last changed, from the git history of the repository that holds the
/// content folder. Read in one `git log` pass, not one process per file, so a site of thousands of
/// pages costs one process. The date comes from the commits, never from the clock or the file
/// system, so two builds of the same commit are byte-identical.
public struct GitHistory: Sendable, Equatable {
    /// Content-relative path (`werkkaarten/tijdlijn.md`) → author date of the newest commit touching it.
    public var lastChange: [String: Date]
    /// Where the content folder sits inside the repository, e.g. `content/`; for edit links.
    public var contentPrefix: String

    /// With several content layers, `lastChange` is keyed by each file's path as diagnostics name
    /// it (its layer's folder first), and each layer kept in the site's own repository has the
    /// place of its folder there; a layer from another repository (a submodule) has none, and
    /// its pages no edit link, which would lead into the wrong repository.
    public var layerPrefixes: [String: String] = [:]
    public var layered = false

    public init(lastChange: [String: Date] = [:], contentPrefix: String = "") {
        self.lastChange = lastChange
        self.contentPrefix = contentPrefix
    }

    /// Outside a git checkout, or without git installed: nothing, and pages say nothing about it.
    public static let none = GitHistory()

    public static func read(contentDirectory: String) async -> GitHistory {
        guard let prefix = await git(["rev-parse", "--show-prefix"], in: contentDirectory) else { return .none }
        // %x00 marks a commit's line, so a file name can never be mistaken for one;
        // --relative gives paths relative to the content folder, as entities record them.
        guard let log = await git(["-c", "core.quotePath=false", "log", "--format=%x00%at", "--name-only", "--relative", "--", "."],
                            in: contentDirectory) else { return .none }
        var lastChange: [String: Date] = [:]
        var current: Date?
        for line in log.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.first == "\0" {
                current = TimeInterval(line.dropFirst()).map { Date(timeIntervalSince1970: $0) }
            } else if let current, lastChange[String(line)] == nil {
                // The log runs newest first: the first date seen for a file is its last change.
                lastChange[String(line)] = current
            }
        }
        return GitHistory(lastChange: lastChange, contentPrefix: prefix.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The history of every content layer; one layer is read as `read(contentDirectory:)`.
    /// `site` is the folder of `spiegel.yml`, whose repository the edit links lead into.
    public static func read(layers: [String], site: String) async -> GitHistory {
        guard layers.count > 1 else { return await read(contentDirectory: layers.first ?? "content") }
        var history = GitHistory()
        history.layered = true
        let siteTop = await git(["rev-parse", "--show-toplevel"], in: site)
        for layer in layers {
            let one = await read(contentDirectory: layer)
            for (path, date) in one.lastChange { history.lastChange[layer + "/" + path] = date }
            if let siteTop, await git(["rev-parse", "--show-toplevel"], in: layer) == siteTop {
                history.layerPrefixes[layer] = one.contentPrefix
            }
        }
        return history
    }

    /// When the entity's file last changed, in whichever layer it is.
    public func lastChange(of entity: Entity) -> Date? {
        lastChange[layered ? entity.location.file : entity.sourcePath]
    }

    /// The entity's file inside the site's repository, for its edit link; nil for a file of a
    /// layer from another repository.
    public func editPath(of entity: Entity) -> String? {
        guard layered else { return contentPrefix + entity.sourcePath }
        return layerPrefixes[entity.layerFolder].map { $0 + entity.sourcePath }
    }

    /// The file git appends to on every commit, checkout and pull of the repository holding the
    /// content folder (`.git/logs/HEAD`); the preview watches it to refresh the dates. Nil outside git.
    public static func headLog(contentDirectory: String) async -> String? {
        guard let gitDirectory = await git(["rev-parse", "--absolute-git-dir"], in: contentDirectory) else { return nil }
        return gitDirectory.trimmingCharacters(in: .whitespacesAndNewlines) + "/logs/HEAD"
    }

    /// Standard output of `git ARGS` run in `directory`, or nil when git fails or is missing.
    private static func git(_ arguments: [String], in directory: String) async -> String? {
        guard let result = await ExternalProcess.run(["git"] + arguments, in: directory, captureErrors: false),
              result.status == 0 else { return nil }
        return result.output
    }
}
