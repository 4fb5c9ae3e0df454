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

  // On a page: the switch leads to the same section (anchor) in another language. Languages
  // are remembered by their folder (data-lang), the way the chooser names them.
  const current = document.documentElement.dataset.lang;
  if (current && !document.body.classList.contains("chooser")) {
    remember(current);
  }
  for (const link of document.querySelectorAll("a.lang-switch")) {
    link.addEventListener("click", () => {
      remember(link.dataset.lang);
      if (location.hash) {
        link.href = link.href.split("#")[0] + location.hash;
      }
      if (location.search && location.pathname.endsWith("/search/")) {
        link.href = link.href.split("#")[0] + location.search;
      }
    });
  }

  // A table wider than its box: mark the sides it can scroll towards (the stylesheet fades the
  // far one and shadows the first column), again as it scrolls or its box changes size (a
  // chart's data opened, a window turned). scrollLeft is negative right to left.
  const cue = (box) => {
    const room = box.scrollWidth - box.clientWidth;
    const scrolled = Math.abs(box.scrollLeft);
    box.classList.toggle("more-start", room > 1 && scrolled > 1);
    box.classList.toggle("more-end", room > 1 && scrolled < room - 1);
  };
  const boxes = document.querySelectorAll(".table-scroll");
  const resized = "ResizeObserver" in window
    ? new ResizeObserver((entries) => entries.forEach((entry) => cue(entry.target))) : null;
  for (const box of boxes) {
    cue(box);
    box.addEventListener("scroll", () => cue(box), { passive: true });
    if (resized) {
      resized.observe(box);
    }
  }

  // On the language chooser: go to the remembered language, or suggest the browser's.
  const chooser = document.querySelector("body.chooser [data-choices]");
  if (chooser) {
    const saved = remembered();
    if (saved && chooser.querySelector(`[data-lang="${saved}"]`)) {
      location.replace(chooser.querySelector(`[data-lang="${saved}"] a`).href);
      return;
    }
    // The browser's languages in its order of preference: an exact tag first (zh-CN, en-GB),
    // else the same language (zh-TW finds a zh-Hant or zh-CN choice, en-US an en one).
    const choices = [...chooser.querySelectorAll("[data-lang]")];
    const primary = (tag) => tag.toLowerCase().split("-")[0];
    const matching = (tag) => choices.find((c) => c.lang.toLowerCase() === tag.toLowerCase())
      || choices.find((c) => primary(c.lang) === primary(tag));
    const suggested = (navigator.languages || [navigator.language || ""])
      .filter((tag) => tag).map(matching).find((choice) => choice);
    if (suggested) {
      suggested.classList.add("suggested");
      chooser.prepend(suggested);
      for (const link of chooser.querySelectorAll("a")) {
        link.addEventListener("click", () => remember(link.closest("[data-lang]").dataset.lang));
      }
    }
  }
})();
