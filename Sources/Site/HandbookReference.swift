import Content

/// The handbook's reference of types and keys, as HTML, from `EntitySchema`: whatever the decoder
/// accepts is listed here, because a test holds the schema to the decoder.
struct HandbookReference {
    let strings: UIStrings

    func html() -> String {
        var out = "<nav class=\"toc\" aria-label=\"\(strings["handbookTypes"])\"><ul>"
        for schema in EntitySchema.all { out += "<li><a href=\"#\(schema.type.rawValue)\">\(schema.type.rawValue)</a></li>" }
        out += "<li><a href=\"#vraag\">vraag</a></li></ul></nav>\n"
        for schema in EntitySchema.all {
            let type = schema.type
            out += "<h2 id=\"\(type.rawValue)\">\(type.rawValue)</h2>\n<p>\(Markup.escape(schema.explanation))</p>\n"
            let folder = type.section.isEmpty ? strings["handbookAnyFolder"] : "<code>content/\(type.section)/</code>"
            out += "<p>\(strings["handbookFolder"]): \(folder). \(strings["handbookNew"]): <code>spiegel new \(type.rawValue) \"…\"</code></p>\n"
            out += table(schema.allFields)
        }
        out += "<h2 id=\"vraag\">vraag</h2>\n<p>\(Markup.escape(strings["handbookQuestion"]))</p>\n"
        out += table(EntitySchema.question)
        return out
    }

    private func table(_ fields: [FieldSchema]) -> String {
        var out = "<table class=\"fields\"><thead><tr><th>\(strings["handbookKey"])</th><th>\(strings["handbookRequired"])</th>"
        out += "<th>\(strings["handbookValue"])</th><th>\(strings["handbookMeaning"])</th></tr></thead><tbody>\n"
        for field in fields { out += rows(field, parent: nil) }
        return out + "</tbody></table>\n"
    }

    private func rows(_ field: FieldSchema, parent: String?) -> String {
        let key = parent.map { "<code>\($0)</code> › <code>\(field.key)</code>" } ?? "<code>\(field.key)</code>"
        var out = "<tr><td>\(key)</td><td>\(field.required ? strings["yes"] : strings["no"])</td>"
        out += "<td>\(Markup.escape(kind(field.kind)))</td><td>\(Markup.escape(field.explanation))</td></tr>\n"
        for item in field.itemFields { out += rows(item, parent: field.key) }
        return out
    }

    private func kind(_ kind: FieldSchema.Kind) -> String {
        switch kind {
        case .text: strings["kindText"]
        case .number(let range?): strings["kindNumber"] + " (\(range.lowerBound)–\(range.upperBound))"
        case .number(nil): strings["kindNumber"]
        case .yesNo: strings["kindYesNo"]
        case .texts: strings["kindTexts"]
        case .ids(let type?): strings["kindIDs"] + " " + strings.singular(type).lowercased()
        case .ids(nil): strings["kindAnyIDs"]
        case .relation(let relation): self.kind(.ids(relation.target))
        case .records: strings["kindRecords"]
        case .valueChoice: strings["kindValueChoice"]
        case .id: strings["kindID"]
        case .typeName: strings["kindType"]
        case .overviewType: strings["kindType"]
        case .audience: strings["kindAudience"]
        case .origin: strings["kindOrigin"]
        }
    }
}
