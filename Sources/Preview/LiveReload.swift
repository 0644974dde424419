import FlyingFox
import FlyingSocks
import Foundation

/// What open pages hear after a rebuild: the new version and the pages whose bytes changed
/// (nil: every page, e.g. when the site broke or recovered). A page reloads when it is among them.
struct ReloadEvent: Sendable, Equatable, Encodable {
    let version: Int
    let paths: [String]?

    /// One server-sent event: `data: {"version":3,"paths":["werkkaarten/tijdlijn.html"]}`.
    var serverSentEvent: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(self)) ?? Data("{\"version\":\(version)}".utf8)
        return Data("data: ".utf8) + json + Data("\n\n".utf8)
    }
}

/// The open pages' event streams (`/_spiegel/events`), fed by every rebuild.
actor LiveReload {
    private var listeners: [UUID: AsyncStream<Data>.Continuation] = [:]

    /// A new listener's stream. It starts with the current state, so a page that missed a rebuild
    /// while it loaded (or while the server restarted) sees a newer version and reloads.
    func subscribe(current: ReloadEvent) -> AsyncStream<Data> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Data>.makeStream(bufferingPolicy: .bufferingNewest(16))
        // Ask the browser to reconnect quickly after a restart of `spiegel serve`.
        continuation.yield(Data("retry: 500\n\n".utf8) + current.serverSentEvent)
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        listeners[id] = continuation
        return stream
    }

    func broadcast(_ event: ReloadEvent) {
        for (id, listener) in listeners {
            if case .terminated = listener.yield(event.serverSentEvent) { listeners[id] = nil }
        }
    }

    func finishAll() {
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }

    var count: Int { listeners.count }

    private func remove(_ id: UUID) { listeners[id] = nil }

    /// The script added to every HTML page the preview serves (never to a built site).
    static func script(version: Int) -> String {
        """
        <script>
        (function () {
          var version = \(version);
          var here = decodeURIComponent(location.pathname).replace(/^\\//, "");
          if (here === "" || here.slice(-1) === "/") here += "index.html";
          var events = new EventSource("/_spiegel/events");
          events.onmessage = function (message) {
            var change = JSON.parse(message.data);
            if (change.version === version) return;
            if (!change.paths || change.paths.indexOf(here) >= 0) location.reload();
            else version = change.version;
          };
        })();
        </script>
        """
    }

    /// `html` with the script before `</body>`.
    static func inject(into html: Data, version: Int) -> Data {
        // In bytes: going through String and NSString cost a page a million instructions, paid
        // on every request the preview answers.
        var page = html
        let script = Data(self.script(version: version).utf8)
        guard let end = html.range(of: Data("</body>".utf8), options: .backwards) else { return page + script }
        page.replaceSubrange(end.lowerBound..<end.lowerBound, with: script + Data("\n".utf8))
        return page
    }
}

/// An event stream as the byte sequence FlyingFox sends with chunked transfer encoding: each
/// event goes out as soon as it is yielded.
struct EventStreamBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let events: AsyncStream<Data>

    func makeAsyncIterator() -> Iterator { Iterator(events: events.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<Data>.AsyncIterator
        var pending: [UInt8] = []

        mutating func next() async throws -> UInt8? {
            if pending.isEmpty { pending = await events.next().map(Array.init) ?? [] }
            return pending.isEmpty ? nil : pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            if pending.isEmpty { pending = await events.next().map(Array.init) ?? [] }
            guard !pending.isEmpty else { return nil }
            let buffer = Array(pending.prefix(Swift.max(count, 1)))
            pending.removeFirst(buffer.count)
            return buffer
        }
    }
}
