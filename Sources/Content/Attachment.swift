import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file beside the Markdown (a picture, a handout) that a page shows or links to. It is copied
/// into the site at the same path it has under the content folder, so a relative link means the
/// same on disk, in a git web interface and in the site.
public struct Attachment: Sendable, Hashable {
    /// Relative to the content folder, with `/` separators; also its path in the site.
    public var path: String
    public var absolutePath: String
    public var kind: AttachmentKind
    /// In bytes, when the link was resolved.
    public var size: Int
    /// How diagnostics name the file: the content folder as given, then `path`.
    public var displayPath: String

    public init(path: String, absolutePath: String, kind: AttachmentKind, size: Int, displayPath: String? = nil) {
        self.path = path
        self.absolutePath = absolutePath
        self.kind = kind
        self.size = size
        self.displayPath = displayPath ?? path
    }

    /// The file's name without its folders.
    public var name: String { String(ContentFile.fileName(path)) }

    /// Above this a file gets a warning: readers download it on a phone, and git keeps every version.
    public static let sizeWarningLimit = 5 * 1024 * 1024

    /// What is wrong with the file itself, checked once however many pages use it: a size
    /// readers will notice, and in an SVG anything a browser would run. Pages show an SVG through
    /// `<img>`, where no script runs, but a link to it opens it as a document of its own, where
    /// it would.
    public func problems() -> [Diagnostic] {
        var found: [Diagnostic] = []
        if size > Self.sizeWarningLimit {
            found.append(Diagnostic(file: displayPath, line: 1, column: 1, .largeAttachment(bytes: size, limit: Self.sizeWarningLimit)))
        }
        if kind == .svg, let data = FileManager.default.contents(atPath: absolutePath),
           let (element, line, column) = Self.activeContent(in: Array(data)) {
            found.append(Diagnostic(file: displayPath, line: line, column: column, .svgWithScript(element: element)))
        }
        return found
    }

    /// The first thing in an SVG's bytes that a browser would run: a `<script` element, an event
    /// attribute (` onload=`), or a `javascript:` address; with its line and column.
    static func activeContent(in bytes: [UInt8]) -> (String, Int, Int)? {
        let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var line = 1, lineStart = 0
        for i in lower.indices {
            if lower[i] == 0x0A { line += 1; lineStart = i + 1; continue }
            if lower[i...].starts(with: "<script".utf8) { return ("een <script>", line, i - lineStart + 1) }
            if lower[i...].starts(with: "javascript:".utf8) { return ("een javascript:-adres", line, i - lineStart + 1) }
            // An event attribute: white space, `on`, letters, optional white space, `=`.
            guard i > 0, lower[i - 1] == 0x20 || lower[i - 1] == 0x0A || lower[i - 1] == 0x09 || lower[i - 1] == 0x0D || lower[i - 1] == 0x2F,
                  lower[i...].starts(with: "on".utf8) else { continue }
            var j = i + 2
            while j < lower.count, lower[j] >= 0x61, lower[j] <= 0x7A { j += 1 }
            guard j > i + 2 else { continue }
            let name = String(decoding: lower[i..<j], as: UTF8.self)
            while j < lower.count, lower[j] == 0x20 || lower[j] == 0x09 || lower[j] == 0x0A || lower[j] == 0x0D { j += 1 }
            if j < lower.count, lower[j] == UInt8(ascii: "=") { return ("het attribuut \(name)", line, i - lineStart + 1) }
        }
        return nil
    }
}

/// The kinds of file a page may show or link to, by the extension editors know them by.
public enum AttachmentKind: String, Sendable, Hashable, CaseIterable {
    case png, jpg, jpeg, gif, webp, avif, svg
    case pdf, docx, xlsx, pptx, odt, ods, odp, txt, csv, mp3, mp4

    /// The kind of the file at `path` by its extension, in any case; nil for any other file.
    public init?(path: String) {
        let name = ContentFile.fileName(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        self.init(rawValue: name[name.index(after: dot)...].lowercased())
    }

    /// A picture, which a Markdown image (`![alt](file)`) may show.
    public var isImage: Bool {
        switch self {
        case .png, .jpg, .jpeg, .gif, .webp, .avif, .svg: true
        default: false
        }
    }

    /// Every extension, for the message that refuses another.
    public static var allowed: [String] { allCases.map(\.rawValue) }
}
