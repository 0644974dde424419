extension Entity {
    /// The content layer the entity comes from, as its folder is named (`gedeeld/content`):
    /// its file's path as diagnostics give it, without the path inside the layer.
    public var layerFolder: String {
        let file = location.file
        guard file.hasSuffix("/" + sourcePath) else { return "" }
        return String(file.dropLast(sourcePath.utf8.count + 1))
    }
}
