import Content

/// The diagrams of the worksheets, drawn as inline SVG so that they print sharp, need no
/// image files and come out the same in the browser and in the PDF.
enum SheetDiagrams {
    /// Positions on a pole line: an odd number, so there is a middle.
    static let polePositions = 11

    /// A line between two poles with a tick per position. The poles' names stand above it in
    /// HTML, where long names can wrap; the ticks line up with the columns of marks below it.
    static func poleLine(label: String) -> String {
        let step = 100, start = step / 2, end = start + step * (polePositions - 1)
        var svg = "<svg class=\"pole-line\" viewBox=\"0 0 \(step * polePositions) 40\" role=\"img\" aria-label=\"\(Markup.escape(label))\">"
        svg += "<line x1=\"\(start)\" y1=\"20\" x2=\"\(end)\" y2=\"20\" stroke=\"#222\" stroke-width=\"4\" stroke-linecap=\"round\"/>"
        for index in 0..<polePositions {
            let x = start + step * index
            let half = index == 0 || index == polePositions - 1 ? 16 : index == polePositions / 2 ? 12 : 8
            svg += "<line x1=\"\(x)\" y1=\"\(20 - half)\" x2=\"\(x)\" y2=\"\(20 + half)\" stroke=\"#222\" stroke-width=\"3\"/>"
        }
        return svg + "</svg>"
    }

    /// Kenis's two-by-two: the first dimension's values as columns, the second's as rows, and
    /// in each cell the numeral of the quadrant those two values make.
    static func quadrantGrid(label: String, columns: (title: String, values: [Dimension.Value]),
                             rows: (title: String, values: [Dimension.Value]),
                             numeral: (_ column: String, _ row: String) -> String?) -> String {
        let left = 290, top = 70, cellWidth = 230, cellHeight = 110
        let width = left + cellWidth * columns.values.count + 10
        let height = top + cellHeight * rows.values.count + 10
        var svg = "<svg class=\"quadrant-grid\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(Markup.escape(label))\" font-family=\"DejaVu Sans, Verdana, sans-serif\">"
        svg += text(columns.title, x: left + cellWidth * columns.values.count / 2, y: 22, size: 20, weight: "bold")
        for (index, value) in columns.values.enumerated() {
            svg += text(value.label, x: left + cellWidth * index + cellWidth / 2, y: top - 14, size: 19)
        }
        // The rows' title stands in the corner, level with the columns' values, read before the rows.
        svg += text(rows.title, x: (left - 10) / 2, y: top - 14, size: 18, weight: "bold")
        for (rowIndex, row) in rows.values.enumerated() {
            let y = top + cellHeight * rowIndex
            svg += text(row.label, x: (left - 10) / 2, y: y + cellHeight / 2 + 7, size: 19)
            for (columnIndex, column) in columns.values.enumerated() {
                let x = left + cellWidth * columnIndex
                svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cellWidth)\" height=\"\(cellHeight)\" fill=\"none\" stroke=\"#222\" stroke-width=\"2\"/>"
                if let numeral = numeral(column.id, row.id) {
                    svg += text(numeral, x: x + cellWidth / 2, y: y + cellHeight / 2 + 16, size: 44, weight: "bold")
                }
            }
        }
        return svg + "</svg>"
    }

    private static func text(_ content: String, x: Int, y: Int, size: Int, weight: String = "normal") -> String {
        "<text x=\"\(x)\" y=\"\(y)\" font-size=\"\(size)\" font-weight=\"\(weight)\" text-anchor=\"middle\" fill=\"#222\">\(Markup.escape(content))</text>"
    }
}
