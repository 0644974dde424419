import Foundation

/// The words of a PDF with where they stand, from `pdftotext -bbox` (poppler-utils): for tests
/// that ask where text lands on paper, such as a card's back behind its front.
struct PDFWords {
    struct Page {
        let width: Double
        let height: Double
        let words: [Word]
    }

    struct Word {
        let text: String
        let xMin: Double, yMin: Double, xMax: Double, yMax: Double
    }

    let pages: [Page]

    init(_ pdf: URL) throws {
        let xml = try PDFTools.run("pdftotext", ["-bbox", "-enc", "UTF-8", pdf.path, "-"])
        pages = xml.components(separatedBy: "<page ").dropFirst().map { chunk in
            let head = chunk.prefix { $0 != ">" }
            let words = chunk.components(separatedBy: "<word ").dropFirst().compactMap { part -> Word? in
                guard let close = part.range(of: ">"), let end = part.range(of: "</word>") else { return nil }
                let attributes = String(part[..<close.lowerBound])
                let text = String(part[close.upperBound..<end.lowerBound])
                guard let x0 = Self.number("xMin", in: attributes), let y0 = Self.number("yMin", in: attributes),
                      let x1 = Self.number("xMax", in: attributes), let y1 = Self.number("yMax", in: attributes) else { return nil }
                return Word(text: text, xMin: x0, yMin: y0, xMax: x1, yMax: y1)
            }
            return Page(width: Self.number("width", in: String(head)) ?? 0, height: Self.number("height", in: String(head)) ?? 0, words: words)
        }
    }

    /// Where each run of words equal to `phrase` stands on `page`, as the centre of their box.
    func centres(of phrase: String, on page: Int) -> [(x: Double, y: Double)] {
        let wanted = phrase.split(separator: " ").map(String.init)
        let words = pages[page].words
        guard words.count >= wanted.count else { return [] }
        return (0...(words.count - wanted.count)).compactMap { start -> (x: Double, y: Double)? in
            let run = words[start..<start + wanted.count]
            guard run.map(\.text) == wanted else { return nil }
            let x0 = run.map(\.xMin).min()!, x1 = run.map(\.xMax).max()!
            let y0 = run.map(\.yMin).min()!, y1 = run.map(\.yMax).max()!
            return ((x0 + x1) / 2, (y0 + y1) / 2)
        }
    }

    private static func number(_ name: String, in attributes: String) -> Double? {
        guard let start = attributes.range(of: name + "=\"") else { return nil }
        return Double(attributes[start.upperBound...].prefix { $0 != "\"" })
    }
}
