import Content
import Foundation

/// WeasyPrint, the HTML/CSS print engine that turns the written worksheets into PDFs. It prints
/// the files in the staging folder, so the PDFs come from exactly the HTML a reader opens, through
/// long-lived worker processes (`PrintWorker`), and only what the PDF cache does not hold.
public struct WeasyPrint: Sendable {
    /// The Python that has WeasyPrint installed (the interpreter itself, not a shim in front of it).
    public let python: String
    /// "WeasyPrint 70.0".
    public let version: String
    /// pikepdf's version, when installed: the booklet is then put together from the sheets' PDFs
    /// instead of laid out whole.
    public let pikepdfVersion: String?
    /// Fillable form fields (WeasyPrint 58 and later).
    public let makesForms: Bool
    /// Tags for screen readers (WeasyPrint 63 and later).
    public let makesTags: Bool

    /// WeasyPrint's options, as its Python API names them.
    var options: [String] { (makesForms ? ["pdf_forms"] : []) + (makesTags ? ["pdf_tags"] : []) }

    /// WeasyPrint's options as a worker's command line gives them: `{"pdf_forms": true}`.
    var optionFlags: String { "{" + options.map { "\"\($0)\": true" }.joined(separator: ", ") + "}" }

    /// WeasyPrint `version` ("70.0", as Python reports it) run by `python`; nil for a version
    /// that cannot be read.
    init?(python: String, version: String, pikepdfVersion: String?) {
        guard let major = Self.majorVersion(in: version) else { return nil }
        self.init(python: python, version: "WeasyPrint " + version, pikepdfVersion: pikepdfVersion,
                  makesForms: major >= 58, makesTags: major >= 63)
    }

    init(python: String, version: String, pikepdfVersion: String?, makesForms: Bool, makesTags: Bool) {
        self.python = python
        self.version = version
        self.pikepdfVersion = pikepdfVersion
        self.makesForms = makesForms
        self.makesTags = makesTags
    }

    /// The Pythons that may have WeasyPrint, in the order they are tried, found without starting
    /// any: the interpreter of the `weasyprint` command on the search path, then `python3`.
    static func candidates(searchPath: String? = nil) -> [String] {
        let directories = Self.searchPath(searchPath).split(separator: ":").map(String.init)
        func find(_ name: String) -> String? {
            directories.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
        }
        var candidates: [String] = []
        if let command = find("weasyprint"), let interpreter = Self.interpreter(of: command) { candidates.append(interpreter) }
        if let python = find("python3") { candidates.append(python) }
        return candidates
    }

    private static func searchPath(_ given: String?) -> String {
        given ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    }

    /// Finds a Python with WeasyPrint on the search path (by default `PATH`). One quick start of
    /// Python asks the installed versions without importing WeasyPrint, which takes half a
    /// second; a Python that does not start, such as a pyenv shim for another version, does not
    /// count.
    public static func locate(searchPath: String? = nil) async -> WeasyPrint? {
        let ask = """
            import sys
            from importlib.metadata import version
            print(sys.executable)
            print(version('weasyprint'))
            try: print(version('pikepdf'))
            except Exception: print('')
            """
        for python in candidates(searchPath: searchPath) {
            guard let answer = await ExternalProcess.run([python, "-c", ask], path: Self.searchPath(searchPath), captureErrors: false),
                  answer.status == 0 else { continue }
            let lines = answer.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard lines.count >= 2, lines[0].hasPrefix("/"),
                  let found = WeasyPrint(python: lines[0], version: lines[1],
                                         pikepdfVersion: lines.count > 2 && !lines[2].isEmpty ? lines[2] : nil) else { continue }
            return found
        }
        return nil
    }

