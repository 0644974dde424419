/// Files editors and tools write beside the one being saved, which are never sources: neither
/// watcher reports them, so saving from vim or running `sed -i` rebuilds once, for the real file,
/// and the log names only that.
enum EditorScratchFiles {
    /// Whether a file or folder named `name` (no path) is such a file: hidden files (vim's
    /// `.x.swp`, Emacs's lock `.#x`), backups ending in `~`, vim's swap files and the `4913` it
    /// writes to test a folder, and GNU `sed -i`'s `sedXXXXXX`: six random letters and digits, of
    /// which a capital or a digit tells it from a word such as "sedentair".
    static func contains(_ name: String) -> Bool {
        if name.hasPrefix(".") || name.hasSuffix("~") || name == "4913" { return true }
        if [".swp", ".swo", ".swx"].contains(where: name.hasSuffix) { return true }
        let random = Array(name.utf8.dropFirst(3))
        return name.hasPrefix("sed") && random.count == 6
            && random.allSatisfy { isDigit($0) || isLower($0) || isUpper($0) } && random.contains { isDigit($0) || isUpper($0) }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }
    private static func isUpper(_ byte: UInt8) -> Bool { (65...90).contains(byte) }
    private static func isLower(_ byte: UInt8) -> Bool { (97...122).contains(byte) }
}
