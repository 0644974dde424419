/// What an editor may write in the front matter of each type: every key, whether it is required,
/// what kind of value it takes and, in Dutch, what it is for. `spiegel new` writes new files from
/// it and the editors' handbook prints it, so neither can drift from the decoder; a test decodes
/// a file written from the schema and compares the keys the decoder asks for with these.
public struct EntitySchema: Sendable {
    public let type: EntityType
    /// One Dutch sentence: what an entity of this type is.
    public let explanation: String
    /// The keys of this type, after the keys every type has (`common`).
    public let fields: [FieldSchema]

    /// Every key of the type, common keys first, in the order a new file lists them.
    public var allFields: [FieldSchema] { Self.common + fields + (Self.questionParents.contains(type) ? [Self.questions] : []) }

    /// Keys every file has, whatever its type.
    public static let common: [FieldSchema] = [
        FieldSchema("type", .typeName, required: true, "Wat voor pagina dit is: een van de typen in deze handleiding."),
        FieldSchema("id", .id, "Vaste naam van de pagina in links en adressen. Zonder id geldt de bestandsnaam (zonder .md)."),
        FieldSchema("titel", .text, required: true, "De titel boven de pagina en in menu's en overzichten.",
                    placeholder: nil),
        FieldSchema("samenvatting", .text, "Eén zin voor overzichten en zoekresultaten. Niet verplicht, wel aangeraden."),
        FieldSchema("bronnen", .ids(.source), "De bronnen waarop deze pagina steunt, als lijst van ids van bronnen."),
        FieldSchema("verwant", .ids(nil), "Pagina's die de lezer ook wil zien (\"zie ook\"), als lijst van ids van elk type."),
    ]

    /// The types whose files may hold questions under `vragen:`.
    public static let questionParents: Set<EntityType> = [.tensionField, .workCard, .page]

    /// The `vragen:` list; questions are never files of their own.
    public static let questions = FieldSchema(
        "vragen", .records(subject: "vraag", fields: question),
        "Reflectie- of hulpvragen op deze pagina. Elke vraag heeft een eigen id, zodat links en werkbladen ernaar kunnen verwijzen.")

    /// The keys of one question in a `vragen:` list.
    public static let question: [FieldSchema] = [
        FieldSchema("id", .id, required: true, "Uniek in de hele kennisbank; gewoonte: de id van de pagina, een streepje en een volgnummer."),
        FieldSchema("tekst", .text, required: true, "De vraag zelf.", placeholder: "Schrijf hier de vraag."),
        FieldSchema("doelgroep", .audience, "Voor wie de vraag is: professional, bestuurder of iedereen. Zonder doelgroep volgt een waarschuwing."),
        FieldSchema("groep", .text, "Een tussenkop waaronder de vraag staat, bijvoorbeeld Reflectievragen."),
    ]

    public static func of(_ type: EntityType) -> EntitySchema? { byType[type] }

    /// Every type an editor can create, in menu order.
    public static var all: [EntitySchema] { EntityType.fileTypes.compactMap(of) }

