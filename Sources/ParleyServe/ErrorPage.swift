import ParleySite

/// The page a browser shows while the content has errors: the same
/// `path:line:col: error: message` lines as the terminal. It loads the
/// live-reload script, so it gives way to the site by itself once the files
/// are fixed.
///
/// Open pages show the same lines over the last good page (the script draws
/// them from the `failed` event); this page is for addresses that have no
/// good build to show, and for `/_parley/error`.
enum ErrorPage {
    static func render(lines: [String]?) -> String {
        let body: HTML
        if let lines {
            body = """
            <h1>The site does not build</h1>
            <p>Fix the files below and save: this page reloads by itself.</p>
            <pre>\(lines.joined(separator: "\n"))</pre>
            """
        } else {
            body = """
            <h1>The site builds</h1>
            <p>No errors. <a href="/">Go to the home page</a>.</p>
            """
        }
        let page: HTML = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>parley serve</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; margin: 0; padding: 2rem; color: #1a1a1a; background: #fff8f6; }
        h1 { font-size: 1.4rem; color: #a50e0e; margin-top: 0; }
        pre { font: 14px/1.5 ui-monospace, monospace; white-space: pre-wrap; background: #fff; border: 1px solid #e3c4c0; padding: 1rem; }
        @media (prefers-color-scheme: dark) { body { color: #eee; background: #201414; } h1 { color: #ff8a80; } pre { background: #111; border-color: #5a2e2a; } }
        </style>
        <script src="\(LiveReloadScript.path)" defer></script>
        </head>
        <body>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
        return page.markup
    }
}
