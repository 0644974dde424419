/// A folder of Markdown after the content stages: the graph, and every problem found on the way.
public struct LoadedContent: Sendable {
    public var graph: ContentGraph
    public var diagnostics: [Diagnostic]
    /// The ids of the entities read again since the previous load with the same cache (the
    /// preview's), which alone can differ from it; nil when any may differ.
    public var touched: Set<String>?
    /// The drafts (`concept: ja`) read, whether or not the graph keeps them (`Drafts.Policy`).
    public var drafts: [Entity]

    public init(graph: ContentGraph, diagnostics: [Diagnostic], touched: Set<String>? = nil, drafts: [Entity] = []) {
        self.graph = graph
        self.diagnostics = diagnostics
        self.touched = touched
        self.drafts = drafts
    }
}
