import Testing
@testable import Site

/// What WeasyPrint can do is read from its version, with one start of Python: fillable fields
/// from 58, tags for screen readers from 63 (Debian's 57 has neither).
struct WeasyPrintVersionTests {
    @Test(arguments: [("WeasyPrint version 70.0\n", 70), ("WeasyPrint version 57.2", 57), ("WeasyPrint version 63", 63)])
    func readsTheMajorVersion(_ output: String, _ major: Int) {
        #expect(WeasyPrint.majorVersion(in: output) == major)
    }

    @Test func anUnreadableVersionIsNone() {
        #expect(WeasyPrint.majorVersion(in: "WeasyPrint") == nil)
        #expect(WeasyPrint.majorVersion(in: "WeasyPrint version x.1") == nil)
    }
}
