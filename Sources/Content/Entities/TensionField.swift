/// One of the six tension fields: two poles a professional or director balances between.
public struct TensionField: Sendable {
    public var number: Int
    public var poles: [Pole]

    /// The keys of a spanningsveld, after the common ones.
    enum Fields {
        static let number = FieldSchema("nummer", .number(1...99), required: true, "De volgorde van de spanningsvelden.")
        static let poles = FieldSchema("polen", .records(subject: "pool", fields: Pole.Fields.all), required: true,
                                       "Precies twee polen, elk met een naam en een uitleg.")
        static let workCards = FieldSchema(relation: .workCard, "Werkkaarten die helpen bij dit spanningsveld, als lijst van ids.")
        static let phases = FieldSchema(relation: .phase, "Fasen van samen leren waarin dit spanningsveld speelt, als lijst van ids.")
        static let all = [number, poles, workCards, phases]
    }

    static let schema = EntitySchema(
        type: .tensionField, explanation: "Een spanningsveld: twee polen waartussen een professional of bestuurder balanceert.",
        fields: Fields.all)

    static func read(_ r: inout FrontMatterReader, relations: inout [TypedReference]) -> TensionField {
        let number = r.int(Fields.number) ?? 0
        let polesNode = r.node(Fields.poles)
        let poles = r.records(Fields.poles) { p -> Pole? in
            guard let name = p.string(Pole.Fields.name) else { return nil }
            return Pole(name: name, explanation: p.string(Pole.Fields.explanation))
        }
        if let polesNode, poles.count != 2 {
            r.report(r.location(of: polesNode), .poleCount(found: poles.count))
        }
        relations += r.relations(Fields.workCards)
        relations += r.relations(Fields.phases)
        return TensionField(number: number, poles: poles)
    }
}

/// One end of a tension field.
public struct Pole: Sendable {
    public var name: String
    public var explanation: String?

    /// The keys of one entry under `polen:`.
    enum Fields {
        static let name = FieldSchema("naam", .text, required: true, "De naam van de pool.", placeholder: "Naam van de pool")
        static let explanation = FieldSchema("uitleg", .text, "Wat deze kant van het spanningsveld inhoudt.")
        static let all = [name, explanation]
    }
}
