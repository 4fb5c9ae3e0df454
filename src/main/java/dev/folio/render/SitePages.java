package dev.folio.render;

import dev.folio.extension.EmbedType;
import dev.folio.format.Formats;
import dev.folio.model.BaseUrl;
import dev.folio.model.Content;
import dev.folio.model.InterfaceStrings;
import dev.folio.model.Language;
import dev.folio.model.OutputFile;
import dev.folio.model.Page;
import dev.folio.model.Problem;
import dev.folio.model.Problems;
import dev.folio.model.Report;
import dev.folio.model.Series;
import dev.folio.model.Site;
import dev.folio.model.SourcePos;
import dev.folio.model.Task;
import dev.folio.render.view.HomeView;
import dev.folio.render.view.NavLink;
import dev.folio.render.view.NavView;
import dev.folio.render.view.NotFoundView;
import dev.folio.render.view.PageView;
import dev.folio.render.view.RedirectView;
import dev.folio.render.view.ReportEntry;
import dev.folio.render.view.SeriesView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pages of the site rather than of a report: the language chooser and 404 at the root, the
 * search page of each language, the assets, and in a site of several reports its home (every
 * report, newest first), a page per series with the stable address of its latest report, and the
 * pages that lead from a moved report's old addresses to its new ones.
 */
public final class SitePages {
  /** Where a series' pages are under a language's folder: {@code zh/series/ID/}. */
  public static final String SERIES = "series";

  /** Most reports a site page's navigation lists: the newest; the home lists them all. */
  static final int MAX_REPORTS = 20;

  private final SiteTheme theme;
  private final Site site;
  private final BaseUrl base;
  private final Map<String, Renderer> renderers;
  private final Editions editions;
  private final Views views;
  private final Map<Language, Object> frames = new HashMap<>();
  private final Problems problems = new Problems();

  /**
   * @param renderers the renderer of each report, by slug
   */
  public SitePages(SiteTheme theme, Site site, BaseUrl base, Map<String, Renderer> renderers) {
    this.theme = theme;
    this.site = site;
    this.base = base;
    this.renderers = Map.copyOf(renderers);
    this.editions = new Editions(site);
    this.views = new Views(site.config(), base, (lang, key) -> label(lang, key));
    for (Language lang : site.languages()) {
      frames.put(lang, List.of(strings(lang), site.config(), theme.sources()));
    }
  }

  /** Problems of the interface strings these pages need. */
  public List<Problem> problems() {
    return problems.list();
  }

  /** {@code index.html}: the language chooser at the site's root. */
  public RenderedFile chooserPage() {
    return theme.file("index.html", "chooser.ftlh", Map.of("view", views.chooser("")));
  }

  /** The site's share card in a language: {@code FOLDER/card.png}. */
  public static String card(Language lang) {
    return Publishing.card(Page.sitePath(lang, "", Page.HOME));
  }

  /**
   * The site's card in {@code lang} as SVG (its title and description), which its home, series and
   * search pages show; none for a site at its root, whose home is its report's cover (with a card
   * of its own).
   */
  public Optional<Task<RenderedFile>> cardTask(Language lang, String fonts) {
    if (site.atRoot()) {
      return Optional.empty();
    }
    String path = card(lang) + ".svg";
    String title = site.config().title().in(lang);
    String description = site.config().description().in(lang);
    return Optional.of(
        Task.of(
            Task.Boundary.OUTPUT,
            path,
            () -> List.of(path, title, description, fonts),
            () ->
                RenderedFile.of(
                    OutputFile.text(path, Cards.card("", title, description, null, fonts)))));
  }

  /** {@code 404.html}, served at any depth: its links start at the base path. */
  public RenderedFile notFoundPage() {
    return theme.file(
        "404.html",
        "404.ftlh",
        Map.of("view", new NotFoundView(base.path(), views.chooser(base.path()).choices())));
  }

  /** {@code FOLDER/search/}: the search form and results, filled in by assets/search.js. */
  public Task<RenderedFile> searchPageTask(Language lang) {
    String title = label(lang, "search.title");
    if (site.atRoot()) {
      return renderers.get("").searchPageTask(lang, title);
    }
    return sitePageTask(lang, Page.SEARCH, "search.ftlh", title, Map.of());
  }

