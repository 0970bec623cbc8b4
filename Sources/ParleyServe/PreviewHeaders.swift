import Hummingbird

/// Headers for every response of `parley serve`: browsers must check back
/// before they reuse a page (`Cache-Control: no-cache`, answered with `304`
/// from the `ETag` when nothing changed), so a reload always shows the last
/// build; and they must not guess content types.
struct PreviewHeaders<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        if response.headers[.cacheControl] == nil {
            response.headers[.cacheControl] = "no-cache"
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        return response
    }
}
