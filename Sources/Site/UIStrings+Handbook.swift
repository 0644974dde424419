/// The handbook's texts (`handleiding/`): its title and the reference of types and their keys.
extension UIStrings {
    static let handbookDutch: [String: String] = [
        "handbook": "Handleiding voor redacteuren",
        "handbookTypes": "Typen",
        "handbookFolder": "Map",
        "handbookAnyFolder": "elke map onder <code>content/</code> (standaard de map zelf)",
        "handbookNew": "Nieuw bestand",
        "handbookQuestion": "Een vraag is geen bestand: je schrijft haar in de lijst vragen: van een spanningsveld, werkkaart of pagina, met deze sleutels.",
        "handbookKey": "Sleutel",
        "handbookRequired": "Verplicht",
        "handbookValue": "Waarde",
        "handbookMeaning": "Wat je invult",
        "kindText": "tekst",
        "kindNumber": "geheel getal",
        "kindYesNo": "ja of nee",
        "kindTexts": "lijst van teksten",
        "kindIDs": "lijst van ids van het type",
        "kindAnyIDs": "lijst van ids, van elk type",
        "kindRecords": "lijst van items, elk met de sleutels eronder",
        "kindValueChoice": "per dimensie-id een waarde-id",
        "kindID": "id: kleine letters, cijfers en losse streepjes",
        "kindType": "naam van een type",
        "kindAudience": "professional, bestuurder of iedereen",
        "kindOrigin": "eigen, of de id van een bron",
    ]
}
