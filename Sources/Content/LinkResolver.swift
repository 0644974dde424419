import Foundation
import Markdown

/// Resolves the relative `.md` links editors write to the pages they become.
public struct LinkResolver: Sendable, Equatable {
    /// Content-relative path of every file → the id of the entity it declares.
    let entityByPath: [String: String]
    /// Id → site-relative URL.
    let urlByID: [String: String]

    public enum Outcome: Sendable, Equatable {
        /// Not ours to resolve (an external address, a bare `#anchor`, an empty link).
        case external
        case entity(id: String, fragment: String?)
        case broken(Problem)
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
            return .broken(.linkNotMarkdown(destination: destination))
        }
        guard let id = entityByPath[target] else {
            let wanted = (target as NSString).lastPathComponent
            let near = Suggestion.closest(to: wanted, in: entityByPath.keys.map { ($0 as NSString).lastPathComponent })
            let nearest = near.flatMap { name in
                entityByPath.keys.sorted().first { ($0 as NSString).lastPathComponent == name }
            }.map { SiteURL.relative($0, from: relativePath) }
            return .broken(.brokenLink(target: target, nearest: nearest))
        }
        return .entity(id: id, fragment: fragment)
    }
}
