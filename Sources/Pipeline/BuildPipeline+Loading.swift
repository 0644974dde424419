import Content

/// The shorter ways into stages 1–6: a one-shot load without a cache, and one folder instead of
/// layers. Each ends in `loadContent(layers:…)` or `loadContent(_:discovered:…)`.
extension BuildPipeline {
    /// Stages 1–6 once, without a cache, as a one-shot build loads (`spiegel new`, the handbook,
    /// tests).
    public static func loadContent(folder: String, drafts: Drafts.Policy = .leaveOut) async -> LoadedContent {
        var cache: SourceCache? = nil
        var clock = StageClock()
        return await loadContent(folder: folder, cache: &cache, drafts: drafts, clock: &clock)
    }

    /// Stages 1–6 once for the layers of a site, without a cache (`spiegel new`, which must know
    /// every id and number the layers hold together).
    public static func loadContent(layers: ContentLayers, drafts: Drafts.Policy = .leaveOut) async -> LoadedContent {
        var cache: SourceCache? = nil
        var clock = StageClock()
        return await loadContent(layers: layers, cache: &cache, drafts: drafts, clock: &clock)
    }

    /// Stages 2–6 once for files held in memory (the fuzzer's, tests').
    public static func loadContent(_ files: [ContentFile], drafts: Drafts.Policy = .leaveOut) async -> LoadedContent {
        var cache: SourceCache? = nil
        var clock = StageClock()
        return await loadContent(files, cache: &cache, drafts: drafts, clock: &clock)
    }

    /// Stages 1–6 for the folder at `folder`. With a cache (the preview's), a file is read again
    /// only when `changed` names it or, when `changed` is nil, when its stamp changed.
    public static func loadContent(folder: String, cache: inout SourceCache?, changed: Set<String>? = nil,
                                   drafts: Drafts.Policy = .leaveOut, clock: inout StageClock) async -> LoadedContent {
        await loadContent(layers: .single(folder), cache: &cache, changed: changed, drafts: drafts, clock: &clock)
    }
}
