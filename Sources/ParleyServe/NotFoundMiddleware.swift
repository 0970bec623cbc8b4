import Foundation
import Hummingbird

/// Answers what nothing else could with the site's own `404.html` and status
/// `404`, as a web server configured for the site would. Until a first build
/// has succeeded there is no site, so the answer is the error page instead.
///
/// The not-found page is a page of its own, which need not load the
/// live-reload script the other pages load; when it does not, the answer
/// (never the file) gets the script before `</head>`, so that it too reloads
/// once a rebuild brings the missing page.
struct NotFoundMiddleware<Context: RequestContext>: RouterMiddleware {
    let folder: URL
    let live: LiveSite

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            let response = try await next(request, context)
            guard response.status == .notFound else { return response }
        } catch let error as any HTTPResponseError where error.status == .notFound {
            // Answered below.
        }
        return await notFound(request)
    }
}

// MARK: - Responses

private extension NotFoundMiddleware {
    func notFound(_ request: Request) async -> Response {
        let status: HTTPResponse.Status
        let bytes: Data
        if await !live.hasGoodBuild {
            status = .internalServerError
            bytes = Data(ErrorPage.render(lines: await live.errorLines).utf8)
        } else if let page = FileManager.default.contents(atPath: folder.appendingPathComponent("404.html").path) {
            status = .notFound
            bytes = NotFoundMiddleware.withLiveReload(page)
        } else {
            status = .notFound
            bytes = Data("<!DOCTYPE html>\n<title>Not found</title>\n<h1>Not found</h1>\n".utf8)
        }
        var headers = HTTPFields()
        headers[.contentType] = MediaTypes.html.description
        headers[.contentLength] = String(bytes.count)
        let body = request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
        return Response(status: status, headers: headers, body: body)
    }

    static func withLiveReload(_ page: Data) -> Data {
        let text = String(decoding: page, as: UTF8.self)
        guard !text.contains(LiveReloadScript.path.dropFirst()), let head = text.range(of: "</head>") else { return page }
        let tag = "<script src=\"\(LiveReloadScript.path)\" defer></script>\n"
        return Data(text.replacingCharacters(in: head.lowerBound..<head.lowerBound, with: tag).utf8)
    }
}
