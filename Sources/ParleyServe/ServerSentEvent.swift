/// One message of an `text/event-stream` (Server-Sent Events), as the browser's
/// `EventSource` reads it.
struct ServerSentEvent: Sendable, Equatable {
    /// The browser dispatches the message as an event of this name.
    var name: String
    /// The message's lines; the browser joins them with `\n` into `event.data`.
    var lines: [String]

    init(_ name: String, lines: [String]) {
        self.name = name
        self.lines = lines
    }

    init(_ name: String, data: String) {
        self.init(name, lines: [data])
    }

    /// The message on the wire: `event:`, one `data:` field per line, a blank line.
    var encoded: String {
        var text = "event: \(name)\n"
        for line in lines {
            // A line break inside a data field would end it early.
            for part in line.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
                text += "data: \(part)\n"
            }
        }
        if lines.isEmpty { text += "data:\n" }
        return text + "\n"
    }

    /// Sent first on every connection: how long the browser waits before
    /// reconnecting when the stream breaks (for instance when serve restarts).
    static let retry = "retry: 500\n\n"

    /// A comment line, sent now and then so that a closed connection is noticed.
    static let keepAlive = ": keep-alive\n\n"
}
