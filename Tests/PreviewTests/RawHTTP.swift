import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A loopback TCP client that sends a request line exactly as written. HTTP client libraries
/// normalise `..` away before sending, so path-traversal tests need this; it also reads a
/// server-sent event stream as it arrives.
final class RawHTTP: @unchecked Sendable {
    private let socket: Int32

    init(port: UInt16, timeout: Int = 5) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var tv = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { close(socket); throw URLError(.cannotConnectToHost) }
    }

    deinit { close(socket) }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Reads until `done` says the text so far is enough, the peer closes, or the timeout passes.
    /// The blocking reads run on a dispatch queue: on a two-core machine, blocking the two threads of
    /// the concurrency pool would stop the very server the test is waiting for.
    func read(until done: @escaping @Sendable (String) -> Bool = { _ in false }) async -> String {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: self.readBlocking(until: done)) }
        }
    }

    private func readBlocking(until done: (String) -> Bool) -> String {
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(socket, &buffer, buffer.count, 0)
            if n <= 0 { break }
            received.append(contentsOf: buffer[0..<n])
            if done(String(decoding: received, as: UTF8.self)) { break }
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// One GET with `Connection: close`; the whole response, head and body. The bound is wide:
    /// beside every other suite on two cores, a preview's answer took over five seconds.
    static func get(_ target: String, port: UInt16) async throws -> String {
        let client = try RawHTTP(port: port, timeout: 60)
        client.send("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        return await client.read()
    }
}
