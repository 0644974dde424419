import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds the Markdown files under the content folder. Symbolic links are followed only when
/// they stay inside the folder: a link out of it would let content read (and publish) any file.
/// `followedLinks` tells whether any was followed: a file then has two paths, and an edit seen
/// under one of them says nothing about the other.
public enum ContentDiscovery {
    public static func files(in root: String) -> (files: [ContentFile], diagnostics: [Diagnostic], followedLinks: Bool) {
        let fm = FileManager.default
        let rootURL = URL(fileURLWithPath: root)
        let resolvedRoot = rootURL.resolvingSymlinksInPath().standardizedFileURL.path
        var files: [ContentFile] = []
        var diagnostics: [Diagnostic] = []
        var visitedDirectories: Set<String> = []
        var followedLinks = false

        func display(_ relative: String) -> String {
            root.hasSuffix("/") ? root + relative : join(root, relative)
        }

        func walk(_ relativeDir: String) {
            let absoluteDir = relativeDir.isEmpty ? rootURL.path : rootURL.appendingPathComponent(relativeDir).path
            let resolvedDir = URL(fileURLWithPath: absoluteDir).resolvingSymlinksInPath().path
            guard visitedDirectories.insert(resolvedDir).inserted else { return }
            for (name, type) in entries(of: absoluteDir) where !name.hasPrefix(".") {
                let relative = relativeDir.isEmpty ? name : join(relativeDir, name)
                let absolute = join(absoluteDir, name)
                // The folder listing names most entries' kind; only the rest need an lstat.
                var kind: mode_t
                switch type {
                case UInt8(DT_REG): kind = S_IFREG
                case UInt8(DT_DIR): kind = S_IFDIR
                case UInt8(DT_LNK): kind = S_IFLNK
                default:
                    var info = stat()
                    guard lstat(absolute, &info) == 0 else { continue }
                    kind = info.st_mode & S_IFMT
                }
                if kind == S_IFLNK {
                    let target = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().standardizedFileURL.path
                    guard target == resolvedRoot || target.hasPrefix(resolvedRoot + "/") else {
                        diagnostics.append(Diagnostic(
                            file: display(relative), line: 1, column: 1, .linkOutsideFolder(folder: "content", target: target)))
                        continue
                    }
                    followedLinks = true
                }
                var isDirectory = ObjCBool(kind == S_IFDIR)
                if kind == S_IFLNK, !fm.fileExists(atPath: absolute, isDirectory: &isDirectory) { continue }
                if isDirectory.boolValue {
                    walk(relative)
                } else if name.utf8.count > 3, name.utf8.reversed().starts(with: "dm.".utf8) {
                    files.append(ContentFile(relativePath: relative, displayPath: display(relative), absolutePath: absolute))
                } else if let expected = markdownLookalike(name) {
                    diagnostics.append(Diagnostic(file: display(relative), line: 1, column: 1,
                                                  .notReadAsMarkdown(name: name, expected: expected)))
                }
            }
        }
        walk("")
        return (files, diagnostics, followedLinks)
    }

    /// The Markdown files of every content layer, in layer order, each file marked with its
    /// layer; nil when the only folder, given on the command line, does not exist. A missing
    /// layer folder of `spiegel.yml` is an error at its entry there.
    public static func files(in layers: ContentLayers) -> (files: [ContentFile], diagnostics: [Diagnostic], followedLinks: Bool)? {
        var files: [ContentFile] = [], diagnostics: [Diagnostic] = [], followedLinks = false
        for (layer, entry) in layers.folders.enumerated() {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: entry.value, isDirectory: &isDirectory), isDirectory.boolValue else {
                if layers.folders.count == 1, entry.place == nil { return nil }
                diagnostics.append(ContentLayers.missing(entry))
                continue
            }
            let found = Self.files(in: entry.value)
            files += layer == 0 ? found.files : found.files.map { var file = $0; file.layer = layer; return file }
            diagnostics += found.diagnostics
            followedLinks = followedLinks || found.followedLinks
        }
        return (files, diagnostics, followedLinks)
    }

    /// The name a file that looks like Markdown but is not read should have (`Tijdlijn.MD`,
    /// `tijdlijn.markdown`, `tijdlijn.md.txt` → `tijdlijn.md`); nil for any other file.
    static func markdownLookalike(_ name: String) -> String? {
        let lower = name.lowercased()
        for suffix in [".md.txt", ".markdown", ".mdown", ".md"] where lower.hasSuffix(suffix) && lower.count > suffix.count {
            return String(name.dropLast(suffix.count)) + ".md"
        }
        return nil
    }

    /// `folder/name` made in one allocation: three paths are made for every file, and joining
    /// with `+` made each twice (the folder and slash first) and cost more than the rest of
    /// finding the files.
    static func join(_ folder: String, _ name: String) -> String {
        var folder = folder, name = name
        return folder.withUTF8 { a in
            name.withUTF8 { b in
                String(unsafeUninitializedCapacity: a.count + 1 + b.count) { out in
                    _ = UnsafeMutableBufferPointer(rebasing: out[..<a.count]).initialize(fromContentsOf: a)
                    out[a.count] = UInt8(ascii: "/")
                    _ = UnsafeMutableBufferPointer(rebasing: out[(a.count + 1)...]).initialize(fromContentsOf: b)
                    return a.count + 1 + b.count
                }
            }
        }
    }

    /// A folder's entries, sorted by name, with the kind `readdir` reports (`DT_UNKNOWN` where the
    /// file system does not say).
    private static func entries(of directory: String) -> [(name: String, type: UInt8)] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            entries.append((name, entry.pointee.d_type))
        }
        return entries.sorted { $0.name < $1.name }
    }
}
