import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plain HTTP/1.1 client over a TCP socket to 127.0.0.1, for testing the
/// server as a browser or an attacker would reach it: the request target is
/// sent exactly as written (`/%2e%2e/…` is not tidied up first), and
/// streamed responses can be read chunk by chunk.
///
/// Its calls block; the async ones run on threads of their own, never on
/// Swift's cooperative threads, which the server under test needs.
final class HTTPConnection: @unchecked Sendable {
    struct Response: Sendable {
        var status: Int
        /// Header names in lower case.
        var headers: [String: String]
        var body: Data

        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let socket: Int32
    private var buffer = Data()
    private var chunked = false

    init(port: Int) throws {
        #if canImport(Glibc)
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socket >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socket)
            throw Failure(description: "connect to port \(port): \(String(cString: strerror(errno)))")
        }
    }

    deinit { close(socket) }

    // MARK: - Whole requests

    /// One request on a new connection; the answer read in full.
    static func request(
        port: Int, _ method: String = "GET", _ target: String, headers: [String: String] = [:]
    ) async throws -> Response {
        try await HTTPConnection.offThread { () throws -> Response in
            let connection = try HTTPConnection(port: port)
            try connection.send(method, target, headers: headers.merging(["Connection": "close"]) { old, _ in old })
            var response = try connection.readHead(deadline: Date() + 10)
            if method != "HEAD" && response.status != 304 {
                response.body = try connection.readBody(response.headers, deadline: Date() + 10)
            }
            return response
        }
    }

    /// Runs blocking work on a thread of its own.
    static func offThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }

    // MARK: - Parts

    func send(_ method: String, _ target: String, headers: [String: String] = [:]) throws {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        let bytes = Array(head.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { write(socket, $0.baseAddress, $0.count) }
            guard count > 0 else { throw Failure(description: "write: \(String(cString: strerror(errno)))") }
            sent += count
        }
    }

    /// The status line and headers.
    func readHead(deadline: Date) throws -> Response {
        let status = try readLine(deadline: deadline)
        let parts = status.split(separator: " ")
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let code = Int(parts[1]) else {
            throw Failure(description: "not an HTTP status line: \(status)")
        }
        var headers: [String: String] = [:]
        while true {
            let line = try readLine(deadline: deadline)
            if line.isEmpty { break }
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        chunked = headers["transfer-encoding"]?.lowercased().contains("chunked") ?? false
        return Response(status: code, headers: headers, body: Data())
    }

    /// The whole body: by Content-Length, chunk by chunk, or up to the end of the connection.
    func readBody(_ headers: [String: String], deadline: Date) throws -> Data {
        if chunked {
            var body = Data()
            while let chunk = try readChunk(deadline: deadline) { body += chunk }
            return body
        }
        if let length = headers["content-length"].flatMap(Int.init) {
            return try read(count: length, deadline: deadline)
        }
        var body = Data()
        while try fill(deadline: deadline) {}
        body = buffer
        buffer = Data()
        return body
    }

    /// The next chunk of a chunked body; nil at its end.
    func readChunk(deadline: Date) throws -> Data? {
        let sizeLine = try readLine(deadline: deadline)
        guard let size = Int(sizeLine.split(separator: ";").first ?? "", radix: 16) else {
            throw Failure(description: "bad chunk size line: \(sizeLine)")
        }
        if size == 0 {
            _ = try? readLine(deadline: deadline)
            return nil
        }
        let chunk = try read(count: size, deadline: deadline)
        _ = try readLine(deadline: deadline)
        return chunk
    }
}

// MARK: - Reading

private extension HTTPConnection {
    /// Reads more bytes into the buffer; false at the end of the connection.
    func fill(deadline: Date) throws -> Bool {
        var bytes = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = bytes.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                buffer.append(contentsOf: bytes[..<count])
                return true
            }
            if count == 0 { return false }
            guard errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR else {
                throw Failure(description: "read: \(String(cString: strerror(errno)))")
            }
            if Date() > deadline { throw Failure(description: "timed out waiting for the server") }
        }
    }

    func readLine(deadline: Date) throws -> String {
        while true {
            if let end = buffer.firstRange(of: Data("\r\n".utf8)) {
                let line = String(decoding: buffer[buffer.startIndex..<end.lowerBound], as: UTF8.self)
                buffer = Data(buffer[end.upperBound...])
                return line
            }
            guard try fill(deadline: deadline) else { throw Failure(description: "the connection closed mid-line") }
        }
    }

    func read(count: Int, deadline: Date) throws -> Data {
        while buffer.count < count {
            guard try fill(deadline: deadline) else { throw Failure(description: "the connection closed mid-body") }
        }
        let data = Data(buffer.prefix(count))
        buffer = Data(buffer.dropFirst(count))
        return data
    }
}
