import Foundation
import ParleySite
@testable import ParleyServe
import Testing

@Suite("parley new writes a content file with its front matter filled in")
struct NewContentTests {
    static let today = Day(iso: "2025-02-03")!

    func create(_ site: TemporarySite, _ kind: NewContent.Kind, _ id: String) -> Result<NewContent.Created, NewContent.Failure> {
        NewContent.create(.init(root: site.root, kind: kind, id: id, today: NewContentTests.today))
    }

    @Test("a question gets the next free number of its interview")
    func questionNumber() throws {
        let site = try TemporarySite()
        defer { site.delete() }
        let created = try create(site, .question, "norov-2020/q8").get()
        #expect(created.path == "Content/interviews/norov-2020/q8.md")
        #expect(created.number == 8)
        #expect(try site.read(created.path).contains("\nnumber: 8\n"))
        let next = try create(site, .question, "norov-2020/q9").get()
        #expect(next.number == 9)
    }

    @Test("an interview gets today's date and is a draft")
    func interview() throws {
        let site = try TemporarySite()
        defer { site.delete() }
        let created = try create(site, .interview, "akram-2025").get()
        #expect(created.path == "Content/interviews/akram-2025/index.md")
        let text = try site.read(created.path)
        #expect(text.contains("\ndate: 2025-02-03\n"))
        #expect(text.contains("\ndraft: true"))
    }

    @Test("every kind of new file builds at once, without errors", arguments: [
        (NewContent.Kind.topic, "water-security", "Content/topics/water-security.md"),
        (.figure, "trade-volume", "Content/figures/trade-volume.md"),
    ])
    func newFilesBuild(kind: NewContent.Kind, id: String, path: String) throws {
        let site = try TemporarySite()
        defer { site.delete() }
        #expect(try create(site, kind, id).get().path == path)
        #expect(try create(site, .interview, "new-2025").get().path == "Content/interviews/new-2025/index.md")
        #expect(try create(site, .question, "new-2025/q1").get().number == 1)
        let report = SiteCheck.run(.init(root: site.root, includeDrafts: true))
        #expect(report.errors.isEmpty, "\(report.errors)")
    }

    @Test("an existing file is never overwritten")
    func refusesToOverwrite() throws {
        let site = try TemporarySite()
        defer { site.delete() }
        let before = try site.read("Content/topics/afghanistan.md")
        #expect(throws: NewContent.Failure.exists("Content/topics/afghanistan.md already exists; parley new never overwrites a file")) {
            try create(site, .topic, "afghanistan").get()
        }
        #expect(try site.read("Content/topics/afghanistan.md") == before)
        #expect(throws: NewContent.Failure.self) { try create(site, .question, "norov-2020/q3").get() }
    }

    @Test("ids that the build would refuse are refused here first", arguments: [
        (NewContent.Kind.topic, "Water Security"), (.figure, ""), (.question, "norov-2020"), (.question, "norov-2020/Q8"),
        (.question, "norov-2020/index"), (.interview, "a/b"),
    ])
    func badIDs(kind: NewContent.Kind, id: String) throws {
        let site = try TemporarySite()
        defer { site.delete() }
        let result = create(site, kind, id)
        guard case let .failure(failure) = result, case .badID = failure else {
            Issue.record("expected a bad id failure, got \(result)")
            return
        }
    }

    @Test("a question needs its interview to exist")
    func questionNeedsInterview() throws {
        let site = try TemporarySite()
        defer { site.delete() }
        guard case let .failure(.noInterview(message)) = create(site, .question, "nobody-2025/q1") else {
            Issue.record("expected the interview to be missing")
            return
        }
        #expect(message.contains("parley new interview nobody-2025"))
    }

    @Test("the calendar day of a moment is taken in the given time zone")
    func dayOfDate() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Karachi")!
        // 2020-07-19T22:00:00Z is already 20 July in Islamabad.
        #expect(NewContent.day(of: Date(timeIntervalSince1970: 1_595_196_000), in: calendar).iso == "2020-07-20")
    }
}
