package dev.folio.render;

import dev.folio.format.Formats;
import dev.folio.model.BaseUrl;
import dev.folio.model.ChartSpec;
import dev.folio.model.Content;
import dev.folio.model.Embed;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Publication;
import dev.folio.model.StringsRead;
import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import dev.folio.render.view.ChartPageView;
import dev.folio.render.view.ChartView;
import dev.folio.render.view.NavLink;
import dev.folio.render.view.SourceView;
import dev.folio.render.view.TableView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A report's charts as they travel: each chart's own page and embed page, its image (SVG, with its
 * number, title, source and licence drawn around it), and the share cards of the report's pages,
 * which show a page's first chart. The views are those the web pages use, numbered the same way.
 */
final class ReportCharts {
  private final SiteTheme theme;
  private final Content content;
  private final BaseUrl base;
  private final Numbering numbering;
  private final BiFunction<Language, String, String> labels;
  private final Function<Language, List<Page>> pages;

  /** Each language's charts drawn so far: a chart is drawn once for its page, image and card. */
  private final Map<Language, Map<String, Drawn>> drawn = new ConcurrentHashMap<>();

  /** A chart drawn in its two layouts, with the interface strings the drawing read. */
  private record Drawn(List<String> svg, StringsRead read) {}

  /** What the image or card being made on this thread has read of the strings, if one is. */
  private final ThreadLocal<StringsRead.Recorder> recording = new ThreadLocal<>();

  /** Draws each chart, once for every build that draws it from the same values. */
  private final TaskRunner tasks;

  ReportCharts(
      SiteTheme theme,
      Content content,
      BaseUrl base,
      Numbering numbering,
      BiFunction<Language, String, String> label,
      Function<Language, List<Page>> pages,
      TaskRunner tasks) {
    this.tasks = tasks;
    this.theme = theme;
    this.content = content;
    this.base = base;
    this.numbering = numbering;
    this.labels = label;
    this.pages = pages;
  }

  /** What the chart's templates read of the theme. */
  static final List<String> TEMPLATES =
      List.of("chart-page.ftlh", "chart-embed.ftlh", "chart.ftlh", "table.ftlh", "chart-image.css");

  ChartSpec spec(String id) {
    return content.chart(id).orElseThrow();
  }

  /** The chart as a page at {@code root} places it. */
  ChartView chart(String id, Language lang, String root) {
    Function<String, String> labels = key -> label(lang, key);
    Map<String, Drawn> ofLang = drawn.computeIfAbsent(lang, key -> new ConcurrentHashMap<>());
    return new ChartViews(
            content,
            lang,
            labels,
            (spec, draw) -> {
              Drawn made = ofLang.computeIfAbsent(spec.id(), key -> draw(spec, lang, draw));
              noteRead(made.read());
              return made.svg();
            })
        .view(spec(id), root, numbering.chartLabel(id, lang, labels));
  }

  /**
   * A chart drawn in {@code lang}: a task that reads the chart and the tables it draws, with their
   * histories (it rings revised values; {@link Content#chartReads}), and the configuration (the
   * languages); and, as it runs, the interface strings it shows (its numbers' and dates' forms).
   */
  private Drawn draw(ChartSpec spec, Language lang, Supplier<List<String>> draw) {
    return tasks.run(
        Task.learning(
            Task.Boundary.OUTPUT,
            "chart drawing " + ChartPaths.imagePath(lang, content.slug(), spec.id(), "svg"),
            () -> {
              List<Object> reads = new ArrayList<>(List.of(content.config()));
              reads.addAll(content.chartReads(spec));
              return reads;
            },
            () -> {
              Recorded<List<String>> svg = recorded(draw);
              return new Drawn(svg.value(), svg.read());
            },
            kept -> kept.read().sameIn(content.strings())));
  }

  /** A result, with the interface strings its making read. */
  record Recorded<T>(T value, StringsRead read) {}

