import Testing
@testable import Content

/// Links between pages are relative, so the site also works opened straight from disk.
@Suite struct SiteURLTests {
    @Test(arguments: [
        ("werkkaarten/tijdlijn.html", "index.html", "werkkaarten/tijdlijn.html"),
        ("index.html", "werkkaarten/tijdlijn.html", "../index.html"),
        ("werkkaarten/kunst.html", "werkkaarten/tijdlijn.html", "kunst.html"),
        ("werkkaarten/kunst.html#stap", "werkkaarten/tijdlijn.html", "kunst.html#stap"),
        ("spanningsvelden/x.html#x-3", "werkkaarten/tijdlijn.html", "../spanningsvelden/x.html#x-3"),
        ("index.html#werkkaarten/", "werkkaarten/tijdlijn.html", "../index.html#werkkaarten/"),
        ("spanningsvelden/doorgaan.html", "werkkaarten/tijdlijn.html", "../spanningsvelden/doorgaan.html"),
        ("werk/een.html", "werkkaarten/tijdlijn.html", "../werk/een.html"),
        ("werkkaarten/a.html", "handleiding/deel/b.html", "../../werkkaarten/a.html"),
        ("handleiding/deel/c.html", "handleiding/deel/b.html", "c.html"),
        ("één/ü.html", "één/a.html", "ü.html"),
    ])
    func relativeURLs(target: String, from page: String, expected: String) {
        #expect(SiteURL.relative(target, from: page) == expected)
    }

    @Test func theRootFromAPage() {
        #expect(SiteURL.root(from: "index.html") == "")
        #expect(SiteURL.root(from: "werkkaarten/tijdlijn.html") == "../")
        #expect(SiteURL.root(from: "handleiding/deel/b.html") == "../../")
    }
}
