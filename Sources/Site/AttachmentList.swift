import Content

/// The "Bijlagen" block of a page: each picture and file its body uses, with what a reader needs
/// before opening it (its kind and size).
extension PageContext {
    func attachments(of entity: Entity, from url: String) -> [[String: String]] {
        entity.attachments.map { attachment in
            ["name": attachment.name, "url": SiteURL.relative(attachment.path, from: url),
             "kind": strings.attachmentKind(attachment.kind), "size": strings.fileSize(attachment.size)]
        }
    }
}

extension UIStrings {
    /// "PDF", "afbeelding (SVG)".
    func attachmentKind(_ kind: AttachmentKind) -> String {
        let name = kind == .jpeg ? "JPG" : kind.rawValue.uppercased()
        return kind.isImage ? self["attachmentPicture"].replacingOccurrences(of: "{soort}", with: name) : name
    }

    /// "12 kB", "1,4 MB": rounded, with the decimal comma a Dutch reader expects.
    func fileSize(_ bytes: Int) -> String {
        if bytes < 1024 * 1024 { return "\(max(1, (bytes + 512) / 1024)) kB" }
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10),\(tenths % 10) MB"
    }
}
