import Foundation
import Testing
@testable import Site

/// What WeasyPrint can do is read from its version, asked with one quick start of Python (without
/// importing it): fillable fields from 58, tags for screen readers from 63 (Debian's 57 has neither).
struct WeasyPrintVersionTests {
    @Test(arguments: [("70.0\n", 70), ("57.2", 57), ("WeasyPrint version 63", 63)])
    func readsTheMajorVersion(_ output: String, _ major: Int) {
        #expect(WeasyPrint.majorVersion(in: output) == major)
    }

    @Test func anUnreadableVersionIsNone() {
        #expect(WeasyPrint.majorVersion(in: "WeasyPrint") == nil)
        #expect(WeasyPrint.majorVersion(in: "WeasyPrint version x.1") == nil)
    }

    /// A `weasyprint` installed with pip names its Python on its first line; a shell wrapper (a
    /// pyenv shim) names none, and `python3` on the path is asked instead.
    @Test func thePythonOfTheWeasyPrintCommandIsItsFirstLine() throws {
        let folder = SiteFixture.scratch()
        let script = folder.appendingPathComponent("weasyprint"), shim = folder.appendingPathComponent("shim")
        try Data("#!/opt/venv/bin/python3\nimport sys\n".utf8).write(to: script)
        try Data("#!/usr/bin/env bash\nexec pyenv exec weasyprint \"$@\"\n".utf8).write(to: shim)
        #expect(WeasyPrint.interpreter(of: script.path) == "/opt/venv/bin/python3")
        #expect(WeasyPrint.interpreter(of: shim.path) == nil)
    }

    /// What a page loads, and so what its PDF's key covers: stylesheets, images and what CSS
    /// loads, but not pages it only links to.
    @Test func theKeyCoversWhatThePageLoadsNotWhatItLinksTo() {
        let html = """
            <link rel="stylesheet" href="../werkblad.css"><link rel="icon" href="../favicon.ico">
            <img src="beeld.png"><a href="../werkkaarten/tijdlijn.html">terug</a>
            <style>body { background: url('papier.svg'); }</style>
            """
        #expect(PrintInputs.references(in: html, isStylesheet: false) == ["../werkblad.css", "beeld.png", "papier.svg"])
        #expect(PrintInputs.references(in: "@import 'basis.css'; @font-face { src: url(letters/a.ttf) }", isStylesheet: true)
                    == ["letters/a.ttf", "basis.css"])
        #expect(PrintInputs.resolve("../werkblad.css", from: ["werkbladen"]) == "werkblad.css")
        #expect(PrintInputs.resolve("https://elders.nl/a.css", from: ["werkbladen"]) == nil)
        #expect(PrintInputs.resolve("../../buiten.css", from: ["werkbladen"]) == nil)
    }
}