    /// The Python a `weasyprint` script starts, from its first line (`#!/usr/bin/python3`); nil
    /// for a wrapper that is not a Python script.
    static func interpreter(of command: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: command) else { return nil }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 256), as: UTF8.self)
        guard head.hasPrefix("#!/"), let line = head.split(separator: "\n").first else { return nil }
        let interpreter = String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces)
        return interpreter.contains("python") && !interpreter.contains(" ") ? interpreter : nil
    }

    /// 70 of "70.0", or of "WeasyPrint version 70.0".
    static func majorVersion(in output: String) -> Int? {
        let number = output.range(of: "version ").map { output[$0.upperBound...] } ?? Substring(output)
        return Int(number.prefix { $0.isNumber })
    }

    public struct Failure: Error, CustomStringConvertible {
        public let file: String
        public let message: String
        public var description: String { "WeasyPrint could not print \(file): \(message)" }
    }

    /// What one round of printing did: how many PDFs were printed, how many came from the cache.
    public struct Outcome: Sendable, Equatable {
        public var printed = 0
        public var fromCache = 0

        public init(printed: Int = 0, fromCache: Int = 0) {
            self.printed = printed
            self.fromCache = fromCache
        }
    }

    /// Puts each job's PDF under `root`: from `cache` when it holds one made of the same inputs,
    /// else printed by `pool` (and then kept in the cache). The sheets first, then the booklet,
    /// which is put together from them. `site` is the site's web address (`basis-url`), which
    /// links in the PDFs lead to.
    public func print(_ jobs: [PrintJob], in root: URL, site: String? = nil, cache: PDFCache?, pool: PrintPool) async throws -> Outcome {
        let site = site.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? Self.placeholderSite
        let inputs = PrintInputs(printer: self, site: site)
        let entries = cache?.entries() ?? [:]
        var outcome = Outcome()
        var keys: [String: String] = [:]
        for phase in [jobs.filter { $0.booklet == nil }, jobs.filter { $0.booklet != nil }] {
            var misses: [(job: PrintJob, key: String, request: PrintWorker.Request)] = []
            for job in phase {
                let (key, request) = prepare(job, in: root, site: site, inputs: inputs, sheetKeys: keys, cache: cache)
                keys[job.pdf] = key
                if let data = cache?.pdf(key, in: entries) {
                    try write(data, to: root.appendingPathComponent(job.pdf), for: job)
                    outcome.fromCache += 1
                } else {
                    misses.append((job, key, request))
                }
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for miss in misses {
                    group.addTask {
                        let reply: PrintWorker.Reply
                        do { reply = try await pool.print(miss.request) } catch {
                            throw Failure(file: miss.job.html, message: "\(error)")
                        }
                        guard reply.ok == true else { throw Failure(file: miss.job.html, message: reply.error ?? "no reply") }
                        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(miss.job.pdf).path) else {
                            throw Failure(file: miss.job.html, message: "no PDF was written")
                        }
                        cache?.store(data, key: miss.key)
                    }
                }
                try await group.waitForAll()
            }
            outcome.printed += misses.count
        }
        cache?.trim()
        return outcome
    }

    /// The cache key of `job` and what a worker is sent to print it. Without pikepdf the booklet
    /// is printed whole from its HTML, as a browser would.
    private func prepare(_ job: PrintJob, in root: URL, site: String, inputs: PrintInputs,
                         sheetKeys: [String: String], cache: PDFCache?) -> (String, PrintWorker.Request) {
        var request = PrintWorker.Request(pdf: root.appendingPathComponent(job.pdf).path, root: root.path, site: site, page: job.html)
        guard let booklet = job.booklet, pikepdfVersion != nil else {
            let print = inputs.fingerprint(html: job.html, in: root)
            request.ownFonts = print.declaresFonts
            return (print.key, request)
        }
        let print = inputs.fingerprint(page: booklet.front, at: job.html, in: root, extra: booklet.sheets.map { sheetKeys[$0.pdf] ?? $0.pdf })
        request.ownFonts = print.declaresFonts
        request.front = String(decoding: booklet.front, as: UTF8.self)
        request.ids = booklet.sheets.map(\.id)
        request.parts = booklet.sheets.map { root.appendingPathComponent($0.pdf).path }
        request.frontKey = inputs.fingerprint(page: booklet.front, at: job.html, in: root).key
        request.frontCache = cache?.folder.path
        return (print.key, request)
    }

    /// Where pages are printed from when the site names no address of its own: links in a PDF
    /// then lead nowhere, as they would from a file path, but no path of this computer is in it.
    static let placeholderSite = "file:///spiegel-site/"

    private func write(_ data: Data, to url: URL, for job: PrintJob) throws {
        if let problem = SiteWriter.writeFile(data, to: url.path) { throw Failure(file: job.html, message: problem) }
    }
}
