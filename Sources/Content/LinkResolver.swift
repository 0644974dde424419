import Foundation
import Markdown

/// Resolves the relative links editors write: a `.md` file to the page it becomes, any other
/// file beside the Markdown to an attachment copied into the site.
public struct LinkResolver: Sendable, Equatable {
    /// Content-relative path of every file → the id of the entity it declares.
    let entityByPath: [String: String]
    /// Id → site-relative URL.
    let urlByID: [String: String]
    /// The content folder on disk, where attachments are looked for; nil for files held in
    /// memory, which have none.
    let contentRoot: String?
    /// `contentRoot` with its symbolic links resolved, made once: every attachment's real path is
    /// held against it.
    let realContentRoot: String?

    /// Files `verbergen:` hides (relative path → id) and where it names them: a link to one is
    /// an error of its own, not a broken link.
    let hidden: LayerMerge?

    /// The later content layers' folders, the latest first, with their links resolved: a picture
    /// or file is looked for there before `contentRoot`, so that a layer adds or replaces files as
    /// it adds or replaces pages.
    struct LayerRoot: Sendable, Equatable {
        let path: String
        let real: String?
    }
    let laterRoots: [LayerRoot]

    init(entityByPath: [String: String], urlByID: [String: String], contentRoot: String? = nil, laterRoots: [String] = [],
         hidden: LayerMerge? = nil) {
        self.hidden = hidden
        self.laterRoots = laterRoots.reversed().map { LayerRoot(path: $0, real: Self.realPath($0)) }
        self.entityByPath = entityByPath
        self.urlByID = urlByID
        self.contentRoot = contentRoot
        realContentRoot = contentRoot.flatMap(Self.realPath)
    }

