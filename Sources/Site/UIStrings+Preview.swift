/// What only the preview (`spiegel serve`) shows: the banner on a draft, the error page and the
/// strip of errors and warnings on every page.
extension UIStrings {
    static let previewDutch: [String: String] = [
        "draftBanner": "Concept: deze pagina staat nog niet in de site. Alleen de voorvertoning laat haar zien, "
            + "tot 'concept: ja' uit het bestand is.",
        "previewErrorTitle": "De site kan nu niet worden gebouwd",
        "previewErrorIntro": "Spiegel vond fouten in de inhoud. Verbeter ze en sla het bestand op: deze pagina laadt dan vanzelf opnieuw en toont de site weer.",
        "previewErrorCount": "Aantal fouten",
        "previewHint": "Tip",
        "previewLine": "regel",
        "previewColumn": "kolom",
        "previewWarnings": "Daarnaast zijn er waarschuwingen: het commando spiegel check toont ze allemaal.",
        "previewBannerLabel": "Meldingen van de voorvertoning",
        "previewBannerErrors": "Fouten in de inhoud: {aantal}.",
        "previewBannerStale": "Je ziet de laatste versie die wel gebouwd kon worden; je wijzigingen verschijnen zodra de fouten verbeterd zijn.",
        "previewBannerSeeErrors": "Bekijk alle fouten",
        "previewBannerWarnings": "Waarschuwingen: {aantal}",
        "previewBannerMore": "en nog {aantal}; het commando spiegel check toont ze allemaal",
    ]
}
