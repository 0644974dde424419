import Foundation

/// Everything a PDF is made of, as one hash: the cache key. Two prints with the same key are
/// byte for byte the same PDF, so a key found in the cache may stand in for a print.
///
/// What goes in: the print engine (the worker script, WeasyPrint's and pikepdf's versions, the
/// options), the site's web address (links lead there), the HTML, every stylesheet and image it loads (and what those stylesheets load in
/// turn: fonts, images), and a stamp of the system's font folders, since the sheets name their
/// fonts ("DejaVu Sans") rather than ship them: a font installed or removed changes the stamp.
struct PrintInputs: Sendable {
    /// The part every key of a build shares.
    let engine: String

    init(printer: WeasyPrint, site: String) {
        var hash = SHA256()
        hash.update(PrintWorkerScript.jobs)
        // Links in a PDF lead under the site's address.
        hash.update("\0\(site)")
        hash.update("\0\(printer.version)\0\(printer.pikepdfVersion ?? "-")\0\(printer.options.joined(separator: ","))\0")
        hash.update(Self.fontStamp())
        engine = hash.hex()
    }

    /// What the cache and a print worker need to know of one PDF's inputs.
    struct Fingerprint: Sendable {
        let key: String
        /// Whether the page or a stylesheet declares fonts of its own (`@font-face`): then it is
        /// printed with a font configuration of its own, so fonts of one job never reach the next.
        let declaresFonts: Bool
    }

    /// The fingerprint of the PDF printed from the HTML file `html` (site-relative) under `root`.
    func fingerprint(html: String, in root: URL) -> Fingerprint {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(html).path) else {
            return Fingerprint(key: SHA256.hex(Data("missing \(html)".utf8)), declaresFonts: false)
        }
        return fingerprint(page: data, at: html, in: root)
    }

    /// The fingerprint of a page given as bytes, as if it were at `path` under `root`, with
    /// `extra` (the booklet's sheets' keys) mixed in.
    func fingerprint(page: Data, at path: String, in root: URL, extra: [String] = []) -> Fingerprint {
        var hash = SHA256()
        hash.update(engine)
        hash.update(page)
        var seen: Set<String> = []
        let resources = Self.resources(of: page, at: path, in: root, seen: &seen)
        for resource in resources {
            hash.update("\0\(resource.path)\0")
            hash.update(resource.data ?? Data("missing".utf8))
        }
        for part in extra { hash.update("\0\(part)") }
        let fontFace = Data("@font-face".utf8)
        let declaresFonts = ([page] + resources.compactMap(\.data)).contains { $0.range(of: fontFace) != nil }
        return Fingerprint(key: hash.hex(), declaresFonts: declaresFonts)
    }

    /// The local files a page or stylesheet loads, depth first, each once.
    private static func resources(of data: Data, at path: String, in root: URL, seen: inout Set<String>) -> [(path: String, data: Data?)] {
        var found: [(path: String, data: Data?)] = []
        let text = String(decoding: data, as: UTF8.self)
        let folder = path.split(separator: "/").dropLast().map(String.init)
        for reference in references(in: text, isStylesheet: path.hasSuffix(".css")) {
            guard let resolved = resolve(reference, from: folder), seen.insert(resolved).inserted else { continue }
            let bytes = FileManager.default.contents(atPath: root.appendingPathComponent(resolved).path)
            found.append((resolved, bytes))
            if resolved.hasSuffix(".css"), let bytes { found += resources(of: bytes, at: resolved, in: root, seen: &seen) }
        }
        return found
    }

    /// What WeasyPrint loads: stylesheets (`<link rel="stylesheet">`), images and objects
    /// (`src`, `data`, SVG `href`), `url(…)` and `@import` in CSS. Not the targets of `<a href>`,
    /// which it only links to: a sheet must not be printed again because a page it links to changed.
    static func references(in text: String, isStylesheet: Bool) -> [String] {
        var found: [String] = []
        if !isStylesheet {
            for tag in matches(of: #"<(link|img|image|source|object|embed|input|use)\b[^>]*>"#, in: text) {
                let lowered = tag.lowercased()
                if lowered.hasPrefix("<link"), !lowered.contains("stylesheet") { continue }
                found += matches(of: #"\b(?:src|data|href|xlink:href)\s*=\s*"([^"]*)""#, in: tag, group: 1)
            }
        }
        found += matches(of: #"url\(\s*['"]?([^'")\s]+)['"]?\s*\)"#, in: text, group: 1)
        found += matches(of: #"@import\s+['"]([^'"]+)['"]"#, in: text, group: 1)
        return found
    }

    /// A reference resolved against the folder it was written in: a site path, or nil for
    /// what is not a local file (`https:`, `data:`, `#id`) or leaves the site.
    static func resolve(_ reference: String, from folder: [String]) -> String? {
        var reference = reference
        if let cut = reference.firstIndex(where: { $0 == "#" || $0 == "?" }) { reference = String(reference[..<cut]) }
        guard !reference.isEmpty, !reference.contains(":"), !reference.hasPrefix("/") else { return nil }
        var parts = folder
        for part in reference.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": guard !parts.isEmpty else { return nil }; parts.removeLast()
            default: parts.append(String(part).removingPercentEncoding ?? String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    private static func matches(of pattern: String, in text: String, group: Int = 0) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return [] }
        let whole = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: whole).compactMap { match in
            Range(match.range(at: group), in: text).map { String(text[$0]) }
        }
    }

    /// The system's font folders (fontconfig's usual ones), each folder's path and modification
    /// time: adding or removing a font file changes its folder's time.
    static func fontStamp() -> String {
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        var stamp = ""
        for top in ["/usr/share/fonts", "/usr/local/share/fonts", home + "/.fonts", home + "/.local/share/fonts"] {
            var folders = [top]
            while let folder = folders.popLast() {
                guard let attributes = try? FileManager.default.attributesOfItem(atPath: folder),
                      attributes[.type] as? FileAttributeType == .typeDirectory else { continue }
                let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                stamp += "\(folder) \(time)\n"
                for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted() {
                    let path = folder + "/" + name
                    var isDirectory: ObjCBool = false
                    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { folders.append(path) }
                }
            }
        }
        return stamp
    }
}