    private static let byType: [EntityType: EntitySchema] = Dictionary(uniqueKeysWithValues: [
        EntitySchema(type: .plateau, explanation: "Een van de vijf plateaus van organisatieontwikkeling uit de Plateauaanpak.", fields: [
            FieldSchema("nummer", .number(1...5), required: true, "Het plateau, van 1 (activiteitgericht) tot 5 (samenlevinggericht)."),
            FieldSchema("focus", .text, required: true, "Waar een organisatie op dit plateau op gericht is, in een paar woorden.",
                        placeholder: "Schrijf hier de focus van dit plateau."),
            FieldSchema("kwaliteiten", .texts, "Wat een organisatie op dit plateau kan, als lijst."),
            FieldSchema("organisatiegebieden", .ids(.organisationArea), "De organisatiegebieden die hier spelen, als lijst van ids."),
        ]),
        EntitySchema(type: .organisationArea, explanation: "Een gebied waarop een organisatie verandert als ze een plateau hoger komt.", fields: [
            FieldSchema("nummer", .number(1...99), required: true, "De volgorde tussen de organisatiegebieden."),
            FieldSchema("ambitie-gemeenten", .texts, "De ambitie op plateau 4 voor gemeenten, als lijst."),
            FieldSchema("ambitie-aanbieders", .texts, "De ambitie op plateau 4 voor aanbieders en uitvoeringsorganisaties, als lijst."),
        ]),
        EntitySchema(type: .dimension, explanation: "Een as van het samenwerkingsmodel van Kenis, met de waarden die een zorgvraag erop kan hebben.", fields: [
            FieldSchema("nummer", .number(1...99), required: true, "De volgorde van de dimensies."),
            FieldSchema("asvraag", .text, required: true, "De vraag die deze as stelt.", placeholder: "Schrijf hier de vraag van deze as?"),
            FieldSchema("waarden", .records(subject: "waarde", fields: [
                FieldSchema("id", .id, required: true, "Korte naam van de waarde; kwadranten verwijzen ernaar."),
                FieldSchema("label", .text, required: true, "Hoe de waarde op de pagina heet.", placeholder: "Naam van de waarde"),
                FieldSchema("uitleg", .text, "Wat de waarde betekent."),
            ]), required: true, "De waarden op deze as, elk met id en label."),
        ]),
        EntitySchema(type: .quadrant, explanation: "Een van de vier samenwerkingskwadranten van Kenis: een waarde per dimensie en wat daaruit volgt.", fields: [
            FieldSchema("nummer", .number(1...4), required: true, "Het kwadrant, 1 tot en met 4 (op de pagina I tot en met IV)."),
            FieldSchema("waarden", .valueChoice, required: true, "Per dimensie (id) de waarde (id) die bij dit kwadrant hoort."),
            FieldSchema("samenwerking-tussen-gemeenten", .yesNo, required: true, "Of gemeenten hier met elkaar moeten samenwerken: ja of nee."),
            FieldSchema("samenwerking-faciliteren", .yesNo, required: true, "Of de gemeente de samenwerking moet faciliteren: ja of nee."),
            FieldSchema("conclusie", .text, required: true, "Wat dit kwadrant betekent voor de samenwerking, in een of twee zinnen.",
                        placeholder: "Schrijf hier de conclusie."),
        ]),
        EntitySchema(type: .tensionField, explanation: "Een spanningsveld: twee polen waartussen een professional of bestuurder balanceert.", fields: [
            FieldSchema("nummer", .number(1...99), required: true, "De volgorde van de spanningsvelden."),
            FieldSchema("polen", .records(subject: "pool", fields: [
                FieldSchema("naam", .text, required: true, "De naam van de pool.", placeholder: "Naam van de pool"),
                FieldSchema("uitleg", .text, "Wat deze kant van het spanningsveld inhoudt."),
            ]), required: true, "Precies twee polen, elk met een naam en een uitleg."),
            FieldSchema("werkkaarten", .ids(.workCard), "Werkkaarten die helpen bij dit spanningsveld, als lijst van ids."),
            FieldSchema("fasen", .ids(.phase), "Fasen van samen leren waarin dit spanningsveld speelt, als lijst van ids."),
        ]),
        EntitySchema(type: .workCard, explanation: "Een werkkaart: een werkvorm voor een leerbijeenkomst.", fields: [
            FieldSchema("nummer", .number(1...99), required: true, "De volgorde van de werkkaarten."),
            FieldSchema("doel", .text, required: true, "Wat de werkvorm oplevert, in hoogstens twee zinnen.",
                        placeholder: "Schrijf hier het doel van de werkvorm."),
            FieldSchema("wanneer", .text, "Wanneer je deze werkvorm inzet."),
            FieldSchema("voorbereiding", .texts, "Wat vooraf klaar moet staan, als lijst."),
            FieldSchema("stappen", .texts, "De stappen van de werkvorm, als lijst in volgorde."),
            FieldSchema("vervolg", .text, "Wat je na de bijeenkomst met de uitkomst doet."),
            FieldSchema("werkkaarten", .ids(.workCard), "Verwante werkkaarten, als lijst van ids."),
        ]),
        EntitySchema(type: .phase, explanation: "Een van de fasen van samen leren, met haar onderdelen.", fields: [
            FieldSchema("nummer", .number(1...99), required: true, "De volgorde van de fasen."),
            FieldSchema("onderdelen", .records(subject: "onderdeel", fields: [
                FieldSchema("id", .id, required: true, "Uniek in de hele kennisbank, zodat links naar het onderdeel kunnen wijzen."),
                FieldSchema("titel", .text, required: true, "De naam van het onderdeel."),
                FieldSchema("uitleg", .text, required: true, "Wat er in dit onderdeel gebeurt."),
                FieldSchema("verwant", .ids(nil), "Spanningsvelden of werkkaarten die hierbij helpen, als lijst van ids."),
            ]), "De onderdelen van deze fase, elk met id, titel en uitleg."),
            FieldSchema("werkkaarten", .ids(.workCard), "Werkkaarten die in deze fase helpen, als lijst van ids."),
            FieldSchema("spanningsvelden", .ids(.tensionField), "Spanningsvelden die in deze fase spelen, als lijst van ids."),
        ]),
        EntitySchema(type: .source, explanation: "Een publicatie waarop de kennisbank steunt; de titel is de titel van de publicatie.", fields: [
            FieldSchema("auteur", .text, required: true, "De auteur of auteurs, of de organisatie die de publicatie uitgaf.",
                        placeholder: "Schrijf hier de auteur."),
            FieldSchema("jaar", .number(1000...2999), "Het jaar van verschijnen."),
            FieldSchema("uitgever", .text, "De uitgever."),
            FieldSchema("url", .text, "Waar de publicatie te vinden is (een volledig webadres)."),
            FieldSchema("toelichting", .text, "Waarom deze bron ertoe doet, in een of twee zinnen."),
        ]),
        EntitySchema(type: .worksheet, explanation: "Een werkblad voor één sessie, samengesteld uit vragen en onderdelen van andere pagina's.", fields: [
            FieldSchema("doel", .text, required: true, "Waar het werkblad voor is, in een of twee zinnen.",
                        placeholder: "Schrijf hier waar dit werkblad voor is."),
            FieldSchema("doelgroep", .audience, "Voor wie het werkblad is: professional, bestuurder of iedereen."),
            FieldSchema("blokken", .records(subject: "blok", fields: [
                FieldSchema("tekst", .text, "Een eigen tekst, bijvoorbeeld een opdracht voor de groep.",
                            placeholder: "Schrijf hier een opdracht voor de groep."),
                FieldSchema("titel", .text, "Een kop boven het blok."),
                FieldSchema("vragen", .ids(nil), "Vragen op id, of een spanningsveld, werkkaart of pagina voor al haar vragen."),
                FieldSchema("polen", .ids(.tensionField), "Eén spanningsveld: de lijn tussen zijn twee polen."),
                FieldSchema("stappen", .ids(.workCard), "Eén werkkaart: haar stappen."),
                FieldSchema("voorbereiding", .ids(.workCard), "Eén werkkaart: haar voorbereiding als afvinklijst."),
                FieldSchema("fasen", .ids(nil), "Fasen of onderdelen van fasen om te herkennen."),
                FieldSchema("plateauraster", .ids(nil), "Organisatiegebieden voor het raster van plateaus (leeg: alle)."),
                FieldSchema("schrijfruimte", .number(1...30), "Regels schrijfruimte, per vraag of als eigen blok."),
            ]), required: true, "De onderdelen van het werkblad, van boven naar beneden; elk blok heeft één soort inhoud."),
        ]),
        EntitySchema(type: .page, explanation: "Elke andere pagina: de startpagina, uitleg, een begrippenlijst, de inleiding op een overzicht.", fields: [
            FieldSchema("overzicht", .overviewType, "Een type (bijvoorbeeld werkkaart): de tekst van deze pagina wordt dan de inleiding op het overzicht van dat type."),
            FieldSchema("volgorde", .number(nil), "Een getal voor de volgorde in menu's."),
        ]),
    ].map { ($0.type, $0) })
}

