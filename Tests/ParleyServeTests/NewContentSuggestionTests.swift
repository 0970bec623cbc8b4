import Foundation
import ParleySite
@testable import ParleyServe
import Testing

/// `parley new` and the folders named on the command line offer the id or folder meant.
@Suite("Did you mean, where an id or a folder is typed")
struct NewContentSuggestionTests {
    /// A site of the user's own, with one interview and one topic.
    func site() throws -> TemporarySite {
        let site = try TemporarySite(copyingSeed: false)
        try site.save("Content/interviews/water-2025/index.md", "---\ntitle: T\ndate: 2025-01-02\ninterviewee: A\ninterviewer: B\n---\n")
        try site.save("Content/topics/groundwater.md", "---\ntitle: Groundwater\n---\n")
        return site
    }

    func create(_ site: TemporarySite, _ kind: NewContent.Kind, _ id: String) -> Result<NewContent.Created, NewContent.Failure> {
        NewContent.create(.init(root: site.root, kind: kind, id: id, today: Day(iso: "2025-02-03")!))
    }

    @Test("a question of a misspelt interview offers the interview meant")
    func misspeltInterview() throws {
        let site = try site()
        defer { site.delete() }
        #expect(create(site, .question, "wtaer-2025/q4") == .failure(.noInterview(
            "there is no interview 'wtaer-2025'. Did you mean 'water-2025'? Then run: parley new question water-2025/q4 "
            + "(or, for a new interview 'wtaer-2025', create it first with: parley new interview wtaer-2025)")))
    }

    @Test("an id with capitals or '_' offers the id it should be")
    func badID() throws {
        let site = try site()
        defer { site.delete() }
        #expect(create(site, .interview, "Water_2025") == .failure(.badID(
            "'Water_2025' is not a valid interview id: ids are lower-case letters, digits and '-'; "
            + "use 'water-2025': parley new interview water-2025")))
        #expect(create(site, .question, "water-2025/Q4") == .failure(.badID(
            "'Q4' is not a valid question id: ids are lower-case letters, digits and '-'; use 'q4': parley new question water-2025/q4")))
    }

    @Test("a new topic near an existing one is written, with the existing one named")
    func nearTopic() throws {
        let site = try site()
        defer { site.delete() }
        let created = try create(site, .topic, "groundwatr").get()
        #expect(created.path == "Content/topics/groundwatr.md")
        #expect(created.similar == "groundwater")
        #expect(try create(site, .topic, "energy").get().similar == nil)
    }

    @Test("a --site folder that does not exist offers the folder meant")
    func misspeltSite() throws {
        let site = try site()
        defer { site.delete() }
        let parent = site.root.deletingLastPathComponent().path
        #expect(FolderArgument.siteProblem(site.root.path) == nil)
        #expect(FolderArgument.siteProblem(parent + "/my siet") == "there is no folder '\(parent)/my siet'. "
            + "Did you mean '\(parent)/my site'? --site names the site's folder, the one that holds Content/")
        #expect(FolderArgument.outputProblem(site.root.path + "/Public") == nil)
        #expect(FolderArgument.outputProblem(parent + "/my siet/Public") == "there is no folder '\(parent)/my siet' to write the site into. "
            + "Did you mean '\(parent)/my site'? Create it first, or give --output a folder that exists or one to make inside it")
    }
}
