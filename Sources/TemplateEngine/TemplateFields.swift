/// The fields of a template object, by name.
///
/// An object holds few fields (a page about forty with its `has_` flags, a link about ten), and
/// every page builds dozens of them and looks names up hundreds of times. A dictionary hashes
/// the name with SipHash on every set and every lookup; here each name carries a fingerprint
/// (its first bytes and its length, cheap to compute, and computed once for the names a template
/// uses), and a lookup compares fingerprints one after the other, the names themselves only when
/// the fingerprints agree.
public struct TemplateFields: Sendable {
    private var entries: [Entry] = []

    private struct Entry: Sendable {
        let print: UInt64
        let name: String
        var value: TemplateValue
    }

    public init() {}

    public init(minimumCapacity: Int) { entries.reserveCapacity(minimumCapacity) }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    /// The fields in the order they were first set.
    public var names: [String] { entries.map(\.name) }

    public subscript(name: String) -> TemplateValue? {
        get { self[Name(name)] }
        set { self[Name(name)] = newValue }
    }

    subscript(key: Name) -> TemplateValue? {
        get { index(of: key).map { entries[$0].value } }
        set {
            switch (index(of: key), newValue) {
            case (let i?, let value?): entries[i].value = value
            case (let i?, nil): entries.remove(at: i)
            case (nil, let value?): entries.append(Entry(print: key.print, name: key.name, value: value))
            case (nil, nil): break
            }
        }
    }

    private func index(of key: Name) -> Int? {
        entries.withUnsafeBufferPointer { buffer in
            for i in buffer.indices where buffer[i].print == key.print && buffer[i].name == key.name { return i }
            return nil
        }
    }

    /// A name with its fingerprint: its first eight bytes, with its length in the top byte when
    /// it has fewer (names of up to seven bytes then have a fingerprint of their own).
    struct Name: Sendable {
        let name: String
        let print: UInt64

        init(_ name: String) {
            self.name = name
            var print: UInt64 = 0
            var count: UInt64 = 0
            for byte in name.utf8 {
                if count < 8 { print |= UInt64(byte) << (count * 8) }
                count += 1
            }
            self.print = count < 8 ? print | count << 56 : print ^ (count &* 0x9E37_79B9_7F4A_7C15)
        }
    }
}

extension TemplateFields: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self.init(minimumCapacity: elements.count)
        for (name, value) in elements { self[name] = value }
    }
}

extension TemplateFields: Equatable {
    /// The same names with equal values, in any order: what equality of dictionaries says.
    public static func == (lhs: TemplateFields, rhs: TemplateFields) -> Bool {
        lhs.count == rhs.count && lhs.entries.allSatisfy { rhs[Name($0.name)] == $0.value }
    }
}

extension TemplateFields: Sequence {
    public func makeIterator() -> some IteratorProtocol<(name: String, value: TemplateValue)> {
        entries.lazy.map { (name: $0.name, value: $0.value) }.makeIterator()
    }
}
