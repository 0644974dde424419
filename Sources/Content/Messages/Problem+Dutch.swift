import TemplateEngine

/// What each problem says to an editor, in Dutch: the words of the content (pagina, werkkaart,
/// sleutel, lijst, kop), not those of the code (entity, mapping, front matter).
extension Problem {
    public var message: String { dutch.message }
    public var hint: String? { dutch.hint }

    private var dutch: (message: String, hint: String?) {
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

        case .frontMatterMissing:
            ("het bestand heeft geen kop, dus Spiegel maakt er geen pagina van",
             "begin het bestand met een regel '---', dan 'type: …' en 'titel: …', en dan weer een regel '---'")
        case .frontMatterUnclosed:
            ("de kop van het bestand wordt niet afgesloten", "sluit de kop af met een regel '---'")
        case .frontMatterNotKeys:
            ("de kop moet bestaan uit regels 'sleutel: waarde'",
             "schrijf bijvoorbeeld 'type: werkkaart' en 'titel: Een tijdlijn maken'")
        case .yaml(let cause, let subject):
            Self.dutch(cause, in: subject)
        case .duplicateKey(let keys, let subject):
            ("\(subject.dutch) noemt de sleutel \(Self.list(keys)) twee keer", "houd er één over")

        case .itemIndentedIntoText(let key, let previousLine, let indent, let expected, let text):
            ("deze regel begint met '- ' maar springt \(Self.spaces(indent)) in, verder dan het item op regel \(previousLine): "
                + "hij hoort nu bij de tekst van dat item in '\(key)'",
             (expected == 0 ? "is het een nieuw item, zet het streepje dan vooraan op de regel: "
                : "is het een nieuw item, laat de regel dan \(Self.spaces(expected)) inspringen: ")
                + "'\(String(repeating: " ", count: expected))\(text)'")
        case .dashInText(let key, let line):
            ("deze regel begint met '- ' maar springt verder in dan '\(key):' op regel \(line), en hoort daardoor bij de tekst van '\(key)'",
             "wil je een lijst, zet dan niets achter '\(key):' en elk item op een eigen regel die begint met '- '; "
                + "hoort het streepje bij de tekst, zet de hele tekst dan tussen aanhalingstekens")
        case .keyInsideText(let key, let owner, let indent, let expected):
            ("'\(key):' springt \(Self.spaces(indent)) in en staat daardoor in de tekst van '\(owner)', niet als eigen sleutel",
             "is '\(key)' een eigen sleutel, " + (expected == 0
                ? "zet '\(key):' dan vooraan op de regel, zonder spaties ervoor"
                : "laat de regel dan \(Self.spaces(expected)) inspringen"))
        case .quoteNotClosedOnLine(let quote, let endLine):
            ("deze tekst begint met \(quote) maar de regel eindigt er niet mee: de tekst loopt door tot regel \(endLine)",
             "sluit de tekst op dezelfde regel af met \(quote), of laat het eerste \(quote) weg")

        case .textCutByHash(let key, let kept, let text, let lead):
            ("voor YAML begint bij ' #' een opmerking, dus de rest van de regel valt weg: \(key.map { "'\($0)'" } ?? "dit item") is nu '\(kept)'",
             "zet de tekst tussen aanhalingstekens: '\(lead)\(key.map { $0 + ": " } ?? "")\(text.yamlQuoted)'")
        case .unknownType(let name, let nearest, let known):
            ("onbekend type '\(name)'", Self.didYouMean(nearest) ?? Self.oneOf(known))
        case .questionAsType:
            ("een vraag is geen bestand op zich", "zet vragen in de lijst 'vragen:' van een spanningsveld, werkkaart of pagina")
        case .invalidID(let id, let example, let fileNameFallback):
            ("'\(id)' kan geen id zijn",
             "een id bestaat uit kleine letters, cijfers en losse '-', bijvoorbeeld '\(example)'"
                + (fileNameFallback ? "; zonder 'id:' geldt de bestandsnaam" : ""))
        case .missingKey(let key, let subject):
            ("de sleutel '\(key)' ontbreekt in \(Self.this(subject))", "voeg een regel '\(key): …' toe")
        case .notText(let key, let found):
            ("'\(key)' moet een tekst zijn, niet \(found.dutch)", nil)
        case .emptyText(let key):
            ("'\(key)' is leeg", "schrijf de tekst achter '\(key): '")
        case .notWholeNumber(let key, let found):
            ("'\(key)' moet een heel getal zijn, niet \(found.dutch)", "schrijf bijvoorbeeld '\(key): 3'")
        case .outOfRange(let key, let range, let found):
            ("'\(key)' moet tussen \(range.lowerBound) en \(range.upperBound) liggen, niet \(found)", nil)
        case .notYesNo(let key, let found):
            ("'\(key)' moet ja of nee zijn, niet \(found.dutch)", "schrijf '\(key): ja' of '\(key): nee'")
        case .unknownAudience(let name, let nearest, let known):
            ("onbekende doelgroep '\(name)'", Self.didYouMean(nearest) ?? Self.oneOf(known))
        case .notList(let key, let found):
            ("'\(key)' moet een lijst zijn, niet \(found.dutch)", "zet elk item op een eigen regel die begint met '- '")
        case .listItemNotText(let key, let found):
            ("elk item van '\(key)' moet een tekst zijn, niet \(found.dutch)", nil)
        case .notRecordList(let key, let subject, let found):
            ("'\(key)' moet een lijst zijn met per item een \(subject), niet \(found.dutch)",
             "begin elk item met '- ' en zet de sleutels ervan eronder, even ver ingesprongen")
        case .recordNotKeys(let key, let subject):
            ("elk item van '\(key)' moet een \(subject) zijn met eigen sleutels",
             "schrijf '- id: …' en zet de andere sleutels eronder, even ver ingesprongen als 'id'")
        case .notPairs(let key, let found):
            ("'\(key)' moet bestaan uit regels 'naam: waarde', niet \(found.dutch)", nil)
        case .pairNotText(let key):
            ("elke regel onder '\(key)' moet 'naam: waarde' zijn", nil)
        case .unknownKey(let name, let subject, let nearest, let known):
            ("onbekende sleutel '\(name)' in \(Self.this(subject))",
             Self.didYouMean(nearest) ?? "sleutels die een \(subject) kent: \(known.joined(separator: ", "))")

        case .questionWithoutOrigin(let question):
            ("vraag '\(question)' heeft geen 'herkomst'", Self.originHint)
        case .originNeitherOwnNorSource(let value):
            ("'\(value)' is niet 'eigen' en ook niet de id van een bron",
             "schrijf 'herkomst: eigen' of 'herkomst: <id van de bron>'; zet de pagina of het hoofdstuk in 'plaats:'")
        case .placeOnOwnQuestion:
            ("'plaats' hoort bij een vraag uit een bron, niet bij een eigen vraag",
             "haal 'plaats' weg, of noem de bron bij 'herkomst'")
        case .questionWithoutAudience:
            ("deze vraag heeft geen 'doelgroep'",
             "voeg 'doelgroep: professional', 'bestuurder' of 'iedereen' toe, dan staat de vraag ook in de overzichten per doelgroep")

        case .exampleWithoutOrigin(let heading, let index):
            ("voorbeeld \(heading.map { "'\($0)'" } ?? "\(index)") heeft geen 'herkomst'",
             "schrijf 'herkomst: eigen' voor een voorbeeld dat voor deze site bedacht is, of 'herkomst: <id van de bron>' (en 'plaats: …') voor een voorbeeld uit een bron")
        case .placeOnOwnExample:
            ("'plaats' hoort bij een voorbeeld uit een bron, niet bij een eigen voorbeeld",
             "haal 'plaats' weg, of noem de bron bij 'herkomst'")
        case .exampleHeadingNotFound(let heading, let nearest, let headings):
            ("'kop' noemt '\(heading)', maar de tekst heeft geen tussenkop met die woorden",
             Self.didYouMean(nearest) ?? (headings.isEmpty
                ? "de tekst heeft geen tussenkoppen: laat 'kop' weg als de hele pagina het voorbeeld is"
                : "tussenkoppen in de tekst: \(headings.prefix(8).joined(separator: "; "))"))
        case .exampleHeadingWithoutOrigin(let heading):
            ("de tussenkop '\(heading)' leidt een voorbeeld of casus in, maar 'voorbeelden:' zegt niet waar het vandaan komt",
             "zet in de kop 'voorbeelden:' met '- kop: \(heading)' en 'herkomst: eigen' of 'herkomst: <id van de bron>'")

        case .unknownOverview(let name, let nearest, let known):
            ("'overzicht' noemt '\(name)', maar daarvan bestaat geen overzicht", Self.didYouMean(nearest) ?? Self.oneOf(known))
        case .worksheetWithoutBlocks:
            ("een werkblad heeft minstens één blok nodig", "zet onder 'blokken:' bijvoorbeeld '- vragen: [doorgaan-en-vertragen-1]'")
        case .blockWithSeveralContents(let keys, let found):
            ("een blok heeft één van \(Self.list(keys)); dit blok heeft \(Self.list(found, and: true))",
             "begin voor elk ervan een nieuw blok ('- …')")
        case .emptyBlock(let keys):
            ("dit blok zet niets op het werkblad",
             "geef het een van \(Self.list(keys)), of 'schrijfruimte: 6' voor een vak om in te schrijven")
        case .writingSpaceMisplaced:
            ("'schrijfruimte' hoort bij 'vragen' of 'tekst', of staat in een blok apart",
             "zet 'schrijfruimte: …' in een nieuw blok onder dit blok")
        case .blockNamesSeveralIDs(let key, let count):
            ("'\(key)' noemt één id, maar hier staan er \(count)", "maak een blok per id")
        case .notClockTime(let text):
            ("'\(text)' is geen tijd", "schrijf de begintijd als uu:mm, bijvoorbeeld \"13:30\" (met aanhalingstekens)")
        case .meetingMinutesDoNotAddUp(let parts, let duration):
            ("de onderdelen duren samen \(parts) minuten, de bijeenkomst \(duration): \(abs(parts - duration)) minuten \(parts > duration ? "te veel" : "over")",
             parts > duration ? "maak onderdelen korter, of zet 'duur: \(parts)'" : "geef een onderdeel meer minuten, voeg er een toe (een pauze, een afsluiting), of zet 'duur: \(parts)'")
        case .unknownLead(let name, let nearest, let known):
            ("onbekende leiding '\(name)'", Self.didYouMean(nearest) ?? Self.oneOf(known))
        case .meetingPartWithSeveralSources(let keys, let found):
            ("een onderdeel noemt één van \(Self.list(keys)); dit onderdeel noemt \(Self.list(found, and: true))",
             "maak voor elk ervan een eigen onderdeel ('- …')")
        case .meetingPartWithoutSource(let keys):
            ("dit onderdeel zegt niet wat er gebeurt",
             "noem \(Self.list(keys)) op id, of geef het een eigen 'titel:' (en 'tekst:'), zoals een opening of pauze")
        case .questionNotOfPart(let question, let part, let parent):
            ("de vraag '\(question)' hoort niet bij '\(part)'" + (parent.map { " maar bij '\($0)'" } ?? ""),
             "noem hier alleen vragen van '\(part)', of maak een onderdeel met '\(parent ?? "de pagina van die vraag")'")
        case .poleCount(let found):
            ("een spanningsveld heeft precies twee polen, hier \(found == 1 ? "staat er 1" : "staan er \(found)")",
             "zet twee items onder 'polen:', elk met 'naam:' en 'uitleg:'")
        case .handbookChapterNotPage(let type):
            ("een hoofdstuk van de handleiding moet een pagina zijn, geen \(type)", "schrijf 'type: pagina'")

        case .duplicateID(let id, let otherFile, let otherLine, let isPart):
            ("de id '\(id)' komt twee keer voor: \(otherFile):\(otherLine) heeft hem ook",
             "elke id mag maar één keer voorkomen op de hele site; "
                + (isPart ? "geef dit onderdeel een andere id" : "geef een van beide een andere 'id:'"))
        case .overviewTwice(let type, let otherFile):
            ("twee pagina's zijn de inleiding van het overzicht '\(type)': deze en \(otherFile)",
             "laat 'overzicht: \(type)' op één van beide staan")
        case .idOfGeneratedWorksheet(let id, let owner):
            ("de id '\(id)' is van het werkblad dat Spiegel maakt voor \(owner.map { "'\($0)'" } ?? "deze pagina")",
             "geef dit bestand een andere naam of 'id:'")
        case .reservedWorksheetName(let id):
            ("een werkblad kan niet '\(id)' heten: werkbladen/\(id).html is \(id == "index" ? "het overzicht van de werkbladen" : "het werkboek")",
             "geef dit bestand een andere naam of 'id:'")
        case .unknownReference(let key, let id, let nearest, let isOrigin):
            ("'\(key)' noemt '\(id)', maar niets in de kennisbank heeft die id",
             Self.didYouMean(nearest) ?? (isOrigin ? Self.originHint : nil))
        case .wrongReferenceType(let key, let id, let type, let allowed, let nearest, let isOrigin):
            ("'\(id)' is een \(type), maar onder '\(key)' horen alleen ids van een \(allowed.joined(separator: " of "))",
             isOrigin ? Self.didYouMean(nearest) ?? Self.originHint : "zet de id bij de sleutel voor een \(type), of onder 'verwant'")
        case .missingAnchor(let anchor, let page, let nearest, let anchors):
            ("op '\(page)' staat geen kopje of vraag '#\(anchor)'",
             Self.didYouMean(nearest)
                ?? (anchors.isEmpty ? "die pagina heeft geen kopjes" : "wel op die pagina: \(anchors.sorted().prefix(8).joined(separator: ", "))"))
        case .unknownDimensionValue(let dimension, let value, let nearest, let values):
            ("dimensie '\(dimension)' heeft geen waarde '\(value)'",
             Self.didYouMean(nearest) ?? "de waarden zijn: \(values.joined(separator: ", "))")
        case .quadrantMissesDimension(let quadrant, let dimension):
            ("kwadrant '\(quadrant)' noemt geen waarde voor dimensie '\(dimension)'", "voeg '\(dimension): …' toe onder 'waarden:'")
        case .blockNamesNoID(let key):
            ("'\(key)' noemt geen id", "schrijf de ids als lijst, bijvoorbeeld '\(key): [id-1, id-2]'")
        case .blockUnknownID(let key, let id, let wanted, let nearest):
            ("'\(key)' noemt '\(id)', maar er is geen \(wanted) met die id", Self.didYouMean(nearest))
        case .blockWrongType(let key, let id, let type, let wanted, let nearest):
            ("'\(id)' is een \(type), maar onder '\(key)' hoort de id van een \(wanted)", Self.didYouMean(nearest))
        case .noQuestionsForSheet(let id):
            ("'\(id)' heeft geen vragen om op het werkblad te zetten", nil)
        case .cardWithoutSteps(let id):
            ("werkkaart '\(id)' heeft geen 'stappen'", nil)
        case .cardWithoutPreparation(let id):
            ("werkkaart '\(id)' heeft geen 'voorbereiding'", nil)

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

        case .sourceNotCited(let id):
            ("bron '\(id)' wordt nergens genoemd", "noem hem met 'bronnen: [\(id)]' waar hij gebruikt wordt, of haal hem weg")
        case .orphanPage(let id):
            ("geen enkele pagina linkt naar '\(id)'", "link ernaar vanaf een verwante pagina, of noem het onder 'verwant'")
        case .longParagraph(let characters):
            ("een alinea is \(characters) tekens lang", "splits hem: wie op een telefoon leest, raakt in lange alinea's de draad kwijt")

        case .templatesFolderMissing:
            ("de map met sjablonen bestaat niet",
             "start Spiegel in de map van de kennisbank (waar de map templates staat), of geef de map op met --templates MAP")
        case .templateNotUTF8:
            ("het sjabloon is niet opgeslagen als UTF-8", "sla het in je editor op als UTF-8")
        case .template(let kind):
            Self.dutch(kind)
        case .templateMissing(let name):
            ("het sjabloon '\(name)' ontbreekt", "kopieer het uit de map templates van Spiegel zelf")
        case .configurationNotUTF8:
            ("de instellingen zijn niet opgeslagen als UTF-8", "sla het bestand in je editor op als UTF-8")
        case .configurationNotKeys:
            ("de instellingen moeten regels 'sleutel: waarde' zijn", "schrijf bijvoorbeeld 'naam: Leren over vastgelopen hulp'")
        case .settingNotText:
            ("elke instelling moet 'sleutel: tekst' zijn", nil)
        case .unknownSetting(let name, let nearest, let known):
            ("onbekende instelling '\(name)'",
             "bekende instellingen: \(known.joined(separator: ", "))" + (Self.didYouMean(nearest).map { "; " + $0 } ?? ""))
        case .colourReadAsComment(let key):
            ("'\(key)' heeft geen waarde: zonder aanhalingstekens leest YAML alles vanaf # als commentaar",
             "zet de kleur tussen aanhalingstekens, bijvoorbeeld \(key): \"#1f5f8b\"")
        case .colourNotHex(let key, let text):
            ("'\(text)' is geen kleur voor '\(key)'",
             "schrijf de kleur als # met zes hexadecimale cijfers, tussen aanhalingstekens, bijvoorbeeld \(key): \"#1f5f8b\"")
        case .lowContrast(let key, let colour, let background, let surface, let dark, let isText, let ratio, let minimum, let suggestion):
            ((isText ? "tekst in '\(key)' (\(colour)) is slecht te lezen op " : "de focusrand en lijnen in '\(key)' (\(colour)) vallen weg tegen ")
                + "\(Self.dutch(surface)) (\(background), \(dark ? "donkere" : "lichte") modus): "
                + "contrast \(Self.ratio(ratio)):1, minimaal \(Self.ratio(minimum)):1",
             "kies een \(dark ? "lichtere" : "donkerdere") kleur"
                + (suggestion.map { ", bijvoorbeeld \"\($0)\" (dezelfde tint, net genoeg contrast)" } ?? "")
                + (dark ? "; zonder '\(key)' maakt Spiegel zelf een kleur voor de donkere modus" : ""))
        case .logoMissing(let path):
            ("het logo '\(path)' bestaat niet",
             "geef het pad vanaf de map waar spiegel.yml staat, bijvoorbeeld 'logo: huisstijl/logo.svg'")
        case .logoNotPicture(let path, let allowed):
            ("het logo '\(path)' is geen afbeelding die een browser toont", "gebruik een bestand van de soort \(allowed.joined(separator: ", "))")
        case .fontNotFamilyList(let text):
            ("'\(text)' is geen lijst van lettertypen",
             "noem lettertypen gescheiden door komma's, met een algemene familie als laatste, bijvoorbeeld lettertype: \"Source Sans 3, Arial, sans-serif\"")

        case .layer(let problem):
            problem.dutch

        case .weasyPrintMissing:
            ("voor --pdf is WeasyPrint nodig, en dat is niet gevonden; de site en de HTML-werkbladen zijn zonder PDF's gebouwd",
             "installeer WeasyPrint met 'python3 -m pip install weasyprint pikepdf' (of 'apt-get install weasyprint', een oudere versie zonder invulvelden), of voer 'make pdf-deps' uit")
        case .pdfNotPrinted(let path, let reason):
            ("de PDF '\(path)' kon niet worden gedrukt: \(reason)", "kijk of het werkblad in de browser goed te zien is, en voer 'make pdf-deps' uit als WeasyPrint of pikepdf ontbreekt")
        case .weasyPrintTooOld(let version):
            ("\(version) maakt PDF's zonder invulvelden en zonder labels voor schermlezers",
             "installeer een nieuwere WeasyPrint met 'python3 -m pip install weasyprint'")
        }
    }

    /// Where on the site a colour stands.
    private static func dutch(_ surface: LookSurface) -> String {
        switch surface {
        case .page: "de achtergrond van de pagina's"
        case .card: "de kop, de kaarten en de kaders"
        case .highlight: "gemarkeerde vragen, labels en citaten"
        case .sheet: "het werkblad"
        case .sheetBar: "de balk boven een werkblad op het scherm"
        }
    }

    /// A contrast ratio as the Dutch write it, cut (not rounded) to one decimal: 4,47 reads
    /// "4,4", never a "4,5" that still fails.
    private static func ratio(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded(.down))
        return "\(tenths / 10),\(tenths % 10)"
    }

    /// A template the engine cannot read.
    private static func dutch(_ kind: TemplateError.Kind) -> (String, String?) {
        switch kind {
        case .closesUnopened(let name):
            ("{{/\(name)}} sluit een sectie die nergens geopend is", "haal het weg, of open de sectie ervoor met {{#\(name)}}")
        case .closesOther(let name, let open, let line, let column):
            ("{{/\(name)}} sluit '\(open)', die op regel \(line), kolom \(column) geopend is", "sluit eerst '\(open)' met {{/\(open)}}")
        case .sectionNeverClosed(let name):
            ("de sectie '\(name)' wordt nergens gesloten", "zet bij elke {{#sectie}} een {{/sectie}}")
        case .tagNeverClosed(let end):
            ("deze tag wordt niet gesloten: er staat geen '\(end)' achter", "sluit de tag af met \(end)")
        case .tagWithoutName:
            ("deze tag heeft geen naam", nil)
        case .nameWithSpaces(let content):
            ("'\(content)' is geen naam: een naam heeft geen spaties", nil)
        case .notPartialName(let content):
            ("'\(content)' is geen naam van een deelsjabloon", nil)
        case .badDelimiters(let content):
            ("'\(content)' stelt geen twee scheidingstekens in", "schrijf de twee scheidingstekens met een spatie ertussen, zoals {{=<% %>=}}")
        case .dynamicPartial:
            ("wisselende deelsjablonen ({{>*naam}}) kan Spiegel niet lezen", nil)
        case .inheritance:
            ("sjablonen die van elkaar erven ({{<ouder}}, {{$blok}}) kan Spiegel niet lezen", "gebruik deelsjablonen ({{> naam}})")
        case .pragma:
            ("pragma's ({{%...}}) kan Spiegel niet lezen", nil)
        case .transform(let content):
            ("bewerkingen zoals '\(content)' kan Spiegel niet lezen", nil)
        }
    }

    private static let originHint =
        "schrijf 'herkomst: eigen' voor een vraag die voor deze site geschreven is, of 'herkomst: <id van de bron>' voor een vraag uit een bron"

    static func didYouMean(_ nearest: String?) -> String? {
        nearest.map { "bedoel je '\($0)'?" }
    }

    /// "deze werkkaart", "dit blok": Dutch says `dit` before a neuter noun.
    static func this(_ noun: String) -> String {
        (neuterNouns.contains(noun) ? "dit " : "deze ") + noun
    }

    private static let neuterNouns: Set<String> = [
        "bestand", "blok", "onderdeel", "plateau", "organisatiegebied", "kwadrant", "spanningsveld", "werkblad",
    ]

    /// "5,3 MB", as a Dutch reader writes it.
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10),\(tenths % 10) MB"
    }

    static func oneOf(_ known: [String]) -> String {
        "kies een van: \(known.joined(separator: ", "))"
    }

    static func spaces(_ count: Int) -> String {
        count == 1 ? "1 spatie" : "\(count) spaties"
    }

    /// 'a', 'b' of 'c' (or: en 'c').
    static func list(_ words: [String], and: Bool = false) -> String {
        let quoted = words.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + (and ? " en " : " of ") + quoted.last!
    }
}

extension YAMLShape {
    var dutch: String {
        switch self {
        case .text(let text): "'\(text.prefix(40))'"
        case .list: "een lijst"
        case .keys: "een groep sleutels"
        case .alias: "een verwijzing (YAML-alias)"
        }
    }
}

extension YAMLSubject {
    var dutch: String {
        switch self {
        case .frontMatter: "de kop van het bestand"
        case .configuration: "spiegel.yml"
        }
    }
}
