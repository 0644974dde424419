import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `spiegel serve` as an editor starts it: the binary, on a free port, answering a real HTTP client.
@Suite struct ServeCommandTests {
    @Test(.timeLimit(.minutes(1)))
    func startsAnswersAndStopsOnCtrlC() async throws {
        let site = ScratchSite()
        let process = Process()
        process.executableURL = SpiegelCommand.binary
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = site.root
        let log = Pipe()
        process.standardError = log
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        // The port is in the log line `voorvertoning op http://127.0.0.1:PORT/`; read it off a dispatch
        // queue, so the blocking read does not hold one of the concurrency pool's threads.
        let line = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var text = ""
                let handle = log.fileHandleForReading
                while !text.contains("/ (Ctrl-C"), case let data = handle.availableData, !data.isEmpty {
                    text += String(decoding: data, as: UTF8.self)
                }
                continuation.resume(returning: text)
            }
        }
        let port = try #require(line.split(separator: ":").last.flatMap { Int($0.prefix { $0.isNumber }) }, "\(line)")
        #expect(line.contains("voorvertoning op http://127.0.0.1:\(port)/"))
        let (data, response) = try await URLSession(configuration: .ephemeral)
            .data(from: URL(string: "http://127.0.0.1:\(port)/werkkaarten/tijdlijn.html")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self).contains("<h1>Een tijdlijn maken</h1>"))

        // Ctrl-C, although the test runner blocks it and its children inherit the block.
        process.interrupt()
        process.waitUntilExit()
        #expect(!process.isRunning)
    }

    @Test func aTakenPortIsReportedAndExitsOne() throws {
        let site = ScratchSite()
        let holder = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(holder) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                _ = bind(holder, $0, length)
                _ = listen(holder, 1)
                _ = getsockname(holder, $0, &length)
            }
        }
        let port = UInt16(bigEndian: address.sin_port)
        let result = try site.spiegel("serve", "--port", "\(port)")
        #expect(result.status == 1)
        #expect(result.stderr.contains("de voorvertoning is gestopt"))
    }

    /// `spiegel serve` runs the preview program next to it; copied without it, it says what to build.
    @Test func withoutThePreviewProgramItSaysWhatToBuild() throws {
        let site = ScratchSite()
        let alone = site.root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: alone, withIntermediateDirectories: true)
        let binary = alone.appendingPathComponent("spiegel")
        try FileManager.default.copyItem(at: SpiegelCommand.binary, to: binary)
        let result = try SpiegelCommand.run(["serve", "--port", "0"], in: site.root, binary: binary)
        #expect(result.status == 1)
        #expect(result.stderr.contains("spiegel-preview"))
        #expect(result.stderr.contains("'make site' en 'make install' maken het"))
    }
}
