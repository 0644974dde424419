/// Small helpers for writing SVG by hand: diagrams are generated at build time as inline SVG so
/// readers need no script to see them and printers get sharp lines.
enum SVG {
    /// Splits a label over at most two lines, at the space nearest the middle.
    static func lines(_ text: String, maxLength: Int) -> [String] {
        guard text.count > maxLength else { return [text] }
        let words = text.split(separator: " ").map(String.init)
        var best = (index: 1, balance: Int.max)
        for i in 1..<max(words.count, 2) where i < words.count {
            let first = words[..<i].joined(separator: " ").count
            let balance = abs(first - (text.count - first))
            if balance < best.balance { best = (i, balance) }
        }
        guard words.count > 1 else { return [text] }
        return [words[..<best.index].joined(separator: " "), words[best.index...].joined(separator: " ")]
    }

    /// A `<text>` element of one or two lines centred on (x, y).
    static func label(_ text: String, x: Double, y: Double, maxLength: Int, className: String) -> String {
        let parts = lines(text, maxLength: maxLength)
        let lineHeight = 15.0
        let top = y - lineHeight * Double(parts.count - 1) / 2
        let spans = parts.enumerated().map { i, part in
            "<tspan x=\"\(fmt(x))\" y=\"\(fmt(top + Double(i) * lineHeight))\">\(Markup.escape(part))</tspan>"
        }.joined()
        return "<text class=\"\(className)\" text-anchor=\"middle\" dominant-baseline=\"middle\">\(spans)</text>"
    }

    /// Numbers without trailing zeros, so output stays short and byte-identical across runs.
    /// Written from the whole number of tenths: `String(Double)` costs more than the rest of a
    /// large map, and prints these values the same way.
    static func fmt(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        if tenths % 10 == 0 { return String(tenths / 10) }
        let magnitude = tenths.magnitude
        return (tenths < 0 ? "-" : "") + String(magnitude / 10) + "." + String(magnitude % 10)
    }

    /// The opening tag with the accessible name and description every diagram carries.
    static func open(id: String, width: Int, height: Int, title: String, description: String) -> String {
        """
        <svg class="diagram-svg" viewBox="0 0 \(width) \(height)" aria-labelledby="\(id)-titel \(id)-uitleg" xmlns="http://www.w3.org/2000/svg">\
        <title id="\(id)-titel">\(Markup.escape(title))</title><desc id="\(id)-uitleg">\(Markup.escape(description))</desc>
        """
    }
}
