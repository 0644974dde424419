import Content
import Pipeline

/// What `spiegel --help` and each command's `--help` say, in Dutch: the one place for these texts.
/// ArgumentParser's own words (USAGE, OPTIONS, "Show help information") stay as it prints them.
/// Its "(default: …)" does not appear: options whose default would be printed are optional, and
/// their text names the default in Dutch.
public enum CommandHelp {
    public static let spiegel =
        "Maakt van een map met Markdown een Nederlandstalige kennisbank met verwijzingen en werkbladen."
    public static let previewProgram =
        "Het programma achter 'spiegel serve'; start het met 'spiegel serve'."

    public static let build = "Bouw de site uit de map met de inhoud."
    public static let output = "Waar de site komt (standaard: \(BuildOptions().outputDirectory)). De map wordt in zijn geheel vervangen, en alleen als het bouwen lukt."
    public static let verbose = "Laat de voortgang en de samenvatting ook zien als de uitvoer niet naar een terminal gaat."
    public static let search = "Maak een zoekindex met Pagefind, als dat geïnstalleerd is (standaard: aan; --no-search laat hem weg)."
    public static let noCache = "Druk elke PDF opnieuw in plaats van ongewijzigde uit .spiegel-cache/ te halen, en bewaar er geen."
    public static let noPrintServer = """
        Start geen drukserver: zonder deze optie blijft WeasyPrint na het eerste bouwen met --pdf 10 minuten klaarstaan \
        (in .spiegel-cache/), zodat een volgende build niet opnieuw op Python hoeft te wachten. SPIEGEL_PRINT_SERVER=0 \
        in de omgeving doet hetzelfde.
        """
    public static let pdf = "Maak van elk werkblad en van het werkboek (werkbladen/werkboek.pdf) ook een PDF, met WeasyPrint."

    public static let check = "Controleer de inhoud zoals het bouwen dat doet, zonder iets te schrijven."
    public static let checkDiscussion =
        "Eindigt met 0 als alles in orde is, met 1 bij fouten (met --strict ook bij waarschuwingen) en met 2 als het commando verkeerd gebruikt is."
    public static let format = "text (bestand:regel:kolom: fout: melding; de standaard) of json."
    public static let strict = "Tel waarschuwingen als fouten."

    public static let new = "Maak een bestand voor een nieuwe pagina, met alle verplichte sleutels en een toelichting bij elke sleutel."
    public static let newDiscussion = """
        Het bestand komt in de map van het type (werkkaarten/, bronnen/, …; een pagina in de map zelf) in content, of \
        in je eigen laag: de laatste onder 'inhoud:' in spiegel.yml. Het krijgt de id als naam, gemaakt van de titel; \
        een id die een laag al heeft (ook die van een concept of een verborgen id) krijgt een nummer erachter, en \
        'nummer:' telt door na het hoogste van dat type in alle lagen. Het komt meteen door 'spiegel check'. Een \
        bestaand bestand wordt nooit overschreven. Typen: \(EntityType.fileTypes.map(\.rawValue).joined(separator: ", ")).
        """
    public static let newType = "Het type: \(EntityType.fileTypes.map(\.rawValue).joined(separator: ", "))."
    public static let newTitle = "De titel, tussen aanhalingstekens."
    public static let newContent =
        "De map waarin het bestand komt, zonder lagen (standaard: de laatste laag onder 'inhoud:' in spiegel.yml, anders content)."
    public static let newDraft = "Schrijf het bestand als concept ('concept: ja'): de site laat het weg tot je die regel weghaalt, de voorvertoning toont het wel."

    public static let schema = "Schrijf een JSON Schema van de kop van elk type, voor editors die de kop controleren terwijl je typt."
    public static let schemaDiscussion = """
        Het schema (JSON Schema, draft 2020-12) komt uit dezelfde tabel met sleutels als de controle van Spiegel: welke \
        sleutels elk type kent, welke verplicht zijn, wat er mag staan, met een Nederlandse toelichting. Zonder --output \
        gaat het naar de standaarduitvoer. Hoe je het in VS Code of Front Matter CMS gebruikt, staat in de handleiding.
        """
    public static let schemaOutput = "Schrijf het schema naar dit bestand in plaats van naar de standaarduitvoer."

    public static let serve = "Bekijk de site in je browser; hij wordt opnieuw gebouwd en ververst terwijl je schrijft."
    public static let serveDiscussion = """
        Toont de site vanuit het geheugen (er wordt niets op schijf gezet) op http://127.0.0.1:POORT/. Elke wijziging \
        in de mappen met inhoud, sjablonen en handleiding en in de instellingen bouwt de pagina's opnieuw die erdoor \
        veranderen, en ververst de open pagina's. Zolang de inhoud fouten heeft, laat de browser ze zien, met bestand, \
        regel en tip, tot het bestand verbeterd is.
        """
    /// The defaults named here are `PreviewServer.Options`' own, which a test compares.
    public static let port = "De poort (standaard: 8080; 0: een willekeurige vrije poort)."
    public static let bind =
        "Het adres waarop de voorvertoning luistert (standaard: 127.0.0.1, alleen deze computer); met 0.0.0.0 is ze in het hele netwerk te zien."

    public static let content = "De map met de Markdown-bestanden (standaard: de lagen onder 'inhoud:' in spiegel.yml, anders content)."
    public static let templates = "De map met de Mustache-sjablonen en de CSS (standaard: de lagen onder 'sjablonen:' in spiegel.yml, anders templates)."
    public static let config =
        "Het bestand met de instellingen van de site: naam, organisatie, adres, logo, kleuren, lettertype (standaard: \(BuildOptions().configFile))."
    public static let handbook = """
        De hoofdstukken van de handleiding voor redacteuren, gepubliceerd onder handleiding/ (standaard: \
        \(BuildOptions().handbookDirectory ?? ""); weggelaten als de map ontbreekt).
        """
}