  /**
   * What {@code make} makes, with the interface strings it reads through this report's charts (and
   * those the drawings it uses read, made now or before): for a task that learns what it reads.
   */
  <T> Recorded<T> recorded(Supplier<T> make) {
    StringsRead.Recorder outer = recording.get();
    StringsRead.Recorder recorder = new StringsRead.Recorder();
    recording.set(recorder);
    T value;
    try {
      value = make.get();
    } finally {
      if (outer == null) {
        recording.remove();
      } else {
        recording.set(outer);
      }
    }
    StringsRead read = recorder.finish();
    noteRead(read);
    return new Recorded<>(value, read);
  }

  /** Adds what a step used here read to what the step being recorded on this thread reads. */
  private void noteRead(StringsRead read) {
    StringsRead.Recorder recorder = recording.get();
    if (recorder != null) {
      read.byFolder()
          .forEach(
              (folder, strings) ->
                  strings
                      .keySet()
                      .forEach(key -> recorder.read(content.strings().get(folder), key)));
    }
  }

  /** An interface string, recorded for the step being recorded on this thread, if one is. */
  private String label(Language lang, String key) {
    StringsRead.Recorder recorder = recording.get();
    if (recorder != null) {
      String text = recorder.read(content.strings(lang), key);
      if (text != null) {
        return text;
      }
    }
    return labels.apply(lang, key);
  }

  /** The chart's title with its number: {@code Figure 2 Title}. */
  String title(String id, Language lang) {
    String number = numbering.chartLabel(id, lang, key -> label(lang, key));
    String title = spec(id).title().in(lang);
    return number == null ? title : number + " " + title;
  }

  /**
   * The chart's page (and, for its embed page, the same view from there): a task that reads the
   * chart, the tables (and their revisions) it and its table show ({@link Content#chartReads}), the
   * configuration, where the site and its downloads are, the numbers of the charts and of its
   * table, and the page that places it, and learns the interface strings it shows as it runs; so a
   * build that changed none of them has the view of the last, whose page then compares by identity.
   */
  ChartPageView page(String id, Language lang, String root) {
    ChartSpec spec = spec(id);
    NavLink placedIn = placedIn(id, lang, root);
    return tasks
        .run(
            Task.learning(
                Task.Boundary.OUTPUT,
                "chart page view " + ChartPaths.pagePath(lang, content.slug(), id) + " " + root,
                () ->
                    Arrays.asList(
                        content.chartReads(spec),
                        content.config(),
                        content.slug(),
                        content.siteTables(),
                        base.url(""),
                        numbering.charts(),
                        numbering.table(spec.table()),
                        placedIn),
                () -> recorded(() -> pageView(id, lang, root, placedIn)),
                kept -> kept.read().sameIn(content.strings())))
        .value();
  }

  private ChartPageView pageView(String id, Language lang, String root, NavLink placedIn) {
    Function<String, String> labels = key -> label(lang, key);
    ChartSpec spec = spec(id);
    ChartView chart = chart(id, lang, root);
    TableView table =
        new TableViews(content, lang, labels)
            .view(
                content.tables().get(spec.table()),
                root,
                numbering.tableLabel(spec.table(), lang, labels));
    String embedUrl = base.url(ChartPaths.embedPath(lang, content.slug(), id));
    double[] size = ChartImages.size(chart.wideSvgHtml());
    String embedCode =
        "<iframe src=\""
            + Svgs.escape(embedUrl)
            + "\" title=\""
            + Svgs.escape(title(id, lang))
            + "\" loading=\"lazy\" style=\"width: 100%; aspect-ratio: "
            + Svgs.num(size[0])
            + " / "
            + Svgs.num(size[1] + 150)
            + "; border: 0;\"></iframe>";
    return new ChartPageView(
        chart,
        table,
        placedIn,
        root + ChartPaths.embedPath(lang, content.slug(), id),
        embedCode,
        base.url(ChartPaths.pagePath(lang, content.slug(), id)),
        content.config().title().in(lang),
        lang.folder(),
        lang.code(),
        TextDirection.of(lang),
        root);
  }

