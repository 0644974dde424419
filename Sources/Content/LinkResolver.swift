import Foundation
import Markdown

/// Resolves the relative `.md` links editors write to the pages they become.
struct LinkResolver: Sendable, Equatable {
    /// Content-relative path of every file → the id of the entity it declares.
    let entityByPath: [String: String]
    /// Id → site-relative URL.
    let urlByID: [String: String]

    enum Outcome: Equatable {
        /// Not ours to resolve (an external address, a bare `#anchor`, an empty link).
        case external
        case entity(id: String, fragment: String?)
        case broken(message: String, hint: String?)
    }

    func resolve(_ destination: String, fromFile relativePath: String) -> Outcome {
        if destination.isEmpty || destination.hasPrefix("#") { return .external }
        if let colon = destination.firstIndex(of: ":"),
           !destination[..<colon].contains(where: { "/?#".contains($0) }) {
            return .external
        }
        if destination.hasPrefix("/") {
            return .broken(message: "link '\(destination)' starts at the root of the disk",
                           hint: "link relative to this file, e.g. '../werkkaarten/tijdlijn.md'")
        }
        var path = destination
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        if path.utf8.contains(UInt8(ascii: "%")) { path = path.removingPercentEncoding ?? path }

        var components = relativePath.split(separator: "/").dropLast().map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if components.isEmpty {
                    return .broken(message: "link '\(destination)' points outside the content folder",
                                   hint: "link only to .md files inside the content folder")
                }
                components.removeLast()
            default: components.append(String(part))
            }
        }
        let target = components.joined(separator: "/")
        guard target.hasSuffix(".md") else {
            return .broken(message: "link '\(destination)' does not point to a .md file",
                           hint: "link to the .md file of a page, or write a full address starting with https://")
        }
        guard let id = entityByPath[target] else {
            let wanted = (target as NSString).lastPathComponent
            let near = Suggestion.closest(to: wanted, in: entityByPath.keys.map { ($0 as NSString).lastPathComponent })
            let hint = near.flatMap { name in
                entityByPath.keys.sorted().first { ($0 as NSString).lastPathComponent == name }
            }.map { "did you mean '\(SiteURL.relative($0, from: relativePath))'?" }
            return .broken(message: "broken link: there is no file '\(target)' in the content folder", hint: hint)
        }
        return .entity(id: id, fragment: fragment)
    }
}
