import Testing
@testable import TemplateEngine

/// `TemplateFields` finds names by fingerprint first: names that share one (the same first eight
/// bytes and length) must still be told apart by their whole text.
struct TemplateFieldsTests {
    @Test func namesThatShareTheirFirstBytesAndLengthAreToldApart() {
        var fields = TemplateFields()
        fields["has_related"] = .flag(true)
        fields["has_relatee"] = .text("other")
        fields["backlinks"] = .number(1)
        fields["backlinkz"] = .number(2)
        #expect(fields["has_related"] == .flag(true))
        #expect(fields["has_relatee"] == .text("other"))
        #expect(fields["backlinks"] == .number(1))
        #expect(fields["backlinkz"] == .number(2))
        #expect(fields["has_relate"] == nil)
        #expect(fields["backlink"] == nil)
        #expect(fields.count == 4)
    }

    @Test func shortNamesDifferingOnlyInLengthAreToldApart() {
        // A seven-byte name and the same name with a zero byte added agree in their first bytes.
        var fields = TemplateFields()
        fields["a"] = .number(1)
        fields["a\0"] = .number(2)
        fields[""] = .number(3)
        #expect(fields["a"] == .number(1))
        #expect(fields["a\0"] == .number(2))
        #expect(fields[""] == .number(3))
    }

    @Test func settingANameAgainReplacesItAndNilRemovesIt() {
        var fields: TemplateFields = ["title": .text("A"), "url": .text("a.html")]
        fields["title"] = .text("B")
        #expect(fields["title"] == .text("B"))
        #expect(fields.names == ["title", "url"])
        fields["title"] = nil
        #expect(fields["title"] == nil)
        #expect(fields.names == ["url"])
    }

    @Test func equalityIgnoresTheOrderFieldsWereSetIn() {
        let a: TemplateFields = ["title": .text("A"), "url": .text("a.html")]
        let b: TemplateFields = ["url": .text("a.html"), "title": .text("A")]
        let c: TemplateFields = ["url": .text("a.html"), "title": .text("C")]
        #expect(a == b)
        #expect(a != c)
        #expect(a != ["title": .text("A")])
    }

    @Test func anIndexedObjectFindsEveryNameAndForgetsItsIndexWhenChanged() {
        var fields = TemplateFields()
        for i in 0..<200 { fields["tekst\(i)"] = .number(i) }
        fields["has_related"] = .flag(true)
        fields["has_relatee"] = .flag(false)
        var indexed = fields.indexed()
        for i in 0..<200 { #expect(indexed["tekst\(i)"] == .number(i)) }
        #expect(indexed["has_related"] == .flag(true))
        #expect(indexed["has_relatee"] == .flag(false))
        #expect(indexed["tekst200"] == nil)
        #expect(indexed == fields)
        indexed["tekst7"] = .text("zeven")
        indexed["nieuw"] = .flag(true)
        #expect(indexed["tekst7"] == .text("zeven"))
        #expect(indexed["nieuw"] == .flag(true))
        #expect(indexed["tekst8"] == .number(8))
    }

    /// A link shares its page's card and adds its URL: the card itself must never change.
    @Test func anExtendedObjectSeesItsBaseAndChangesOnlyItself() {
        let card: TemplateFields = ["title": .text("Tijdlijn"), "type": .text("werkkaart"), "has_title": .flag(true)]
        var link = TemplateFields(extending: card)
        link["url"] = .text("../werkkaarten/tijdlijn.html")
        link["title"] = .text("Een tijdlijn")
        #expect(link["type"] == .text("werkkaart"))
        #expect(link["title"] == .text("Een tijdlijn"))
        #expect(link["url"] == .text("../werkkaarten/tijdlijn.html"))
        #expect(link.names == ["type", "has_title", "url", "title"])
        #expect(link == ["title": .text("Een tijdlijn"), "type": .text("werkkaart"), "has_title": .flag(true),
                         "url": .text("../werkkaarten/tijdlijn.html")])
        link["type"] = nil
        #expect(link["type"] == nil)
        #expect(link["has_title"] == .flag(true))
        #expect(card["title"] == .text("Tijdlijn"))
        #expect(card["type"] == .text("werkkaart"))
        #expect(card.count == 3)
    }

    @Test func compiledTemplatesFindNamesThatShareAFingerprint() throws {
        var library = TemplateLibrary()
        library.register(try CompiledTemplate("{{has_relatee}}|{{#has_related}}yes{{/has_related}}|{{page.backlinkz}}"), named: "t")
        let context: TemplateValue = .object([
            "has_related": .flag(true), "has_relatee": .text("x"),
            "page": .object(["backlinks": .number(1), "backlinkz": .number(2)]),
        ])
        #expect(library.render(context, withTemplate: "t") == "x|yes|2")
    }
}
