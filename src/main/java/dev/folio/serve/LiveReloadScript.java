package dev.folio.serve;

/**
 * The script the dev server adds to pages: reload on rebuild, show problems on failure. It tells
 * the server which build served the page ({@code data-build} on its tag), so that a page opened
 * while the last build is failing is shown the problems as soon as it connects, and one whose build
 * was replaced before it connected reloads.
 */
final class LiveReloadScript {
  static final String TEXT =
      """
      (() => {
        const build = document.currentScript && document.currentScript.dataset.build;
        const events = new EventSource("/_folio/events"
          + (build ? "?build=" + encodeURIComponent(build) : ""));
        events.addEventListener("reload", () => location.reload());
        events.addEventListener("problems", (event) => {
          let box = document.getElementById("folio-problems");
          if (!box) {
            box = document.createElement("pre");
            box.id = "folio-problems";
            box.setAttribute("role", "alert");
            box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;"
              + "margin:0;padding:1em;background:#fff1f0;color:#5c0011;border-top:3px solid #cf1322;"
              + "font:13px/1.5 ui-monospace,monospace;white-space:pre-wrap;z-index:2147483647";
            document.body.appendChild(box);
          }
          box.textContent = "Folio: the last change did not build; showing the last good site.\\n\\n"
            + event.data;
        });
      })();
      """;

  private LiveReloadScript() {}
}
