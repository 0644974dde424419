/// One of the six tension fields: two poles a professional or director balances between.
public struct TensionField: Sendable {
    public var number: Int
    public var poles: [Pole]

    static func read(_ r: inout FrontMatterReader, relations: inout [TypedReference]) -> TensionField {
        let number = r.int("nummer", required: true, in: 1...99) ?? 0
        let polesNode = r.node("polen", required: true)
        let poles = r.records("polen", subject: "pool", required: false) { p -> Pole? in
            guard let name = p.string("naam", required: true) else { return nil }
            return Pole(name: name, explanation: p.string("uitleg"))
        }
        if let polesNode, poles.count != 2 {
            r.error(r.location(of: polesNode), "a spanningsveld has exactly two poles, found \(poles.count)",
                    hint: "write two entries under 'polen:', each with 'naam:' and 'uitleg:'")
        }
        relations += r.references("werkkaarten").map { TypedReference(.workCard, $0) }
        relations += r.references("fasen").map { TypedReference(.phase, $0) }
        return TensionField(number: number, poles: poles)
    }
}

/// One end of a tension field.
public struct Pole: Sendable {
    public var name: String
    public var explanation: String?
}
