package dev.folio.render;

import dev.folio.model.BaseUrl;
import dev.folio.model.Content;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.render.view.Alternate;
import dev.folio.render.view.ChooserView;
import dev.folio.render.view.LanguageLink;
import dev.folio.render.view.NavLink;
import dev.folio.render.view.NavView;
import dev.folio.render.view.PageView;
import dev.folio.render.view.ReportView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Builds the views templates see, by name: what every page of a language shows around its body
 * (site title, language switch, alternates, navigation, the published work), and what the page
 * itself adds (title, description, section, neighbours, body). One per build.
 */
final class Views {
  /** From a page of Folio's own ({@code zh/search/}) to the site's root. */
  static final String GENERATED_ROOT = "../../";

  private final Content content;
  private final BaseUrl base;
  private final Map<Language, Navigation> navigations;
  private final Map<Language, ReportView> reports;

  /** An interface string of a language Folio itself needs (missing: a problem, and the key). */
  private final BiFunction<Language, String, String> label;

  Views(
      Content content,
      BaseUrl base,
      Map<Language, Navigation> navigations,
      Map<Language, ReportView> reports,
      BiFunction<Language, String, String> label) {
    this.content = content;
    this.base = base;
    this.navigations = navigations;
    this.reports = reports;
    this.label = label;
  }

  /** A content page around its rendered body. */
  PageView contentPage(Page page, String root, String body) {
    Navigation navigation = navigations.get(page.lang());
    return frame(page.lang(), page.key(), root)
        .title(page.title())
        .description(page.description())
        .section(page.section())
        .body(body)
        .nav(navigation.view(page, root))
        .previous(navigation.previous(page, root))
        .next(navigation.next(page, root))
        .home(page.isHome())
        .build();
  }

  /** A page of Folio's own at {@code FOLDER/KEY/}: no body, section or neighbours. */
  PageView generatedPage(Language lang, String key, String title, NavView nav) {
    return frame(lang, key, GENERATED_ROOT).title(title).nav(nav).build();
  }

  /** What every page of a language shows around its own part. */
  private Builder frame(Language lang, String key, String root) {
    Builder view = new Builder();
    view.lang = lang.folder();
    view.htmlLang = lang.code();
    view.siteTitle = content.config().title().in(lang);
    view.root = root;
    view.canonical = base.url(Page.sitePath(lang, key));
    view.alternates = alternates(key);
    view.languages = languageLinks(lang, key, root);
    view.report = reports.get(lang);
    return view;
  }

  /** The same page in every other language, for the language switch. */
  private List<LanguageLink> languageLinks(Language current, String key, String root) {
    return content.languages().stream()
        .filter(other -> !other.equals(current))
        .map(
            other ->
                new LanguageLink(
                    other.folder(),
                    other.code(),
                    MarkdownHtml.pageHref(root, other, key),
                    other.name()))
        .toList();
  }

  private List<Alternate> alternates(String key) {
    List<Alternate> alternates = new ArrayList<>();
    for (Language lang : content.languages()) {
      alternates.add(new Alternate(lang.code(), base.url(Page.sitePath(lang, key))));
    }
    alternates.add(new Alternate("x-default", base.url("")));
    return alternates;
  }

  /** Every language's home page, the default language first. */
  ChooserView chooser(String root) {
    List<Language> languages = new ArrayList<>(content.languages());
    languages.remove(content.config().defaultLanguage());
    languages.add(0, content.config().defaultLanguage());
    List<ChooserView.Choice> choices = new ArrayList<>();
    for (Language lang : languages) {
      choices.add(
          new ChooserView.Choice(
              lang.folder(),
              lang.code(),
              root + lang.folder() + "/",
              lang.name(),
              content.config().title().in(lang),
              content.config().description().in(lang),
              label.apply(lang, "notfound.title"),
              label.apply(lang, "notfound.back")));
    }
    String title =
        String.join(" · ", choices.stream().map(ChooserView.Choice::siteTitle).distinct().toList());
    return new ChooserView(root, title, choices, alternates(Page.HOME), base.url(""));
  }

  /** A {@link PageView} given by name; what is not given is absent (null, or no body). */
  private static final class Builder {
    private String lang;
    private String htmlLang;
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

    PageView build() {
      return new PageView(
          lang,
          htmlLang,
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
          report);
    }
  }
}
