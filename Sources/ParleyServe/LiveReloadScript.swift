/// The script every page of `parley serve` loads (never a page of `Public/`):
/// it listens to `/_parley/events` and reloads the page when a build has
/// changed the site, keeping the scroll position; while the content has
/// errors it shows them over the page.
///
/// Events: `hello` (the site's token, on every connection: a token other than
/// the one this tab last saw means the site changed while it was not
/// listening, or serve restarted), `reload` (the new token) and `failed` (the
/// error lines, one per `data:` line).
enum LiveReloadScript {
    /// Where the server answers it and its event stream. Pages load the
    /// script by a relative path, so the 404 page, shown at any address, asks
    /// for it at `…/any/folder/_parley/live-reload.js`: every path that ends
    /// so gets it.
    static let path = "/_parley/live-reload.js"
    static let eventsPath = "/_parley/events"
    static let errorPath = "/_parley/error"

    static let source = #"""
    // Live reload for `parley serve`. Served by parley serve only; never part of Public/.
    (() => {
      "use strict";
      const scrollKey = "parley:scroll:" + location.pathname;
      const tokenKey = "parley:token";

      const saved = sessionStorage.getItem(scrollKey);
      if (saved !== null) {
        sessionStorage.removeItem(scrollKey);
        const restore = () => window.scrollTo(0, Number(saved));
        restore();
        if (document.readyState !== "complete") window.addEventListener("load", restore, { once: true });
      }

      function reload(token) {
        sessionStorage.setItem(tokenKey, token);
        sessionStorage.setItem(scrollKey, String(window.scrollY));
        if ("scrollRestoration" in history) history.scrollRestoration = "manual";
        location.reload();
      }

      function showErrors(lines) {
        let panel = document.getElementById("parley-errors");
        if (!panel) {
          panel = document.createElement("div");
          panel.id = "parley-errors";
          panel.setAttribute("role", "alert");
          panel.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;" +
            "background:#fff8f6;color:#1a1a1a;font:16px/1.5 system-ui,sans-serif";
          document.body.appendChild(panel);
        }
        panel.replaceChildren();
        const title = document.createElement("h1");
        title.textContent = "The site does not build";
        title.style.cssText = "font-size:1.4rem;color:#a50e0e;margin-top:0";
        const hint = document.createElement("p");
        hint.textContent = "Fix the files below and save: this page reloads by itself. Until then parley serve keeps the last good build.";
        const text = document.createElement("pre");
        text.textContent = lines.join("\n");
        text.style.cssText = "font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap;background:#fff;border:1px solid #e3c4c0;padding:1rem";
        panel.append(title, hint, text);
      }

      // parley serve serves the site at the root, so this address holds at any depth.
      const events = new EventSource("/_parley/events");
      events.addEventListener("hello", (event) => {
        const known = sessionStorage.getItem(tokenKey);
        if (known !== null && known !== event.data) reload(event.data);
        else sessionStorage.setItem(tokenKey, event.data);
      });
      events.addEventListener("reload", (event) => reload(event.data));
      events.addEventListener("failed", (event) => showErrors(event.data.split("\n")));
    })();

    """#
}
