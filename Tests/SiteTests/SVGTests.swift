import Testing
@testable import Site

struct SVGTests {
    /// Coordinates print with at most one decimal and no trailing zero, exactly as Swift prints
    /// the rounded Double: diagrams stay byte-identical whatever way the number is written.
    @Test func numbersPrintAsTheRoundedDoublePrints() {
        var value = -1500.0
        while value < 1500 {
            let rounded = (value * 10).rounded() / 10
            let expected = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
            #expect(SVG.fmt(value) == expected, "\(value)")
            value += 0.0371
        }
        #expect(SVG.fmt(-0.04) == "0")
        #expect(SVG.fmt(-0.06) == "-0.1")
        #expect(SVG.fmt(699.95) == "700")
    }
}
