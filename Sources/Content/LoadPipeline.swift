import Dispatch
import Foundation
import Markdown

/// A whole load's first stages, overlapped. cmark parses the bodies one after another on a thread
/// of its own (its lock serialises parsing anyway, and parsing is most of the work), while this
/// thread reads the front matter ahead of it, then works out who declares what, then resolves
/// the links of the bodies already parsed. Once every body is parsed, the rest are resolved on
/// all cores. Run one after the other (decode, identify, resolve), the cores waited on the lock
/// while YAML ran out, and on each other in between.
enum LoadPipeline {
    static func run(_ found: [ContentFile], identify: ([DecodedFile]) -> ContentCache.Identities)
        -> (files: [DecodedFile], identities: ContentCache.Identities, outputs: [BodyRenderer.Output]) {
        let ranges = found.batchRanges
        let batches = ranges.count
        let decoded = ResultSlots<[DecodedFile]>(count: batches)
        let parsed = ResultSlots<[ParsedMarkdown?]>(count: batches)
        let decodedBatch = (0..<batches).map { _ in DispatchSemaphore(value: 0) }
        let parsedBatch = (0..<batches).map { _ in DispatchSemaphore(value: 0) }
        let allParsed = DispatchSemaphore(value: 0)

        // A thread of its own rather than one of Dispatch's: a load can itself run on a Dispatch
        // thread (the handbook's, beside the content's), and on two cores Dispatch gives its
        // pool two threads; while those wait on semaphores, a block queued for a third starts
        // only when Dispatch notices they are blocked.
        let parser = Thread {
            for batch in 0..<batches {
                decodedBatch[batch].wait()
                parsed.set(batch, MarkdownRenderer.parse(EntityDecoder.bodies(of: decoded[batch])))
                parsedBatch[batch].signal()
            }
            allParsed.signal()
        }
        parser.start()
        for batch in 0..<batches {
            decoded.set(batch, found[ranges[batch]].map(EntityDecoder.decode))
            decodedBatch[batch].signal()
        }

        var files = (0..<batches).flatMap { decoded[$0] }
        let identities = identify(files)
        let resolver = identities.resolver
        var outputs: [BodyRenderer.Output] = []
        outputs.reserveCapacity(files.count)
        func take(_ batch: Int) {
            for (i, markdown) in zip(ranges[batch], parsed[batch]) { files[i].markdown = markdown }
        }
        // While cmark is busy, this thread resolves what it has parsed, batch by batch.
        var next = 0
        while next < batches, allParsed.wait(timeout: .now()) == .timedOut {
            parsedBatch[next].wait()
            take(next)
            outputs += files[ranges[next]].map { BodyRenderer.render($0, resolver: resolver) }
            next += 1
        }
        // The rest on all cores.
        for batch in next..<batches { parsedBatch[batch].wait(); take(batch) }
        let rest = next < batches ? ranges[next].lowerBound : files.count
        outputs += Array(files[rest...]).concurrentMap { BodyRenderer.render($0, resolver: resolver) }
        return (files, identities, outputs)
    }
}
