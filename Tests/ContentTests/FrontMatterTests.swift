import Testing
@testable import Content

/// Cutting a file into its front matter and its body.
@Suite struct FrontMatterTests {
    @Test func cutsAtTheClosingFence() throws {
        let front = try FrontMatter.split("---\ntype: pagina\ntitel: Één\n---\n# Kop\n\nTekst ü.\n").get()
        #expect(front.yaml == "type: pagina\ntitel: Één")
        #expect(front.body == "# Kop\n\nTekst ü.\n")
        #expect(front.yamlFirstLine == 2)
        #expect(front.bodyFirstLine == 5)
    }

    @Test func acceptsDotsAndTrailingBlanksOnTheFences() throws {
        let front = try FrontMatter.split("--- \t\ntitel: a\n... \nbody").get()
        #expect(front.yaml == "titel: a")
        #expect(front.body == "body")
        #expect(front.bodyFirstLine == 4)
    }

    @Test func anEmptyFrontMatterAndAnEmptyBody() throws {
        let front = try FrontMatter.split("---\n---").get()
        #expect(front.yaml == "")
        #expect(front.body == "")
        #expect(front.bodyFirstLine == 3)
    }

    @Test func aFenceMustStandAlone() {
        #expect(FrontMatter.split("----\ntitel: a\n---\n") == .failure(.missingOpening))
        #expect(FrontMatter.split("---\ntitel: a\n---x\n") == .failure(.unclosed))
        #expect(FrontMatter.split(" ---\ntitel: a\n---\n") == .failure(.missingOpening))
    }

    @Test func reportsWhatIsMissing() {
        #expect(FrontMatter.split("") == .failure(.missingOpening))
        #expect(FrontMatter.split("# Kop\n") == .failure(.missingOpening))
        #expect(FrontMatter.split("---") == .failure(.unclosed))
        #expect(FrontMatter.split("---\ntitel: a\n") == .failure(.unclosed))
    }
}

extension FrontMatter: Equatable {
    public static func == (a: FrontMatter, b: FrontMatter) -> Bool {
        a.yaml == b.yaml && a.body == b.body && a.yamlFirstLine == b.yamlFirstLine && a.bodyFirstLine == b.bodyFirstLine
    }
}
