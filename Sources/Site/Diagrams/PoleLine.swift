import Content

/// A tension field's two poles as the ends of one line: no pole is the right one, the reader
/// looks for where they stand between them.
struct PoleLine {
    let strings: UIStrings

    func svg(for field: TensionField, id: String) -> String? {
        guard field.poles.count == 2 else { return nil }
        let width = 720, height = 110
        var out = SVG.open(id: "polen-\(id)", width: width, height: height,
                           title: strings["diagramPolesTitle"],
                           description: "\(field.poles[0].name) ↔ \(field.poles[1].name)")
        out += "<line class=\"pole-axis\" x1=\"40\" y1=\"40\" x2=\"\(width - 40)\" y2=\"40\"/>"
        for i in 0...10 {
            let x = 40 + Double(width - 80) * Double(i) / 10
            out += "<line class=\"tick\" x1=\"\(SVG.fmt(x))\" y1=\"34\" x2=\"\(SVG.fmt(x))\" y2=\"46\"/>"
        }
        out += "<circle class=\"pole-end\" cx=\"40\" cy=\"40\" r=\"9\"/><circle class=\"pole-end\" cx=\"\(width - 40)\" cy=\"40\" r=\"9\"/>"
        out += SVG.label(field.poles[0].name, x: 160, y: 80, maxLength: 28, className: "name")
        out += SVG.label(field.poles[1].name, x: Double(width) - 160, y: 80, maxLength: 28, className: "name")
        return out + "</svg>"
    }
}
