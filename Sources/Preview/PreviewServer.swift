import Content
import FlyingFox
import FlyingSocks
import Foundation
import Pipeline
import Site

/// `spiegel serve`: the site from memory over HTTP (FlyingFox), rebuilt when a source changes,
/// with open pages reloaded through server-sent events. It listens on 127.0.0.1 unless told
/// otherwise: a preview shows unpublished work.
public final class PreviewServer: Sendable {
    public struct Options: Sendable {
        public var build = BuildOptions()
        /// An IPv4 address; `0.0.0.0` listens on every interface.
        public var host = "127.0.0.1"
        /// 0 picks a free port (tests).
        public var port: UInt16 = 8080
        /// How often the sources are looked at when the kernel cannot report changes.
        public var pollInterval: Duration = .milliseconds(200)
        /// Whether to ask the kernel for changes (inotify on Linux); false polls (tests of the fallback).
        public var kernelEvents = true

        public init() {}
    }

    public static let eventsPath = "/_spiegel/events"

    private let options: Options
    private let site: PreviewSite
    private let reload = LiveReload()
    private let server: HTTPServer
    private let log: @Sendable (Notice) -> Void

    public init(options: Options, log: @escaping @Sendable (Notice) -> Void = { _ in }) throws {
        self.options = options
        self.log = log
        site = PreviewSite(options: options.build, log: log)
        server = HTTPServer(address: try .inet(ip4: options.host, port: options.port), logger: .disabled)
    }

    /// Builds the site, then serves it and watches the sources until the task is cancelled.
    public func run() async throws {
        _ = await site.start()
        // Watching starts before the server answers: an edit made as soon as the preview is up
        // must not fall between the first build and the first watch.
        let roots = await site.watchedRoots
        let changes = watcher(of: roots)
        await server.appendRoute(HTTPRoute("GET,HEAD \(Self.eventsPath)")) { [reload, site] _ in
            let events = await reload.subscribe(current: await site.current)
            return HTTPResponse(statusCode: .ok,
                                headers: [.contentType: "text/event-stream", HTTPHeader("Cache-Control"): "no-store"],
                                body: HTTPBodySequence(from: EventStreamBytes(events: events)))
        }
        await server.appendRoute("GET,HEAD *") { [site] request in
            let answer = await site.response(for: request.target.path(percentEncoded: true))
            var headers: HTTPHeaders = [.contentType: answer.contentType, HTTPHeader("Cache-Control"): "no-store"]
            if let location = answer.location { headers[.location] = location }
            return HTTPResponse(statusCode: HTTPStatusCode(answer.status, phrase: Self.phrase(answer.status)),
                                headers: headers, body: request.method == .HEAD ? Data() : answer.body)
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.server.run() }
            group.addTask { try await self.watch(changes, roots: roots) }
            group.addTask {
                try await self.server.waitUntilListening()
                if let port = await self.port { self.log(.previewListening(url: "http://\(self.options.host):\(port)/")) }
            }
            defer { group.cancelAll() }
            while try await group.next() != nil {}
        }
    }

    /// The port the server listens on, once it does.
    public var port: UInt16? {
        get async {
            if case .ip4(_, let port)? = await server.listeningAddress { return port }
            if case .ip6(_, let port)? = await server.listeningAddress { return port }
            return nil
        }
    }

    /// Waits until the server listens, which it does once the first build is done.
    public func waitUntilListening(timeout: Double = 30) async throws { try await server.waitUntilListening(timeout: timeout) }

    public func stop() async {
        await site.close()
        await reload.finishAll()
        await server.stop(timeout: 1)
    }

    private func watcher(of roots: [String]) -> AsyncStream<SourceChanges> {
        SourceWatcher.changes(of: roots, pollInterval: options.pollInterval, useKernelEvents: options.kernelEvents)
    }

    /// Rebuilds after each batch of changes. When `spiegel.yml` now names other layers, the
    /// watcher is replaced by one on the new folders (the old one stops as its stream is dropped):
    /// a layer added while the preview runs is watched like the others, without a restart.
    private func watch(_ changes: AsyncStream<SourceChanges>, roots: [String]) async throws {
        var changes = changes, roots = roots
        while !Task.isCancelled {
            var moved = false
            for await batch in changes {
                if let event = await site.rebuild(after: batch) { await reload.broadcast(event) }
                let now = await site.watchedRoots
                if now != roots { roots = now; moved = true; break }
            }
            guard moved else { return }
            changes = watcher(of: roots)
        }
    }

    private static func phrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 404: "Not Found"
        default: "Internal Server Error"
        }
    }
}
