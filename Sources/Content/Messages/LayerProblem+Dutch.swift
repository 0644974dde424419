extension LayerProblem {
    /// What the problem says to an editor or the site's maintainer, in Dutch.
    var dutch: (message: String, hint: String?) {
        switch self {
        case .folderMissing(let key, let folder):
            ("de map '\(folder)' onder '\(key):' bestaat niet",
             "kijk of de naam klopt en of de map er is (een git-submodule haal je op met 'git submodule update --init'); "
                + "een pad is relatief aan de map van spiegel.yml")
        case .notTextList(let key):
            ("'\(key):' moet een lijst van namen zijn", "schrijf bijvoorbeeld '\(key): " + (key == ContentLayers.Key.hidden ? "[bestuurders-organisatie-en-netwerk]'"
                : key == ContentLayers.Key.templates ? "[gedeeld/templates, templates]'" : "[gedeeld/content, content]'"))
        case .replacementChangesType(let id, let type, let originalType, let originalFile, let originalLine):
            ("deze \(type) vervangt '\(id)' uit een eerdere laag, maar dat is een \(originalType) (\(originalFile):\(originalLine))",
             "een vervanging houdt het type van het origineel: schrijf 'type: \(originalType)', of geef deze pagina een eigen 'id:' als ze iets nieuws is")
        case .hiddenStillNamed(let id, let hiddenAt):
            ("'\(id)' is verborgen (\(hiddenAt)), maar dit verwijst er nog naar",
             "haal de verwijzing weg of verwijs naar een andere pagina, of haal '\(id)' uit 'verbergen:'")
        case .hiddenUnknown(let id, let nearest):
            ("'verbergen:' noemt '\(id)', maar geen laag heeft een pagina met die id",
             nearest.map { "bedoel je '\($0)'?" } ?? "kijk of de id goed gespeld is; de id staat in 'id:' of is de bestandsnaam zonder .md")
        case .partialMissing(let template, let templateFile, let partial):
            ("het sjabloon '\(template)' (\(templateFile)) gebruikt het deelsjabloon '\(partial)', maar geen sjabloonmap heeft '\(partial).mustache'",
             "voeg '\(partial).mustache' toe aan je eigen sjabloonmap, of haal '{{> \(partial)}}' uit '\(template)'")
        }
    }
}
