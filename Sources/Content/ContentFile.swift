import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A Markdown file found under the content folder.
public struct ContentFile: Sendable {
    /// Relative to the content folder, with `/` separators: `werkkaarten/tijdlijn.md`.
    public var relativePath: String
    /// How diagnostics name the file: the content folder as given, then the relative path.
    public var displayPath: String
    public var absolutePath: String
    /// The file's bytes when they come from memory rather than disk (previews, the fuzzer).
    public var contents: [UInt8]?
    /// Which content layer holds the file (`ContentLayers`): 0 for the first, or only, folder.
    public var layer: Int

    public init(relativePath: String, displayPath: String, absolutePath: String, contents: [UInt8]? = nil, layer: Int = 0) {
        self.relativePath = relativePath
        self.displayPath = displayPath
        self.absolutePath = absolutePath
        self.contents = contents
        self.layer = layer
    }

    /// What tells this file apart from every other of the site: its relative path, which two
    /// layers may share (a replacement often has its original's name), marked with its layer
    /// after the first. `//` never occurs in a relative path, so no file of the first layer has it.
    public var key: String {
        layer == 0 ? relativePath : "//\(layer)/" + relativePath
    }

    /// The file's text with a byte-order mark removed and line endings normalised to `\n`,
    /// or a diagnostic saying where the bytes are not UTF-8.
    func readText() -> Result<String, Diagnostic> {
        var bytes: [UInt8]
        if let contents {
            if contents.count > Self.sizeLimit { return .failure(tooLarge(contents.count)) }
            bytes = contents
        } else {
            switch Self.read(absolutePath) {
            case .bytes(let read): bytes = read
            case .tooLarge(let size): return .failure(tooLarge(size))
            case .unreadable: return .failure(Diagnostic(file: displayPath, line: 1, column: 1, .fileUnreadable))
            }
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = Self.firstInvalidUTF8(in: bytes)
            return .failure(Diagnostic(file: displayPath, line: line, column: column, .fileNotUTF8))
        }
        // Foundation's String.contains(String) is a locale-aware search; a byte test is enough.
        if bytes.contains(UInt8(ascii: "\r")) {
            return .success(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
        }
        return .success(text)
    }

    private func tooLarge(_ size: Int) -> Diagnostic {
        Diagnostic(file: displayPath, line: 1, column: 1, .fileTooLarge(bytes: size, limit: Self.sizeLimit))
    }

    /// The most one Markdown file may hold: 8 MB, a thousand times a long page of the knowledge base.
    public static let sizeLimit = 8 * 1024 * 1024

    private enum Read {
        case bytes([UInt8])
        /// Looked at before it is read: a file of gigabytes is refused without being loaded.
        case tooLarge(Int)
        case unreadable
    }

    /// The whole file with plain POSIX calls: Foundation's `contents(atPath:)` costs several
    /// times more, and every content file is read on every build, so the calls are few: open,
    /// the size from the open file, one read of the size plus a byte, close.
    private static func read(_ path: String) -> Read {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .unreadable }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .unreadable }
        if Int(info.st_size) > sizeLimit { return .tooLarge(Int(info.st_size)) }
        let regular = info.st_mode & S_IFMT == S_IFREG
        // The size `fstat` gives, plus one byte: a read that fills that byte means the file grew
        // meanwhile, and only then is the buffer enlarged. A regular file gives all it has up to
        // the end in one read, so a read that falls short of the buffer has reached the end.
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                if bytes.count > sizeLimit { return .tooLarge(bytes.count) }
                bytes.append(contentsOf: [UInt8](repeating: 0, count: bytes.count))
            }
            let asked = bytes.count - filled
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, asked) }
            if n < 0 { if errno == EINTR { continue }; return .unreadable }
            filled += n
            if n == 0 || (regular && n < asked) { break }
        }
        bytes.removeLast(bytes.count - filled)
        return .bytes(bytes)
    }

    /// The last component of a `/`-separated path.
    static func fileName(_ path: String) -> Substring {
        let s = Substring(path)
        guard let slash = s.utf8.lastIndex(of: UInt8(ascii: "/")) else { return s }
        return s[s.utf8.index(after: slash)...]
    }

    /// Line and column (in characters) of the first byte that breaks UTF-8.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, column = 1, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            guard length > 0, index + length <= bytes.count,
                  String(validating: bytes[index..<index + length], as: UTF8.self) != nil else { return (line, column) }
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        return (line, column)
    }
}