  /** {@code FOLDER/}: every report, newest first, and the series (a site of several reports). */
  public Task<RenderedFile> homePageTask(Language lang) {
    String root = Views.root(lang.folder() + "/");
    List<HomeView.SeriesEntry> series = new ArrayList<>();
    for (Series one : site.config().series().values()) {
      List<ReportEntry> reports = entries(lang, root, one.id());
      if (!reports.isEmpty()) {
        series.add(
            new HomeView.SeriesEntry(
                one.name().in(lang),
                root + seriesPath(lang, one.id()),
                reports.size(),
                reports.get(0)));
      }
    }
    return sitePageTask(
        lang,
        Page.HOME,
        "home.ftlh",
        site.config().title().in(lang),
        Map.of("home", new HomeView(entries(lang, root, null), series)));
  }

  /** {@code FOLDER/series/ID/}: the series' reports, newest first. */
  public Task<RenderedFile> seriesPageTask(Language lang, Series series) {
    String key = SERIES + "/" + series.id();
    String root = Views.root(Page.sitePath(lang, "", key));
    SeriesView view =
        new SeriesView(
            series.name().in(lang),
            entries(lang, root, series.id()),
            root + latestPath(lang, series));
    return sitePageTask(lang, key, "series.ftlh", series.name().in(lang), Map.of("series", view));
  }

  /**
   * {@code FOLDER/series/ID/latest/}: a page that leads to the series' latest report, the stable
   * address of "the latest one"; none for a series no report names yet.
   */
  public Optional<RenderedFile> latestPage(Language lang, Series series) {
    String path = latestPath(lang, series);
    return reports(series.id()).stream()
        .findFirst()
        .map(
            latest ->
                redirect(
                    lang,
                    path,
                    Page.sitePath(lang, latest.slug(), Page.HOME),
                    latest.title().in(lang),
                    "series.latest"));
  }

  /**
   * The pages at a moved report's old addresses ({@code FOLDER/KEY/} of a site at its root), each
   * leading to the page's new address; none where the site now has a page of its own.
   */
  public List<RenderedFile> movedPages(Content report, Set<String> written) {
    List<RenderedFile> pages = new ArrayList<>();
    for (Page page : report.pages()) {
      String old = Page.sitePath(page.lang(), "", page.key());
      if (!page.isHome() && !written.contains(old + "index.html")) {
        pages.add(redirect(page.lang(), old, page.sitePath(), page.title(), "redirect.moved"));
      }
    }
    for (Language lang : site.languages()) {
      String old = Page.sitePath(lang, "", Page.CONTENTS);
      if (!written.contains(old + "index.html")) {
        pages.add(
            redirect(
                lang,
                old,
                Page.sitePath(lang, report.slug(), Page.CONTENTS),
                label(lang, "contents.title"),
                "redirect.moved"));
      }
    }
    return pages;
  }

  /**
   * A page at {@code old} (a folder) that leads to {@code target}, titled with the report's title:
   * an old address of a page of the report's that is none of its content pages (a chart's page).
   */
  public RenderedFile movedFolder(Content report, Language lang, String old, String target) {
    return redirect(lang, old, target, report.report().title().in(lang), "redirect.moved");
  }

  /**
   * The site's {@code assets/}: the theme's, the extensions' of the embeds some page places, each
   * replaced by the project's {@code templates/assets/} file of the same name.
   */
  public Task<List<OutputFile>> assetsTask(Set<String> usedEmbeds) {
    Map<String, EmbedType> embeds = new HashMap<>();
    renderers.values().forEach(renderer -> embeds.putAll(renderer.embeds()));
    List<EmbedType> used = new TreeSet<>(usedEmbeds).stream().map(embeds::get).toList();
    return Task.of(
        Task.Boundary.OUTPUT,
        "assets",
        () -> {
          List<Object> reads = new ArrayList<>(List.of(theme.sources()));
          reads.addAll(used);
          return reads;
        },
        () -> {
          List<OutputFile> extensionAssets = new ArrayList<>();
          used.forEach(embed -> extensionAssets.addAll(embed.assets()));
          return theme.assets(extensionAssets);
        });
  }