/// One key of a front matter mapping.
public struct FieldSchema: Sendable {
    /// What kind of value the key takes; the handbook names it, `spiegel new` writes an example of it.
    public enum Kind: Sendable {
        case text
        /// A whole number, within the range when there is one.
        case number(ClosedRange<Int>?)
        case yesNo
        /// A list of texts (a single text counts as a list of one).
        case texts
        /// A list of ids, of entities of the given type (nil: of any type).
        case ids(EntityType?)
        /// A list of mappings, each with its own keys.
        case records(subject: String, fields: [FieldSchema])
        /// A kwadrant's mapping from dimension id to value id.
        case valueChoice
        /// A slug: lower-case letters, digits and single hyphens.
        case id
        /// The name of an entity type (for `type:`).
        case typeName
        /// The name of a type with an overview page (for `overzicht:`).
        case overviewType
        case audience
    }

    public let key: String
    public let kind: Kind
    public let required: Bool
    /// Dutch, one or two sentences: what goes here.
    public let explanation: String
    /// The Dutch text `spiegel new` puts in a required text field for the editor to replace.
    public let placeholder: String?

    init(_ key: String, _ kind: Kind, required: Bool = false, _ explanation: String, placeholder: String? = nil) {
        self.key = key
        self.kind = kind
        self.required = required
        self.explanation = explanation
        self.placeholder = placeholder
    }

    /// The keys of each item, for list-of-mapping keys.
    public var itemFields: [FieldSchema] {
        if case .records(_, let fields) = kind { fields } else { [] }
    }
}
