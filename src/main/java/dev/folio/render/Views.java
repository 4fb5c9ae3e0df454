package dev.folio.render;

import dev.folio.model.BaseUrl;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.SiteConfig;
import dev.folio.render.view.Alternate;
import dev.folio.render.view.ChooserView;
import dev.folio.render.view.CiteView;
import dev.folio.render.view.EditionView;
import dev.folio.render.view.LanguageLink;
import dev.folio.render.view.MetaView;
import dev.folio.render.view.NavLink;
import dev.folio.render.view.NavView;
import dev.folio.render.view.PageView;
import dev.folio.render.view.PdfLink;
import dev.folio.render.view.ReportView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Builds the views templates see, by name: what every page shows around its body (site title,
 * language switch, alternates, navigation, its report), and what the page itself adds (title,
 * description, section, neighbours, body). One per build.
 */
final class Views {
  private final SiteConfig config;
  private final BaseUrl base;

  /** An interface string of a language Folio itself needs (missing: a problem, and the key). */
  private final BiFunction<Language, String, String> label;

  Views(SiteConfig config, BaseUrl base, BiFunction<Language, String, String> label) {
    this.config = config;
    this.base = base;
    this.label = label;
  }

  /**
   * From a page at {@code sitePath} ({@code zh/chips/}) back to the site's root: {@code ../../}.
   */
  static String root(String sitePath) {
    return "../".repeat((int) sitePath.chars().filter(c -> c == '/').count());
  }

  /**
   * What a page of a report shows of it: its metadata, its cover (in a site of several reports),
   * where it stands among its editions and, where its history was read, its Changes page.
   */
  record ReportFrame(ReportView report, NavLink cover, EditionView edition, NavLink changes) {
    static final ReportFrame NONE = new ReportFrame(null, null, null, null);
  }

  /**
   * What a page shows of the report as a publication: its PDF edition, what the page tells the
   * sites it is shared on, and (on a report's cover) how to cite it.
   */
  record Published(PdfLink pdf, MetaView meta, CiteView howToCite) {
    static final Published NONE = new Published(null, null, null);
  }

  /** A content page around its rendered body. */
  PageView contentPage(
      Page page, String root, String body, Navigation navigation, ReportFrame report) {
    return contentPage(page, root, body, navigation, report, Published.NONE);
  }

  /** A content page around its rendered body, with what it shows of the publication. */
  PageView contentPage(
      Page page,
      String root,
      String body,
      Navigation navigation,
      ReportFrame report,
      Published published) {
    return frame(page.lang(), page.report(), page.key(), root)
        .title(page.title())
        .description(page.description())
        .section(page.section())
        .body(body)
        .nav(navigation.view(page, root))
        .previous(navigation.previous(page, root))
        .next(navigation.next(page, root))
        .home(page.isHome())
        .report(report)
        .pdf(published.pdf())
        .meta(published.meta())
        .howToCite(published.howToCite())
        .build();
  }

  /**
   * A page of Folio's own at {@code FOLDER/KEY/} (or {@code FOLDER/SLUG/KEY/} of a report): no
   * body, section or neighbours.
   */
  PageView generatedPage(
      Language lang, String slug, String key, String title, NavView nav, ReportFrame report) {
    return generatedPage(lang, slug, key, title, nav, report, Published.NONE);
  }

  /** A page of Folio's own, with what it shows of the publication. */
  PageView generatedPage(
      Language lang,
      String slug,
      String key,
      String title,
      NavView nav,
      ReportFrame report,
      Published published) {
    return frame(lang, slug, key, root(Page.sitePath(lang, slug, key)))
        .title(title)
        .nav(nav)
        .report(report)
        .pdf(published.pdf())
        .meta(published.meta())
        .build();
  }

  /** What every page of a language shows around its own part. */
  private Builder frame(Language lang, String slug, String key, String root) {
    Builder view = new Builder();
    view.lang = lang.folder();
    view.htmlLang = lang.code();
    view.dir = TextDirection.of(lang);
    view.siteTitle = config.title().in(lang);
    view.root = root;
    view.canonical = base.url(Page.sitePath(lang, slug, key));
    view.alternates = alternates(slug, key);
    view.languages = languageLinks(lang, slug, key, root);
    return view;
  }

