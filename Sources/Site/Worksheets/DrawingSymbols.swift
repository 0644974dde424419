/// The drawings on the templates to draw on: the time axis and the symbols of a geno-sociogram.
extension SheetDiagrams {
    /// The symbols of a geno-sociogram, in the usual convention: squares for men and boys,
    /// circles for women and girls, children smaller; professionals as a triangle so they stand
    /// apart from the family; three kinds of line for how people relate.
    enum Symbol: String, CaseIterable, Sendable {
        case man, woman, boy, girl, professional, close, conflict, brokenOff

        /// The key of its meaning in the UI strings.
        var stringKey: String { "symbol" + rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
    }

    /// A small drawing of one symbol, 80 by 40, decorative: its meaning stands beside it.
    static func symbol(_ symbol: Symbol) -> String {
        let stroke = "stroke=\"#222\" stroke-width=\"3\" fill=\"none\""
        let shape: String
        switch symbol {
        case .man: shape = "<rect x=\"25\" y=\"5\" width=\"30\" height=\"30\" \(stroke)/>"
        case .woman: shape = "<circle cx=\"40\" cy=\"20\" r=\"15\" \(stroke)/>"
        case .boy: shape = "<rect x=\"31\" y=\"11\" width=\"18\" height=\"18\" \(stroke)/>"
        case .girl: shape = "<circle cx=\"40\" cy=\"20\" r=\"9\" \(stroke)/>"
        case .professional: shape = "<polygon points=\"40,4 57,35 23,35\" \(stroke)/>"
        case .close:
            shape = "<line x1=\"5\" y1=\"15\" x2=\"75\" y2=\"15\" \(stroke)/><line x1=\"5\" y1=\"25\" x2=\"75\" y2=\"25\" \(stroke)/>"
        case .conflict:
            shape = "<polyline points=\"5,20 13,10 21,30 29,10 37,30 45,10 53,30 61,10 69,30 75,20\" \(stroke)/>"
        case .brokenOff:
            shape = "<line x1=\"5\" y1=\"20\" x2=\"75\" y2=\"20\" \(stroke)/><line x1=\"34\" y1=\"32\" x2=\"40\" y2=\"8\" \(stroke)/><line x1=\"42\" y1=\"32\" x2=\"48\" y2=\"8\" \(stroke)/>"
        }
        return "<svg class=\"legend-symbol\" viewBox=\"0 0 80 40\" aria-hidden=\"true\">\(shape)</svg>"
    }

    /// The time axis across the sheet: an arrow with a tick every tenth, so a group can spread
    /// its moments evenly and write a date under each tick.
    static func timeAxis(label: String) -> String {
        let width = 1000, ticks = 10, start = 10, end = width - 30
        var svg = "<svg class=\"time-axis\" viewBox=\"0 0 \(width) 40\" role=\"img\" aria-label=\"\(Markup.escape(label))\">"
        svg += "<line x1=\"\(start)\" y1=\"20\" x2=\"\(end)\" y2=\"20\" stroke=\"#222\" stroke-width=\"4\"/>"
        svg += "<polygon points=\"\(end),8 \(width - 4),20 \(end),32\" fill=\"#222\"/>"
        for index in 0...ticks {
            let x = start + (end - start - 20) * index / ticks
            svg += "<line x1=\"\(x)\" y1=\"8\" x2=\"\(x)\" y2=\"32\" stroke=\"#222\" stroke-width=\"2\"/>"
        }
        return svg + "</svg>"
    }
}
