import Testing
@testable import Content

/// How a relative `.md` link an editor writes becomes an entity, from the file it is written in.
@Suite struct LinkResolverTests {
    let resolver = LinkResolver(
        entityByPath: ["werkkaarten/tijdlijn.md": "tijdlijn", "index.md": "index", "bronnen/nji rapport.md": "nji"],
        urlByID: [:])

    @Test(arguments: [
        ("../werkkaarten/tijdlijn.md", "spanningsvelden/doorgaan.md", "tijdlijn", nil),
        ("./tijdlijn.md", "werkkaarten/geno.md", "tijdlijn", nil),
        ("tijdlijn.md#stap-2", "werkkaarten/geno.md", "tijdlijn", "stap-2"),
        ("tijdlijn.md?x=1#stap", "werkkaarten/geno.md", "tijdlijn", "stap"),
        ("..//werkkaarten/./tijdlijn.md", "paginas/over.md", "tijdlijn", nil),
        ("werkkaarten/../index.md", "index.md", "index", nil),
        ("../bronnen/nji%20rapport.md", "werkkaarten/geno.md", "nji", nil),
        ("werkkaarten/tijdlijn.md#", "index.md", "tijdlijn", ""),
    ] as [(String, String, String, String?)])
    func resolvesRelativeLinks(destination: String, from file: String, id: String, fragment: String?) {
        #expect(resolver.resolve(destination, fromFile: file) == .entity(id: id, fragment: fragment))
    }

    @Test(arguments: ["https://voorbeeld.nl/a.md", "mailto:a@b.nl", "#stap-1", ""])
    func leavesOtherAddressesAlone(destination: String) {
        #expect(resolver.resolve(destination, fromFile: "index.md") == .external)
    }

    @Test(arguments: [
        ("/etc/passwd.md", "begint bij de hoofdmap van de schijf"),
        ("../../index.md", "wijst naar een plek buiten de map content"),
        ("../werkkaarten/tijdlijn.html", "wijst naar een .html-bestand, en die soort neemt Spiegel niet op"),
        ("../werkkaarten/tijdlijn", "wijst niet naar een .md-bestand of een bijlage"),
        ("../werkkaarten/tijdlin.md", "er is geen bestand 'werkkaarten/tijdlin.md'"),
    ])
    func reportsBrokenLinks(destination: String, message: String) {
        guard case .broken(let problem) = resolver.resolve(destination, fromFile: "paginas/over.md") else {
            Issue.record("\(destination) was not reported as broken")
            return
        }
        #expect(problem.message.contains(message), "\(problem.message)")
    }
}
