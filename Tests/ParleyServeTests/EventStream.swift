import Foundation

/// A browser's `EventSource`, as far as the tests need one: a connection to
/// `/_parley/events` whose messages are read one at a time.
final class EventStream: @unchecked Sendable {
    struct Event: Sendable, Equatable {
        var name: String
        var data: String
    }

    private let connection: HTTPConnection
    private var pending = ""

    private init(connection: HTTPConnection) {
        self.connection = connection
    }

    /// Connects, and checks the answer is an event stream.
    static func open(port: Int) async throws -> EventStream {
        try await HTTPConnection.offThread { () throws -> EventStream in
            let connection = try HTTPConnection(port: port)
            try connection.send("GET", "/_parley/events", headers: ["Accept": "text/event-stream"])
            let head = try connection.readHead(deadline: Date() + 10)
            guard head.status == 200, head.headers["content-type"]?.hasPrefix("text/event-stream") == true else {
                throw HTTPConnection.Failure(description: "not an event stream: \(head.status) \(head.headers)")
            }
            return EventStream(connection: connection)
        }
    }

    /// The next event called `name` (earlier events of other names are skipped).
    func next(_ name: String, within seconds: Double = 10) async throws -> Event {
        try await HTTPConnection.offThread { () throws -> Event in
            let deadline = Date() + seconds
            while true {
                while let event = self.parseOne() {
                    if event.name == name { return event }
                }
                guard let chunk = try self.connection.readChunk(deadline: deadline) else {
                    throw HTTPConnection.Failure(description: "the event stream ended before a '\(name)' event")
                }
                self.pending += String(decoding: chunk, as: UTF8.self)
            }
        }
    }

    /// Takes one complete message off the pending text, as `EventSource` parses it.
    private func parseOne() -> Event? {
        while let end = pending.range(of: "\n\n") {
            let block = pending[..<end.lowerBound]
            pending = String(pending[end.upperBound...])
            var name = "message"
            var data: [String] = []
            for line in block.split(separator: "\n") {
                if line.hasPrefix(":") { continue }
                let (field, value) = line.firstIndex(of: ":").map {
                    (String(line[..<$0]), String(line[line.index(after: $0)...]).drop { $0 == " " })
                } ?? (String(line), "")
                switch field {
                case "event": name = String(value)
                case "data": data.append(String(value))
                default: continue
                }
            }
            if !data.isEmpty { return Event(name: name, data: data.joined(separator: "\n")) }
        }
        return nil
    }
}
