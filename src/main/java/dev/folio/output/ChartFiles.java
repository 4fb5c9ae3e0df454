package dev.folio.output;

import dev.folio.model.Language;
import dev.folio.model.TaskRunner;
import dev.folio.render.ChartPaths;
import dev.folio.render.RenderedFile;
import dev.folio.render.Renderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every chart of every report, in every language, as Our World in Data gives its charts: its own
 * page ({@code FOLDER/[SLUG/]charts/ID/}: the chart, its description, source, notes and data), its
 * image as SVG and, unless {@code publication: images: false}, as PNG at twice its size (its
 * number, title, source and licence drawn in), and an embed page for another site's {@code iframe}
 * ({@code charts/ID/embed/}). The pages are tasks of the {@code FRAME} boundary, the images of
 * {@code OUTPUT}; a PNG is drawn by {@link Images}.
 */
public final class ChartFiles {
  private ChartFiles() {}

  private record Work(Renderer report, String id, Language lang) {}

  /**
   * Each chart's SVG image and PNG.
   *
   * @param images draws the PNG images; null for a site without them
   */
  public static Output images(
      List<Renderer> reports,
      List<Language> languages,
      Map<Language, PdfFonts.Fonts> fonts,
      Images images,
      TaskRunner tasks) {
    return each(
        reports,
        languages,
        one -> {
          RenderedFile svg =
              tasks
                  .run(
                      one.report()
                          .chartImageTask(one.id(), one.lang(), fonts.get(one.lang()).families()))
                  .file();
          List<RenderedFile> files = new ArrayList<>(List.of(svg));
          if (images != null) {
            String png =
                ChartPaths.imagePath(one.lang(), one.report().content().slug(), one.id(), "png");
            svg.file().ifPresent(file -> files.add(images.png(file, png, 2, tasks)));
          }
          return files;
        });
  }

  /** Each chart's page and embed page. */
  public static Output pages(List<Renderer> reports, List<Language> languages, TaskRunner tasks) {
    return each(
        reports,
        languages,
        one ->
            List.of(
                tasks.run(one.report().chartPageTask(one.id(), one.lang())),
                tasks.run(one.report().chartEmbedTask(one.id(), one.lang()))));
  }

  private static Output each(
      List<Renderer> reports, List<Language> languages, Function<Work, List<RenderedFile>> files) {
    List<Work> work = new ArrayList<>();
    for (Renderer report : reports) {
      for (Language lang : languages) {
        report.charts().forEach(id -> work.add(new Work(report, id, lang)));
      }
    }
    List<RenderedFile> all = new ArrayList<>();
    work.parallelStream().map(files).toList().forEach(all::addAll);
    return Output.rendered(all);
  }
}
