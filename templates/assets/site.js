// Folio: remember the reader's language, and keep the section when switching language.
(() => {
  "use strict";
  const KEY = "folio.lang";
  const remember = (lang) => {
    try { localStorage.setItem(KEY, lang); } catch (e) { /* private mode: nothing to keep */ }
  };
  const remembered = () => {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  };

  // On a page: the switch leads to the same section (anchor) in the other language.
  const current = document.documentElement.lang;
  if (current && !document.body.classList.contains("chooser")) {
    remember(current.startsWith("zh") ? "zh" : "en");
  }
  for (const link of document.querySelectorAll("a.lang-switch")) {
    link.addEventListener("click", () => {
      remember(link.dataset.lang.startsWith("zh") ? "zh" : "en");
      if (location.hash) {
        link.href = link.href.split("#")[0] + location.hash;
      }
      if (location.search && location.pathname.endsWith("/search/")) {
        link.href = link.href.split("#")[0] + location.search;
      }
    });
  }

  // On the language chooser: go to the remembered language, or suggest the browser's.
  const chooser = document.querySelector("body.chooser [data-choices]");
  if (chooser) {
    const saved = remembered();
    if (saved && chooser.querySelector(`[data-lang="${saved}"]`)) {
      location.replace(chooser.querySelector(`[data-lang="${saved}"] a`).href);
      return;
    }
    const wanted = (navigator.languages || [navigator.language || ""])
      .map((tag) => tag.toLowerCase().startsWith("zh") ? "zh" : tag.toLowerCase().startsWith("en") ? "en" : null)
      .find((lang) => lang);
    const suggested = wanted && chooser.querySelector(`[data-lang="${wanted}"]`);
    if (suggested) {
      suggested.classList.add("suggested");
      chooser.prepend(suggested);
      for (const link of chooser.querySelectorAll("a")) {
        link.addEventListener("click", () => remember(link.closest("[data-lang]").dataset.lang));
      }
    }
  }
})();