    /// The path with every symbolic link resolved (`realpath`, one call, where Foundation's
    /// `resolvingSymlinksInPath` looks at each component in turn); nil when it does not exist.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    public enum Outcome: Sendable, Equatable {
        /// Not ours to resolve (an external address, a bare `#anchor`, an empty link).
        case external
        case entity(id: String, fragment: String?)
        case attachment(Attachment, fragment: String?)
        case broken(Problem)
        /// A link that asks for an item of another entity (`Reuse`): the id the item is (a
        /// question's) or belongs to, and its home entity's id.
        case reused(target: String, home: String)
    }

    public func resolve(_ destination: String, fromFile relativePath: String) -> Outcome {
        // On plain byte arrays with integer positions: this runs for every link of every page, and
        // the generic walks over a `Substring`'s UTF-8 view cost ten times as much.
        let bytes = Array(destination.utf8)
        guard let first = bytes.first, first != UInt8(ascii: "#") else { return .external }
        // A scheme (`https:`, `mailto:`) is a colon before any slash, question mark or hash.
        for byte in bytes {
            if byte == UInt8(ascii: ":") { return .external }
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") { break }
        }
        if first == UInt8(ascii: "/") {
            return .broken(.linkFromDiskRoot(destination: destination))
        }
        var end = bytes.count
        var fragment: String?
        if let hash = bytes.firstIndex(of: UInt8(ascii: "#")) {
            fragment = String(decoding: bytes[(hash + 1)...], as: UTF8.self)
            end = hash
        }
        if let query = bytes[..<end].firstIndex(of: UInt8(ascii: "?")) { end = query }
        var path = bytes[..<end]
        if path.contains(UInt8(ascii: "%")) {
            let text = String(decoding: path, as: UTF8.self)
            path = ArraySlice((text.removingPercentEncoding ?? text).utf8)
        }

        var joined: [UInt8] = []
        joined.reserveCapacity(relativePath.utf8.count + path.count)
        let from = Array(relativePath.utf8)
        if let slash = from.lastIndex(of: UInt8(ascii: "/")) { joined += from[..<slash] }
        var partStart = path.startIndex
        while partStart < path.endIndex {
            let partEnd = path[partStart...].firstIndex(of: UInt8(ascii: "/")) ?? path.endIndex
            let part = path[partStart..<partEnd]
            partStart = partEnd + 1
            if part.isEmpty || part.elementsEqual([UInt8(ascii: ".")]) { continue }
            if part.elementsEqual([UInt8(ascii: "."), UInt8(ascii: ".")]) {
                if joined.isEmpty {
                    return .broken(.linkLeavesContent(destination: destination))
                }
                joined.removeSubrange((joined.lastIndex(of: UInt8(ascii: "/")) ?? 0)...)
                continue
            }
            if !joined.isEmpty { joined.append(UInt8(ascii: "/")) }
            joined += part
        }
        let target = String(decoding: joined, as: UTF8.self)
        guard joined.count >= 3, joined[(joined.count - 3)...].elementsEqual(".md".utf8) else {
            return attachment(target, destination: destination, fragment: fragment, fromFile: relativePath)
        }
        guard let id = entityByPath[target] else {
            if let hidden, let id = hidden.hiddenPaths[target], let problem = hidden.problem(namingHidden: id) { return .broken(problem) }
            let wanted = (target as NSString).lastPathComponent
            let near = Suggestion.closest(to: wanted, in: entityByPath.keys.map { ($0 as NSString).lastPathComponent })
            let nearest = near.flatMap { name in
                entityByPath.keys.sorted().first { ($0 as NSString).lastPathComponent == name }
            }.map { SiteURL.relative($0, from: relativePath) }
            return .broken(.brokenLink(target: target, nearest: nearest))
        }
        return .entity(id: id, fragment: fragment)
    }

    /// A link to a file that is not Markdown: one of the allowed kinds, inside the content folder.
    private func attachment(_ target: String, destination: String, fragment: String?, fromFile relativePath: String) -> Outcome {
        guard let kind = AttachmentKind(path: target) else {
            let name = ContentFile.fileName(target)
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
                return .broken(.linkNotMarkdown(destination: destination, allowed: AttachmentKind.allowed))
            }
            return .broken(.attachmentKindNotAllowed(destination: destination, extension: String(name[name.index(after: dot)...]),
                                                     allowed: AttachmentKind.allowed))
        }
        // Hidden files (`.env.txt`, `.git/…`) are never pages either; one by accident must not be published.
        if target.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            return .broken(.hiddenAttachment(destination: destination))
        }
        var info = stat()
        let layer = laterRoots.first { stat($0.path + "/" + target, &info) == 0 && info.st_mode & S_IFMT == S_IFREG }
        guard let contentRoot = layer?.path ?? contentRoot else { return .broken(.brokenLink(target: target, nearest: nil)) }
        let absolute = contentRoot + "/" + target
        guard layer != nil || (stat(absolute, &info) == 0 && info.st_mode & S_IFMT == S_IFREG) else {
            return .broken(.brokenLink(target: target, nearest: nearestFile(to: target, in: contentRoot).map {
                SiteURL.relative($0, from: relativePath)
            }))
        }
        // A symbolic link may lead out of the folder: what it points to would be published.
        guard let root = layer.map({ $0.real }) ?? realContentRoot, let real = Self.realPath(absolute), real.hasPrefix(root + "/") else {
            return .broken(.linkLeavesContent(destination: destination))
        }
        return .attachment(Attachment(path: target, absolutePath: absolute, kind: kind, size: Int(info.st_size)), fragment: fragment)
    }

    /// The name nearest to the missing file's among the files of its folder that a page may
    /// link to, as a content-relative path.
    private func nearestFile(to target: String, in contentRoot: String) -> String? {
        let slash = target.lastIndex(of: "/")
        let folder = slash.map { String(target[..<$0]) } ?? ""
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? contentRoot : contentRoot + "/" + folder)) ?? [])
            .filter { !$0.hasPrefix(".") && ($0.hasSuffix(".md") || AttachmentKind(path: $0) != nil) }.sorted()
        return Suggestion.closest(to: String(ContentFile.fileName(target)), in: names).map { folder.isEmpty ? $0 : folder + "/" + $0 }
    }
}
