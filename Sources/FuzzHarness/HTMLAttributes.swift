/// Reads the attributes of every tag in a page, respecting quotes, so the harness can tell an
/// event handler attribute from the same letters inside text or an attribute value.
enum HTMLAttributes {
    struct Attribute { let tag: String; let name: String; let value: String }

    static func all(in html: String) -> [Attribute] {
        let b = Array(html.utf8)
        var out: [Attribute] = []
        var i = 0
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D }
        func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        while i < b.count {
            guard b[i] == UInt8(ascii: "<"), i + 1 < b.count, isLetter(b[i + 1]) else { i += 1; continue }
            i += 1
            let nameStart = i
            while i < b.count, !isSpace(b[i]), b[i] != UInt8(ascii: ">"), b[i] != UInt8(ascii: "/") { i += 1 }
            let tag = String(decoding: b[nameStart..<i], as: UTF8.self).lowercased()
            while i < b.count, b[i] != UInt8(ascii: ">") {
                while i < b.count, isSpace(b[i]) || b[i] == UInt8(ascii: "/") { i += 1 }
                let start = i
                while i < b.count, !isSpace(b[i]), b[i] != UInt8(ascii: "="), b[i] != UInt8(ascii: ">") { i += 1 }
                let name = String(decoding: b[start..<i], as: UTF8.self).lowercased()
                var value = ""
                while i < b.count, isSpace(b[i]) { i += 1 }
                if i < b.count, b[i] == UInt8(ascii: "=") {
                    i += 1
                    while i < b.count, isSpace(b[i]) { i += 1 }
                    if i < b.count, b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") {
                        let quote = b[i]
                        i += 1
                        let valueStart = i
                        while i < b.count, b[i] != quote { i += 1 }
                        value = String(decoding: b[valueStart..<min(i, b.count)], as: UTF8.self)
                        i += 1
                    } else {
                        let valueStart = i
                        while i < b.count, !isSpace(b[i]), b[i] != UInt8(ascii: ">") { i += 1 }
                        value = String(decoding: b[valueStart..<i], as: UTF8.self)
                    }
                }
                if !name.isEmpty { out.append(Attribute(tag: tag, name: name, value: value)) }
                if start == i, i < b.count, b[i] != UInt8(ascii: ">") { i += 1 }
            }
            i += 1
        }
        return out
    }
}