  /** The first page of the report that places the chart, linked at the chart; or null. */
  private NavLink placedIn(String id, Language lang, String root) {
    for (Page page : pages.apply(lang)) {
      for (Embed embed : page.embeds()) {
        if (embed.kind() == Embed.Kind.CHART && embed.name().equals(id)) {
          return new NavLink(
              page.title(),
              root + page.sitePath() + "#" + Embed.chartAnchor(id),
              false,
              page.section());
        }
      }
    }
    return null;
  }

  /** The chart's image as SVG: its words around it, its colours and {@code fonts} written in. */
  String image(String id, Language lang, String fonts) throws Templates.TemplateProblem {
    ChartView chart = chart(id, lang, "");
    ChartStyle style = style();
    ChartImages.Words words =
        new ChartImages.Words(
            title(id, lang), chart.description(), source(chart, lang), rights(id, lang));
    return ChartImages.image(style, chart.wideSvgHtml(), words, fonts);
  }

  /** The theme's chart-image.css, read once per build (and then by every image and card). */
  private ChartStyle style() throws Templates.TemplateProblem {
    ChartStyle made = style;
    if (made == null) {
      made = new ChartStyle(theme.render("chart-image.css", Map.of()));
      style = made;
    }
    return made;
  }

  private volatile ChartStyle style;

  /** "Source: …. Figures as of …." in the language's words and punctuation. */
  private String source(ChartView chart, Language lang) {
    StringBuilder source =
        new StringBuilder(label(lang, "table.source")).append(label(lang, "punct.colon"));
    List<SourceView> sources = chart.sources();
    for (int i = 0; i < sources.size(); i++) {
      if (i > 0) {
        source.append(label(lang, "punct.semicolon"));
      }
      source.append(sources.get(i).name());
    }
    return source
        .append(label(lang, "punct.period"))
        .append(label(lang, "table.asOf").replace("{date}", chart.asOf()))
        .toString()
        .strip();
  }

  /** The licence (or whose the chart is) and the chart's address. */
  private String rights(String id, Language lang) {
    Publication.License license = content.config().publication().license();
    String owner =
        content.report() != null && content.report().institution() != null
            ? content.report().institution().in(lang)
            : content.config().title().in(lang);
    String rights =
        license != null
            ? label(lang, "image.license").replace("{license}", license.name().in(lang))
            : label(lang, "image.rights").replace("{owner}", owner);
    return rights + " · " + base.url(ChartPaths.pagePath(lang, content.slug(), id));
  }

  /** The first chart a content page places, which its share card shows. */
  Optional<ChartSpec> firstChart(Page page) {
    for (Embed embed : page.embeds()) {
      if (embed.kind() == Embed.Kind.CHART && content.chart(embed.name()).isPresent()) {
        return content.chart(embed.name());
      }
    }
    return Optional.empty();
  }

  /** The share card of a content page, with its first chart if it places one. */
  String card(Page page, String fonts) throws Templates.TemplateProblem {
    String chart =
        firstChart(page).map(spec -> chart(spec.id(), page.lang(), "").wideSvgHtml()).orElse(null);
    return card(page.lang(), page.title(), chart, fonts);
  }

  /** The share card of a chart's page. */
  String chartCard(String id, Language lang, String fonts) throws Templates.TemplateProblem {
    return card(lang, title(id, lang), chart(id, lang, "").wideSvgHtml(), fonts);
  }

  private String card(Language lang, String title, String chart, String fonts)
      throws Templates.TemplateProblem {
    String siteTitle = content.config().title().in(lang);
    String over = content.report() == null ? siteTitle : content.report().title().in(lang);
    String under = siteTitle;
    if (content.report() != null) {
      under += " · " + new Formats(lang, key -> label(lang, key)).longDate(content.report().date());
    }
    String styled = chart == null ? null : style().apply(chart, "font-family", fonts);
    return Cards.card(over.equals(title) ? siteTitle : over, title, under, styled, fonts);
  }
}
