/// What Spiegel says about the files it reads and writes: a Markdown file it cannot read, the
/// pictures and attachments beside it, two files on one path of the site, and the PDFs.
extension Problem {
    var dutchAboutFiles: (message: String, hint: String?) {
        switch self {
        case .fileUnreadable:
            ("het bestand kan niet worden gelezen", "kijk of het bestaat en of je het mag lezen")
        case .fileNotUTF8:
            ("het bestand is niet opgeslagen als UTF-8",
             "sla het in je editor op als UTF-8 (nu is het misschien Latin-1 of Windows-1252)")
        case .fileTooLarge(let bytes, let limit):
            ("dit bestand is \(Self.megabytes(bytes)) groot; Spiegel leest Markdown-bestanden tot \(Self.megabytes(limit))",
             "verdeel de tekst over een paar pagina's die naar elkaar linken")
        case .frontMatterTooLarge(let bytes, let limit):
            ("de kop van dit bestand is \(bytes / 1024) kB groot; Spiegel leest koppen tot \(limit / 1024) kB",
             "zet lange teksten onder de kop, in de tekst van de pagina, of verdeel de vragen over meer pagina's")
        case .linkOutsideFolder(let folder, let target):
            ("deze snelkoppeling (symbolische link) wijst naar een bestand buiten de map \(folder) (\(target))",
             "kopieer het bestand naar de map \(folder) in plaats van ernaar te linken")
        case .contentFolderMissing:
            ("de map met de inhoud bestaat niet",
             "start Spiegel in de map van de kennisbank (waar de map content staat), of geef de map op met --content MAP")
        case .siteNotWritten(let path, let reason):
            ("'\(path)' kan niet worden geschreven: \(reason)", "kijk of de map bestaat en of je erin mag schrijven")
        case .outputNotOurs(let path, let marker):
            ("Spiegel vervangt '\(path)' niet: de map is niet leeg en niet door Spiegel gemaakt (er staat geen \(marker) in)",
             "kies een andere map met --output, of maak deze map zelf leeg")

        case .attachmentKindNotAllowed(let destination, let ext, let allowed):
            ("de link '\(destination)' wijst naar een .\(ext)-bestand, en die soort neemt Spiegel niet op in de site",
             "bewaar het bestand als een van deze soorten: \(allowed.joined(separator: ", "))")
        case .hiddenAttachment(let destination):
            ("de link '\(destination)' wijst naar een verborgen bestand of map (de naam begint met een punt), en dat publiceert Spiegel niet",
             "geef het bestand en zijn map een naam die niet met een punt begint")
        case .attachmentOnSiteFile(let path, let worksheet):
            ("dit bestand komt in de site op '\(path)', waar Spiegel zelf "
                + (worksheet.map { "de PDF van het werkblad '\($0)'" } ?? "een bestand uit de map templates") + " neerzet",
             "geef het bestand een andere naam of zet het in een andere map, en pas de link aan")
        case .imageWithoutAlt(let destination, let marker):
            ("de afbeelding '\(destination)' heeft geen beschrijving (alt-tekst)",
             "zet tussen de haken wat er te zien is, zoals ![Tijdlijn op een flip-over](\(destination)); "
                + "is de afbeelding alleen versiering, schrijf dan ![](\(destination) \"\(marker)\")")
        case .imageNotPicture(let destination, let kind, let pictures):
            ("'\(destination)' is een .\(kind)-bestand en geen afbeelding, dus het kan niet met ![…](…) in de tekst staan",
             "link ernaar als bijlage met [tekst](\(destination)) (zonder uitroepteken), of gebruik een afbeelding: "
                + pictures.joined(separator: ", "))
        case .svgWithScript(let element):
            ("dit SVG-bestand bevat \(element); Spiegel neemt geen SVG met script op, want een browser zou het kunnen uitvoeren",
             "haal het script en de on…-attributen (zoals onload) uit het bestand, of sla de tekening op als PNG")
        case .pageOnSiteFile(let id, let path, let what):
            ("de pagina van '\(id)' zou \(path) worden, maar daar zet Spiegel zelf '\(what)'",
             "geef dit bestand een andere naam of een eigen 'id:'")
        case .handbookFileOnSiteFile(let path, let other):
            ("dit bestand van de handleiding komt in de site op '\(path)', waar ook '\(other)' terechtkomt; het ene zou het andere vervangen",
             "geef een van de twee een andere naam of zet het in een andere map, en pas de link ernaar aan")
        case .twoFilesOnOnePath(let path, let other):
            ("dit bestand komt in de site op '\(path)', waar ook "
                + (other.map { "'\($0)'" } ?? "een bestand komt dat Spiegel zelf maakt of uit de templates kopieert")
                + " terechtkomt; het ene zou het andere vervangen",
             "geef een van de twee een andere naam, een eigen 'id:' of een andere map")
        case .largeAttachment(let bytes, let limit):
            ("dit bestand is \(Self.megabytes(bytes)) groot (meer dan \(Self.megabytes(limit))); lezers downloaden het op hun telefoon",
             "maak het kleiner: een foto met minder pixels (bijvoorbeeld 1600 breed) of een PDF opnieuw opgeslagen voor het scherm")
        case .notReadAsMarkdown(let name, let expected):
            ("'\(name)' lijkt een pagina, maar Spiegel leest het niet: alleen bestanden die op .md eindigen worden pagina's",
             "noem het bestand '\(expected)' als het een pagina moet worden")

        case .weasyPrintMissing:
            ("voor --pdf is WeasyPrint nodig, en dat is niet gevonden; de site en de HTML-werkbladen zijn zonder PDF's gebouwd",
             "installeer WeasyPrint met 'python3 -m pip install weasyprint pikepdf' (of 'apt-get install weasyprint', een oudere versie zonder invulvelden), of voer 'make pdf-deps' uit")
        case .pdfNotPrinted(let path, let reason):
            ("de PDF '\(path)' kon niet worden gedrukt: \(reason)", "kijk of het werkblad in de browser goed te zien is, en voer 'make pdf-deps' uit als WeasyPrint of pikepdf ontbreekt")
        case .weasyPrintTooOld(let version):
            ("\(version) maakt PDF's zonder invulvelden en zonder labels voor schermlezers",
             "installeer een nieuwere WeasyPrint met 'python3 -m pip install weasyprint'")
        default:
            preconditionFailure("Problem+Dutch.swift sends \(code) to dutchAboutFiles")
        }
    }
}
