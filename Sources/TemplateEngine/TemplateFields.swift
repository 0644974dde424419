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
    /// Fields shared with other objects, found when `entries` lacks a name: a link to a page is
    /// the page's card (title, type, summary), the same on every page, plus its URL from there.
    private var shared: [Entry]?
    /// For an object read far more often than it is changed (the ~170 UI strings every page
    /// looks into): positions in `entries` sorted by fingerprint, searched by halving. Any
    /// change drops it.
    private var sorted: [(print: UInt64, position: Int)]?

    private struct Entry: Sendable {
        let print: UInt64
        let name: String
        var value: TemplateValue
    }

    public init() {}

    public init(minimumCapacity: Int) { entries.reserveCapacity(minimumCapacity) }

    /// An object with the fields of `base`, shared rather than copied, to which fields can be
    /// added or changed without touching `base`.
    public init(extending base: TemplateFields, minimumCapacity: Int = 4) {
        self.init(minimumCapacity: minimumCapacity)
        shared = base.flattened
    }

    /// The same fields with a sorted index, for an object that is read far more than written.
    public func indexed() -> TemplateFields {
        var copy = TemplateFields()
        copy.entries = flattened
        copy.sorted = copy.entries.indices.map { (print: copy.entries[$0].print, position: $0) }.sorted { $0.print < $1.print }
        return copy
    }

    public var count: Int { flattened.count }
    public var isEmpty: Bool { entries.isEmpty && (shared?.isEmpty ?? true) }

    /// The fields in the order they were first set, shared ones first.
    public var names: [String] { flattened.map(\.name) }

    /// Every field in one list: the shared ones that were not set again, then the own ones.
    private var flattened: [Entry] {
        guard let shared else { return entries }
        return shared.filter { entry in !entries.contains { $0.print == entry.print && $0.name == entry.name } } + entries
    }

    public subscript(name: String) -> TemplateValue? {
        get { self[Name(name)] }
        set { self[Name(name)] = newValue }
    }

    public subscript(key: Name) -> TemplateValue? {
        get {
            if let sorted { return Self.search(key, in: sorted, of: entries) }
            if let i = Self.index(of: key, in: entries) { return entries[i].value }
            return shared.flatMap { shared in Self.index(of: key, in: shared).map { shared[$0].value } }
        }
        set {
            sorted = nil
            // Removing a shared field: the object takes its own copy of them first.
            if newValue == nil, let shared, Self.index(of: key, in: shared) != nil {
                entries = flattened
                self.shared = nil
            }
            switch (Self.index(of: key, in: entries), newValue) {
            case (let i?, let value?): entries[i].value = value
            case (let i?, nil): entries.remove(at: i)
            case (nil, let value?): entries.append(Entry(print: key.print, name: key.name, value: value))
            case (nil, nil): break
            }
        }
    }

    private static func search(_ key: Name, in sorted: [(print: UInt64, position: Int)], of entries: [Entry]) -> TemplateValue? {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].print < key.print { low = middle + 1 } else { high = middle }
        }
        while low < sorted.count, sorted[low].print == key.print {
            if entries[sorted[low].position].name == key.name { return entries[sorted[low].position].value }
            low += 1
        }
        return nil
    }

    private static func index(of key: Name, in entries: [Entry]) -> Int? {
        entries.withUnsafeBufferPointer { buffer in
            for i in buffer.indices where buffer[i].print == key.print && buffer[i].name == key.name { return i }
            return nil
        }
    }

    /// A name with its fingerprint: its first eight bytes, with its length in the top byte when
    /// it has fewer (names of up to seven bytes then have a fingerprint of their own).
    public struct Name: Sendable {
        let name: String
        let print: UInt64

        public init(_ name: String) {
            self.name = name
            func fingerprint<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
                var print: UInt64 = 0
                var count: UInt64 = 0
                for byte in bytes {
                    if count < 8 { print |= UInt64(byte) << (count * 8) }
                    count += 1
                }
                return count < 8 ? print | count << 56 : print ^ (count &* 0x9E37_79B9_7F4A_7C15)
            }
            print = name.utf8.withContiguousStorageIfAvailable(fingerprint) ?? fingerprint(name.utf8)
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
        lhs.count == rhs.count && lhs.flattened.allSatisfy { rhs[Name($0.name)] == $0.value }
    }
}

extension TemplateFields: Sequence {
    public func makeIterator() -> some IteratorProtocol<(name: String, value: TemplateValue)> {
        flattened.lazy.map { (name: $0.name, value: $0.value) }.makeIterator()
    }
}
