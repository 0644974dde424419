/// What `spiegel --version` says. `make release` writes this file with the commit it builds and
/// puts it back afterwards, so a release names its commit and a checkout's own build says it has none.
public enum BuildStamp {
    public static let version = "0.1.0"
    public static let commit: String? = nil

    /// "0.1.0, commit 1a2b3c4d5e6f", or for a build from a checkout "0.1.0, ontwikkelversie".
    public static var description: String {
        version + ", " + (commit.map { "commit " + $0 } ?? "ontwikkelversie (gebouwd uit de broncode, zonder vastgelegde commit)")
    }
}
