import Dispatch

/// Frees a large value on another thread, off the path the caller waits on.
enum Discard {
    static func later<T: Sendable>(_ value: consuming T) {
        let box = DiscardBox(value)
        DispatchQueue.global(qos: .utility).async { box.drop() }
    }
}

private final class DiscardBox<T: Sendable>: @unchecked Sendable {
    private var value: T?
    init(_ value: consuming T) { self.value = value }
    func drop() { value = nil }
}
