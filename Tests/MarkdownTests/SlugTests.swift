import Testing
@testable import Markdown

@Suite struct SlugTests {
    @Test func foldsAccentsAndSymbols() {
        #expect(Slug.make("Wij²") == "wij2")
        #expect(Slug.make("Leefwereld en systeemwereld") == "leefwereld-en-systeemwereld")
        #expect(Slug.make("  Één  café — NAO!") == "een-cafe-nao")
        #expect(Slug.make("../../etc/passwd") == "etc-passwd")
    }

    @Test func validatesSafeIds() {
        #expect(Slug.isValid("doorgaan-en-vertragen"))
        #expect(Slug.isValid("kwadrant-4"))
        for bad in ["", "-a", "a-", "a--b", "A", "a_b", "../x", "a/b", "é", String(repeating: "a", count: 101)] {
            #expect(!Slug.isValid(bad), "\(bad) should be invalid")
        }
    }
}