  /** A page of the site at {@code FOLDER/KEY/}, its navigation the site's newest reports. */
  private Task<RenderedFile> sitePageTask(
      Language lang, String key, String template, String title, Map<String, Object> more) {
    String sitePath = Page.sitePath(lang, "", key);
    String root = Views.root(sitePath);
    PageView view =
        views.generatedPage(
            lang,
            "",
            key,
            title,
            reportsNav(lang, root, key),
            Views.ReportFrame.NONE,
            new Views.Published(null, views.siteMeta(lang, sitePath, title), null));
    Map<String, Object> model = new HashMap<>(more);
    model.put("page", view);
    model.put("i18n", new InterfaceStringsMethod(strings(lang)));
    return Task.of(
        Task.Boundary.FRAME,
        sitePath,
        () -> List.of(template, sitePath, view, more, frames.get(lang)),
        () -> theme.file(sitePath + "index.html", template, model));
  }

  /** The navigation of a site page: the newest reports, then a link to the home, which has all. */
  private NavView reportsNav(Language lang, String root, String key) {
    List<NavView.NavItem> items = new ArrayList<>();
    List<Report> newest = reports(null);
    for (Report report : newest.subList(0, Math.min(MAX_REPORTS, newest.size()))) {
      items.add(
          new NavView.NavItem(
              Editions.cover(report, lang, root), null, 1, false, List.of(), null, null));
    }
    String home = root + Page.sitePath(lang, "", Page.HOME);
    NavView.NavMore later =
        newest.size() > MAX_REPORTS ? new NavView.NavMore(newest.size() - MAX_REPORTS, home) : null;
    return new NavView(
        new NavView.NavPart(null, List.copyOf(items), later),
        null,
        NavView.NavPart.NONE,
        new NavLink(label(lang, "reports.all"), home, Page.HOME.equals(key), null));
  }

  /** The reports of a series (every report, for null), newest first, as the listings show them. */
  private List<ReportEntry> entries(Language lang, String root, String series) {
    Formats formats = new Formats(lang, key -> label(lang, key));
    List<ReportEntry> entries = new ArrayList<>();
    for (Report report : reports(series)) {
      String seriesHref =
          report.seriesId() == null ? null : root + seriesPath(lang, report.seriesId());
      entries.add(
          new ReportEntry(
              report.title().in(lang),
              root + Page.sitePath(lang, report.slug(), Page.HOME),
              report.series() == null ? null : report.series().in(lang),
              seriesHref,
              report.number(),
              formats.longDate(report.date()),
              report.date().toString(),
              report.summary() == null ? null : report.summary().in(lang),
              editions.superseded(report)));
    }
    return entries;
  }

  /** The site's reports (of one series, unless null), newest first; the same day by slug. */
  private List<Report> reports(String series) {
    return site.reports().stream()
        .map(Content::report)
        .filter(report -> report != null && !report.atRoot())
        .filter(report -> series == null || series.equals(report.seriesId()))
        .sorted(Comparator.comparing(Report::date).reversed().thenComparing(Report::slug))
        .toList();
  }

  /**
   * A page at {@code path} that leads to {@code target} (both site paths of folders), saying the
   * interface string {@code message} before its link.
   */
  private RenderedFile redirect(
      Language lang, String path, String target, String title, String message) {
    String root = Views.root(path);
    RedirectView view =
        new RedirectView(
            lang.folder(),
            lang.code(),
            title,
            root + target,
            base.url(target),
            root,
            label(lang, message));
    return theme.file(path + "index.html", "redirect.ftlh", Map.of("view", view));
  }

  private static String seriesPath(Language lang, String series) {
    return Page.sitePath(lang, "", SERIES + "/" + series);
  }

  private static String latestPath(Language lang, Series series) {
    return seriesPath(lang, series.id()) + "latest/";
  }

  private InterfaceStrings strings(Language lang) {
    return site.strings().get(lang.folder());
  }

  /** An interface string Folio itself needs: a missing one is a problem. */
  private String label(Language lang, String key) {
    InterfaceStrings strings = strings(lang);
    String text = strings.strings().get(key);
    if (text == null) {
      problems.add(
          Problem.at(
              SourcePos.file(strings.path()),
              "interface string \"" + key + "\" is not defined",
              "Folio needs it; add \"" + key + ": …\" to " + strings.path()));
      return key;
    }
    return text;
  }
}
