import Testing
@testable import Markdown

@Suite struct SlugTests {
    @Test func foldsAccentsAndSymbols() {
        #expect(Slug.make("Wij²") == "wij2")
        #expect(Slug.make("Leefwereld en systeemwereld") == "leefwereld-en-systeemwereld")
        #expect(Slug.make("  Één  café — NAO!") == "een-cafe-nao")
        #expect(Slug.make("../../etc/passwd") == "etc-passwd")
    }

    /// Plain ASCII takes a shorter path than text with accents; both must agree.
    @Test func asciiAndAccentedTextGiveTheSameKindOfSlug() {
        #expect(Slug.make("Fase 2: Samen_Leren (NU)") == "fase-2-samen-leren-nu")
        #expect(Slug.make("Fase 2: Samen_Léren (NU)") == "fase-2-samen-leren-nu")
        #expect(Slug.make("~!@#$%^&*") == "")
        #expect(Slug.make("Z9a0") == "z9a0")
    }

    @Test func validatesSafeIds() {
        #expect(Slug.isValid("doorgaan-en-vertragen"))
        #expect(Slug.isValid("kwadrant-4"))
        for bad in ["", "-a", "a-", "a--b", "A", "a_b", "../x", "a/b", "é", String(repeating: "a", count: 101)] {
            #expect(!Slug.isValid(bad), "\(bad) should be invalid")
        }
    }
}
