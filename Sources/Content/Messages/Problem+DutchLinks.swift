/// What Spiegel says about links in the text, the items a link with "invoegen" shows, and links
/// to drafts.
extension Problem {
    var dutchAboutLinks: (message: String, hint: String?) {
        switch self {
        case .linkFromDiskRoot(let destination):
            ("de link '\(destination)' begint bij de hoofdmap van de schijf",
             "link vanaf dit bestand, bijvoorbeeld '../werkkaarten/tijdlijn.md'")
        case .linkLeavesContent(let destination):
            ("de link '\(destination)' wijst naar een plek buiten de map content", "link alleen naar .md-bestanden in de map content")
        case .linkNotMarkdown(let destination, let allowed):
            ("de link '\(destination)' wijst niet naar een .md-bestand of een bijlage",
             "link naar het .md-bestand van een pagina, naar een bijlage (\(allowed.joined(separator: ", "))), "
                + "of schrijf een volledig adres dat begint met https://")
        case .brokenLink(let target, let nearest):
            ("kapotte link: er is geen bestand '\(target)' in de map content", Self.didYouMean(nearest))
        case .reuseWithoutItem(let page, let items):
            ("deze link met \"invoegen\" zegt niet wat Spiegel van '\(page)' moet invoegen",
             items.isEmpty ? "'\(page)' heeft geen vragen, stappen, voorbereiding of polen om in te voegen; laat \"invoegen\" weg voor een gewone link"
                : "zet achter de bestandsnaam # en een van: \(items.joined(separator: ", "))")
        case .unknownReuseItem(let page, let item, let nearest, let items):
            ("'\(page)' heeft niets dat '#\(item)' heet om in te voegen",
             Self.didYouMean(nearest.map { "#" + $0 }) ?? (items.isEmpty
                ? "'\(page)' heeft geen vragen, stappen, voorbereiding of polen om in te voegen"
                : "kies een van: \(items.joined(separator: ", "))"))
        case .reuseOfItself(let page):
            ("een pagina kan niets van zichzelf invoegen: deze link wijst naar '\(page)' zelf",
             "laat \"invoegen\" weg, of link naar het kopje of de vraag met [tekst](#id)")
        case .reuseNotAlone(let destination):
            ("de link met \"invoegen\" naar '\(destination)' staat niet alleen in zijn alinea",
             "zet de link op een eigen regel, met een lege regel ervoor en erna")
        case .reuseNotAPage(let destination):
            ("\"invoegen\" werkt alleen met een link naar het .md-bestand van een pagina, niet met '\(destination)'",
             "link naar het .md-bestand met # en de id van de vraag, of #stappen, #voorbereiding of #polen")
        case .linkToDraft(let id, let file):
            ("dit verwijst naar '\(id)', en dat is nog een concept ('concept: ja' in \(file)): de site laat het weg, dus de verwijzing zou nergens heen gaan",
             "haal de verwijzing weg tot het concept af is, of zet 'concept: nee' in \(file) als het af is")
        default:
            preconditionFailure("Problem+Dutch.swift sends \(code) to dutchAboutLinks")
        }
    }
}
