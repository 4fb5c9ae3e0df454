package dev.folio.output;

import com.ibm.icu.util.ULocale;
import dev.folio.model.Content;
import dev.folio.model.Language;
import dev.folio.model.OutputFile;
import dev.folio.model.Page;
import dev.folio.model.Parallel;
import dev.folio.model.Problem;
import dev.folio.model.Site;
import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import dev.folio.render.PdfFacts;
import dev.folio.render.PrintEdition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The PDF edition of every report in every language ({@code FOLDER/[SLUG/]report.pdf}), made from
 * the print templates and laid out by openhtmltopdf ({@link PdfEdition}); a site whose {@code
 * folio.yaml} says {@code publication: pdf: false}, or that publishes no report, has none.
 *
 * <p>Each edition is a task of the {@code OUTPUT} boundary that reads the report, the print
 * templates, where the site is published, the language's fonts and the static files: its XHTML is
 * rendered within the build (so that a template's mistake is a problem of the build: at once, or,
 * for {@code serve}, by {@link #output()}, which {@code serve} asks for after the pages), its
 * layout deferred. In a build ({@link When#WITH_THE_PAGES}) the layouts start at once, on threads
 * of their own, and run while the pages are rendered; a page's frame waits for its language's PDF,
 * whose size and page numbers it shows. For {@code serve} ({@link When#ON_REQUEST}) a PDF is laid
 * out only when a browser asks for it, and the pages link it without its size and page numbers.
 */
public final class PdfEditions implements AutoCloseable {
  /** When the PDFs are laid out. */
  public enum When {
    /** During the build, beside the pages, which then show their size and page numbers. */
    WITH_THE_PAGES,
    /** When a browser requests one ({@code serve}); the pages link them without facts. */
    ON_REQUEST
  }

  /** The file name of a report's PDF edition in its language's folder. */
  public static final String FILE = "report.pdf";

  /**
   * One edition: its document (with its problems) and its layout, each made once, when first asked
   * for or on a thread of the build's.
   */
  private static final class Edition {
    final OutputFile file;
    private final Once<PrintEdition.Document> document;
    private final Once<PdfEdition.Laid> laid;

    Edition(
        String path,
        Supplier<PrintEdition.Document> document,
        Function<PrintEdition.Document, PdfEdition.Laid> lay) {
      this.document = new Once<>(document);
      this.laid = new Once<>(() -> lay.apply(this.document.get()));
      this.file = OutputFile.deferred(path, () -> laid.get().pdf());
    }

    PrintEdition.Document document() {
      return document.get();
    }

    /** The layout; null if the document has problems. */
    PdfEdition.Laid laid() {
      return document().problems().isEmpty() ? laid.get() : null;
    }

    /** Makes the document, or the layout, on {@code executor}, unless it is made. */
    void start(ExecutorService executor, boolean layout) {
      executor.execute(
          () -> {
            try {
              if (layout) {
                laid();
              } else {
                document();
              }
            } catch (RuntimeException | Error e) {
              // kept: whoever asks for it gets it
            }
          });
    }
  }

  /** A value made once, by the first thread that asks; the others wait for it. */
  private static final class Once<T> {
    private final Supplier<T> make;
    private final CompletableFuture<T> value = new CompletableFuture<>();
    private boolean started;

    Once(Supplier<T> make) {
      this.make = make;
    }

    T get() {
      boolean now;
      synchronized (this) {
        now = !started;
        started = true;
      }
      if (now) {
        try {
          value.complete(make.get());
        } catch (RuntimeException | Error e) {
          value.completeExceptionally(e);
        }
      }
      return join(value);
    }
  }

  private record Key(String slug, Language lang) {}

  private final Map<Key, Edition> editions = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private final When when;
  private final ExecutorService executor;

  private PdfEditions(When when, ExecutorService executor) {
    this.when = when;
    this.executor = executor;
  }

  /**
   * The editions of {@code site}'s reports, started now in a build.
   *
   * @param prints each report's print edition, by slug
   * @param citations how to cite each report in each language (by slug), or null where none
   * @param fonts each language's fonts ({@link PdfFonts#of})
   */
  public static PdfEditions start(
      Site site,
      Map<String, PrintEdition> prints,
      Function<Content, Function<Language, String>> citations,
      Map<Language, PdfFonts.Fonts> fonts,
      Path source,
      TaskRunner tasks,
      When when) {
    if (!site.config().publication().pdf()
        || site.reports().stream().allMatch(report -> report.report() == null)) {
      return new PdfEditions(when, null);
    }
    PdfEditions editions =
        new PdfEditions(
            when,
            when == When.WITH_THE_PAGES
                // One thread of their own: the pages and images have the other cores meanwhile
                // (and a page that needs a later edition before this thread gets to it lays
                // that edition out itself).
                ? Executors.newSingleThreadExecutor(
                    runnable -> {
                      Thread thread = new Thread(runnable, "folio-pdf");
                      thread.setDaemon(true);
                      return thread;
                    })
                : null);
    if (fonts.values().stream().anyMatch(each -> !each.problems().isEmpty())) {
      return editions; // the fonts' problems are reported once, for the PDFs and the images
    }
    List<String> statics = staticStamp(source, site);
    for (Content report : site.reports()) {
      if (report.report() == null) {
        continue;
      }
      PrintEdition print = prints.get(report.slug());
      Function<Language, String> citation = citations.apply(report);
      for (Language lang : site.languages()) {
        if (!laysOut(lang)) {
          continue;
        }
        Edition edition =
            tasks.run(task(print, report, lang, fonts.get(lang), citation, source, statics));
        editions.editions.put(new Key(report.slug(), lang), edition);
      }
    }
    if (when == When.WITH_THE_PAGES) {
      // Each edition's document and then its layout, one edition after the other: the first
      // layout, the longest task of a build, starts as soon as its document is made (not after
      // every document), and a page that asks for a later edition's facts meanwhile makes that
      // edition on its own thread (Once), beside the first.
      editions.editions.values().forEach(edition -> edition.start(editions.executor, true));
    }
    // For serve, the documents are made by output(), for their problems, and each layout when its
    // PDF is requested.
    return editions;
  }

  private static Task<Edition> task(
      PrintEdition print,
      Content report,
      Language lang,
      PdfFonts.Fonts fonts,
      Function<Language, String> citation,
      Path source,
      List<String> statics) {
    String path = path(lang, report.slug());
    return Task.of(
        Task.Boundary.OUTPUT,
        "pdf " + path,
        () ->
            Arrays.asList(
                print.templates(),
                report,
                print.webHref(lang),
                lang,
                fonts.stamp(),
                fonts.families(),
                statics),
        // The citation is the report's in the language's style: the report and its strings.
        () ->
            new Edition(
                path,
                () -> print.document(lang, fonts.families(), citation.apply(lang)),
                document ->
                    PdfEdition.lay(
                        document,
                        lang,
                        fonts,
                        report.report().date(),
                        source.resolve(StaticFiles.FOLDER))));
  }

  /**
   * Whether the PDF edition can be made in a language: not in a right-to-left script (Arabic,
   * Hebrew…), which openhtmltopdf without its rtl-support module lays out left to right with its
   * letters unjoined; such a language's pages offer no PDF (docs/publishing.md) rather than a
   * broken one.
   */
  public static boolean laysOut(Language lang) {
    return !ULocale.forLanguageTag(lang.code()).isRightToLeft();
  }

  /** Where a report's PDF edition in {@code lang} is: {@code zh/SLUG/report.pdf}. */
  public static String path(Language lang, String slug) {
    return Page.sitePath(lang, slug, Page.HOME) + FILE;
  }

  /** The name a download of it is saved as: {@code SLUG-FOLDER.pdf}. */
  static String name(Language lang, String slug) {
    return (slug.isEmpty() ? "report" : slug) + "-" + lang.folder() + ".pdf";
  }

  /**
   * What a report's pages in {@code lang} say of its PDF: null for none; in a build, its size and
   * page numbers (waiting for its layout); on request, where it is only.
   */
  public PdfFacts facts(String slug, Language lang) {
    Edition edition = editions.get(new Key(slug, lang));
    if (edition == null || !problems.isEmpty()) {
      return null;
    }
    String path = path(lang, slug);
    if (when == When.ON_REQUEST) {
      // Without its document: one with problems fails the build (output()), whose pages are then
      // not served.
      return new PdfFacts(path, name(lang, slug), null, Map.of());
    }
    if (!edition.document().problems().isEmpty()) {
      return null;
    }
    PdfEdition.Laid laid = edition.laid();
    return new PdfFacts(path, name(lang, slug), (long) laid.pdf().length, laid.pages());
  }

  /**
   * The PDF files (deferred until asked for, or made in a build), and what kept any out: the
   * documents' problems. For {@code serve} the documents are made now, on every core.
   */
  public Output output() {
    List<OutputFile> files = new ArrayList<>();
    List<Problem> all = new ArrayList<>(problems);
    if (when == When.ON_REQUEST) {
      List.copyOf(editions.values()).parallelStream().forEach(Edition::document);
    }
    editions.values().forEach(edition -> all.addAll(edition.document().problems()));
    if (all.isEmpty()) {
      editions.values().forEach(edition -> files.add(edition.file));
    }
    return new Output(files, all);
  }

  /** The static files as they are on disk (a PDF shows the images among them). */
  private static List<String> staticStamp(Path source, Site site) {
    List<String> stamp = new ArrayList<>();
    Path folder = source.resolve(StaticFiles.FOLDER);
    for (String file : site.staticFiles()) {
      try {
        Path path = folder.resolve(file);
        stamp.add(file + " " + Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis());
      } catch (IOException e) {
        stamp.add(file);
      }
    }
    return stamp;
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw Parallel.thrown(e);
    }
  }

  /** Stops the threads of a build's layouts (they are done when its pages are). */
  @Override
  public void close() {
    if (executor != null) {
      executor.shutdown();
    }
  }
}
