import Content

/// A tension field's two poles as the ends of one line: no pole is the right one, the reader
/// looks for where they stand between them.
struct PoleLine {
    let strings: UIStrings

    /// The line 720 units wide, or for a phone (`narrow`) 340 units wide, its names over more lines.
    func svg(for field: TensionField, id: String, narrow: Bool = false) -> String? {
        guard field.poles.count == 2 else { return nil }
        // On a phone the names stand under the ends of the line, each in half the width.
        let width = narrow ? 340 : 720, height = narrow ? 115 : 110
        let end = narrow ? 80.0 : 40, label = narrow ? 80.0 : 160, maxLength = narrow ? 16 : 28
        let right = Double(width) - end
        var out = SVG.open(id: "polen-\(id)\(narrow ? "-smal" : "")", width: width, height: height,
                           title: strings["diagramPolesTitle"],
                           description: "\(field.poles[0].name) ↔ \(field.poles[1].name)")
        out += "<line class=\"pole-axis\" x1=\"\(SVG.fmt(end))\" y1=\"40\" x2=\"\(SVG.fmt(right))\" y2=\"40\"/>"
        for i in 0...10 where !narrow || i % 2 == 0 {
            let x = end + (right - end) * Double(i) / 10
            out += "<line class=\"tick\" x1=\"\(SVG.fmt(x))\" y1=\"34\" x2=\"\(SVG.fmt(x))\" y2=\"46\"/>"
        }
        out += "<circle class=\"pole-end\" cx=\"\(SVG.fmt(end))\" cy=\"40\" r=\"9\"/><circle class=\"pole-end\" cx=\"\(SVG.fmt(right))\" cy=\"40\" r=\"9\"/>"
        out += SVG.label(field.poles[0].name, x: label, y: 80, maxLength: maxLength, className: "name")
        out += SVG.label(field.poles[1].name, x: Double(width) - label, y: 80, maxLength: maxLength, className: "name")
        return out + "</svg>"
    }
}
