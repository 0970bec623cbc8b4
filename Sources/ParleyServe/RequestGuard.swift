import Hummingbird

/// Turns away request paths that could name something outside the site, before
/// any file is looked up: `..` in any spelling (`%2e%2e`), encoded slashes and
/// backslashes (`%2f`, `%5c`), NUL bytes, and paths that do not start with a
/// single `/`. They get `400 Bad Request`.
struct RequestGuard<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard RequestPath.isSafe(request.uri.path) else {
            throw HTTPError(.badRequest, message: "This path is not allowed.")
        }
        return try await next(request, context)
    }
}
