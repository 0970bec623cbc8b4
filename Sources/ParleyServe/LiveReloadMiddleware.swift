import Hummingbird

/// Answers `…/_parley/live-reload.js` at any depth with the live-reload
/// script: the site's 404 page loads it by a relative path, and a server shows
/// that page at whatever address was asked for.
struct LiveReloadMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head,
              request.uri.path.hasSuffix(LiveReloadScript.path) else {
            return try await next(request, context)
        }
        let bytes = ByteBuffer(string: LiveReloadScript.source)
        var headers = HTTPFields()
        headers[.contentType] = "text/javascript; charset=utf-8"
        headers[.contentLength] = String(bytes.readableBytes)
        return Response(status: .ok, headers: headers, body: request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: bytes))
    }
}
