/// The texts of the models drawn on the pages (`Site/Diagrams`): their titles and the descriptions
/// a screen reader reads, and "you are here".
extension UIStrings {
    static let diagramsDutch: [String: String] = [
        "diagramPlateauTitle": "Het plateaumodel in beeld",
        "diagramPlateauDescription": "Vijf plateaus van organisatieontwikkeling als trap van micro naar macro, met daaronder de vijf organisatiegebieden waarop een organisatie beweegt. Elk onderdeel is een link naar zijn pagina.",
        "diagramMicro": "micro: de losse activiteit",
        "diagramMacro": "macro: de samenleving",
        "diagramAreasCaption": "Op elk plateau verandert een organisatie op vijf gebieden",
        "diagramPlateauNote": "Hoger is niet vanzelf beter: welk plateau past, hangt af van de opgave.",
        "diagramQuadrantTitle": "De samenwerkingskwadranten van Kenis in beeld",
        "diagramQuadrantDescription": "Een raster van twee bij twee: het type zorgvraag en de vraag of het zorgaanbod in de gemeente bestaat bepalen samen het kwadrant, en daarmee of gemeenten moeten samenwerken. Elk kwadrant is een link naar zijn pagina.",
        "diagramCooperate": "Gemeenten werken samen",
        "diagramNoCooperation": "Geen samenwerking tussen gemeenten nodig",
        "diagramFacilitate": "Samenwerking faciliteren",
        "diagramCooperateLegend": "Gestreepte rand: gemeenten werken samen.",
        "diagramPolesTitle": "De twee polen van dit spanningsveld",
        "diagramMapTitle": "Kaart van de kennisbank",
        "diagramMapDescription": "Alle pagina's van de kennisbank op een cirkel, gegroepeerd en gekleurd per soort; lijnen tonen welke pagina's naar elkaar verwijzen. Elke naam is een link.",
        "diagrams": "De modellen in beeld",
        "hereTitle": "U bent hier: {naam}",
        "hereDescription": "{model} op volgorde: {lijst}. Gemarkeerd is {naam}, het onderwerp van deze pagina.",
    ]
}
