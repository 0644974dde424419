import Content
import Pipeline
import Site

/// The folders the preview reads and watches, from the layers `spiegel.yml` lists (issue 20).
extension PreviewSite {
    /// When each file of every content layer last changed.
    func readHistory() async -> GitHistory {
        await GitHistory.read(layers: contentLayers.folders.map(\.value), site: SiteConfig.folder(of: options.configFile))
    }

    /// The content layers of `spiegel.yml`, or the one folder of `--content`.
    var contentLayers: ContentLayers {
        config.contentLayers(commandLine: options.contentDirectory, given: options.contentGiven)
    }

    /// The template folders of `spiegel.yml`, or the one of `--templates`.
    var templateLayers: [ContentLayers.Entry] {
        config.templateLayers(commandLine: options.templatesDirectory, given: options.templatesGiven)
    }

    /// Every folder and file the preview watches: each content and template layer, the
    /// configuration, the handbook and git's log.
    var watchedRoots: [String] {
        contentLayers.folders.map(\.value) + templateLayers.map(\.value) + [options.configFile]
            + (options.handbookDirectory.map { [$0] } ?? []) + (gitLog.map { [$0] } ?? [])
    }
}
