extension Entity {
    /// The content layer the entity comes from, as its folder is named (`gedeeld/content`):
    /// its file's path as diagnostics give it, without the path inside the layer.
    public var layerFolder: String {
        // Compared as bytes: both come from the same path, and `hasSuffix` compares characters,
        // which costs a page of graph.json and of the history lookups thousands of instructions.
        let file = location.file.utf8, source = sourcePath.utf8
        guard file.count > source.count else { return "" }
        let slash = file.index(file.endIndex, offsetBy: -(source.count + 1))
        guard file[slash] == UInt8(ascii: "/"), file[file.index(after: slash)...].elementsEqual(source) else { return "" }
        return String(location.file[..<slash])
    }
}