  /** The same page in every other language, for the language switch. */
  private List<LanguageLink> languageLinks(Language current, String slug, String key, String root) {
    return config.languages().stream()
        .filter(other -> !other.equals(current))
        .map(
            other ->
                new LanguageLink(
                    other.folder(),
                    other.code(),
                    root + Page.sitePath(other, slug, key),
                    other.name()))
        .toList();
  }

  private List<Alternate> alternates(String slug, String key) {
    List<Alternate> alternates = new ArrayList<>();
    for (Language lang : config.languages()) {
      alternates.add(new Alternate(lang.code(), base.url(Page.sitePath(lang, slug, key))));
    }
    alternates.add(new Alternate("x-default", base.url("")));
    return alternates;
  }

  /** Every language's home page, the default language first. */
  ChooserView chooser(String root) {
    List<Language> languages = new ArrayList<>(config.languages());
    languages.remove(config.defaultLanguage());
    languages.add(0, config.defaultLanguage());
    List<ChooserView.Choice> choices = new ArrayList<>();
    for (Language lang : languages) {
      choices.add(
          new ChooserView.Choice(
              lang.folder(),
              lang.code(),
              root + lang.folder() + "/",
              lang.name(),
              config.title().in(lang),
              config.description().in(lang),
              label.apply(lang, "notfound.title"),
              label.apply(lang, "notfound.back")));
    }
    String title =
        String.join(" · ", choices.stream().map(ChooserView.Choice::siteTitle).distinct().toList());
    return new ChooserView(
        root,
        title,
        choices,
        alternates("", Page.HOME),
        base.url(""),
        siteMeta(languages.get(0), "", title));
  }

  /**
   * What a page of the site rather than of a report tells the sites it is shared on: the site's
   * title and description, and its card (the default language's home card at the root).
   */
  MetaView siteMeta(Language lang, String sitePath, String title) {
    String description = config.description().in(lang);
    String siteTitle = config.title().in(lang);
    return new MetaView(
        title,
        description,
        siteTitle,
        base.url(sitePath),
        config.publication().images()
            ? base.url(Publishing.card(Page.sitePath(lang, "", Page.HOME)))
            : null,
        siteTitle,
        Publishing.openGraph(lang),
        config.languages().stream()
            .filter(other -> !other.equals(lang))
            .map(Publishing::openGraph)
            .toList(),
        "website",
        List.of(),
        null);
  }

  /** A {@link PageView} given by name; what is not given is absent (null, or no body). */
  private static final class Builder {
    private String lang;
    private String htmlLang;
    private String dir;
    private String siteTitle;
    private String title;
    private String description;
    private Integer section;
    private String body = "";
    private String root;
    private String canonical;
    private List<Alternate> alternates;
    private List<LanguageLink> languages;
    private NavView nav;
    private NavLink previous;
    private NavLink next;
    private boolean home;
    private ReportView report;
    private NavLink reportLink;
    private EditionView edition;
    private PdfLink pdf;
    private MetaView meta;
    private CiteView howToCite;
    private NavLink changes;

    Builder title(String title) {
      this.title = title;
      return this;
    }

    Builder description(String description) {
      this.description = description;
      return this;
    }

    Builder section(Integer section) {
      this.section = section;
      return this;
    }

    Builder body(String body) {
      this.body = body;
      return this;
    }

    Builder nav(NavView nav) {
      this.nav = nav;
      return this;
    }

    Builder previous(NavLink previous) {
      this.previous = previous;
      return this;
    }

    Builder next(NavLink next) {
      this.next = next;
      return this;
    }

    Builder home(boolean home) {
      this.home = home;
      return this;
    }

    Builder report(ReportFrame frame) {
      this.report = frame.report();
      this.reportLink = frame.cover();
      this.edition = frame.edition();
      this.changes = frame.changes();
      return this;
    }

    Builder pdf(PdfLink pdf) {
      this.pdf = pdf;
      return this;
    }

    Builder meta(MetaView meta) {
      this.meta = meta;
      return this;
    }

    Builder howToCite(CiteView howToCite) {
      this.howToCite = howToCite;
      return this;
    }

    PageView build() {
      return new PageView(
          lang,
          htmlLang,
          dir,
          siteTitle,
          title,
          description,
          section,
          body,
          root,
          canonical,
          alternates,
          languages,
          nav,
          previous,
          next,
          home,
          report,
          reportLink,
          edition,
          pdf,
          meta,
          howToCite,
          changes);
    }
  }
}
