/// The content folders of a site, in order, and the ids hidden from what they make together.
///
/// An organisation stacks its own folder on a shared base (`inhoud: [gedeeld/content, content]`
/// in `spiegel.yml`): a later layer adds entities, replaces an earlier layer's entity by declaring
/// its id (the whole entity, questions and all), and `verbergen:` hides one. Every later stage
/// sees only the merged result; diagnostics still name each file in its own layer.
public struct ContentLayers: Sendable, Equatable {
    /// A value written in `spiegel.yml` and where it stands there, so that a problem with it is
    /// reported at its line; nil for a folder given on the command line.
    public struct Entry: Sendable, Equatable {
        public var value: String
        public var place: SourceLocation?

        public init(_ value: String, place: SourceLocation? = nil) {
            self.value = value
            self.place = place
        }
    }

    /// The keys of `spiegel.yml` that list layers, written once: the settings, their messages
    /// and the handbook name them.
    public enum Key {
        public static let content = "inhoud"
        public static let templates = "sjablonen"
        public static let hidden = "verbergen"
    }

    /// The content folders, the shared base first; a later one wins.
    public var folders: [Entry]
    /// Ids no page of any layer may show: each entity and the questions in its file.
    public var hidden: [Entry]

    public init(folders: [Entry], hidden: [Entry] = []) {
        self.folders = folders
        self.hidden = hidden
    }

    /// One folder, as `--content` gives it: what a site without layers has always been.
    public static func single(_ folder: String) -> ContentLayers {
        ContentLayers(folders: [Entry(folder)])
    }

    /// A layer folder that does not exist, at its entry in `spiegel.yml`.
    public static func missing(_ folder: Entry) -> Diagnostic {
        let place = folder.place ?? SourceLocation(file: folder.value, line: 1, column: 1)
        return place.diagnostic(.layer(.folderMissing(key: Key.content, folder: folder.value)))
    }
}
