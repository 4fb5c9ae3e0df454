package dev.folio.render;

import dev.folio.model.OutputFile;
import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The theme of one build, shared by every report: the templates (the project's, the extensions',
 * the theme's, parsed once and kept by the build session while no template file changes) and the
 * assets.
 */
public final class SiteTheme {
  private final Theme theme;
  private final Templates templates;

  /** The {@code <@fragment>}s the build's templates rendered, to reuse. */
  private final Fragments fragments = new Fragments();

  /** Everything that can make the site's templates and assets differ. */
  private final String sources;

  private SiteTheme(Path source, List<String> extensionTemplates, TaskRunner tasks) {
    this.theme = new Theme(source, extensionTemplates);
    this.sources = theme.fingerprint();
    this.templates =
        tasks.run(
            Task.updating(
                Task.Boundary.PARSE,
                "templates",
                () -> List.of(theme.lookupKey(), sources),
                () -> new Templates(theme),
                Templates::current,
                previous -> previous.forTheme(theme)));
  }

  /**
   * The theme of a project.
   *
   * @param extensionTemplates class-path folders of the enabled extensions' templates
   * @param tasks runs the parse of the templates
   */
  public static SiteTheme of(Path source, List<String> extensionTemplates, TaskRunner tasks) {
    return new SiteTheme(source, extensionTemplates, tasks);
  }

  /** Everything the templates and assets come from, as a value: equal, the same templates. */
  String sources() {
    return sources;
  }

  /** As {@link #sources()}, for only what the templates {@code roots} read. */
  String sources(Collection<String> roots) {
    return theme.fingerprint(roots);
  }

  String render(String template, Map<String, Object> model) throws Templates.TemplateProblem {
    return templates.render(template, model, fragments);
  }

  /** A file rendered from a template, or the problem the template had. */
  RenderedFile file(String path, String template, Map<String, Object> model) {
    try {
      return RenderedFile.of(
          new OutputFile(path, templates.renderBytes(template, model, fragments)));
    } catch (Templates.TemplateProblem problem) {
      return RenderedFile.failed(problem.problem());
    }
  }

  /**
   * As {@link #file}, the file's bytes written to {@code out} as they are made (a streamed file's
   * {@link OutputFile.Maker}).
   *
   * @throws OutputFile.Unmade with the template's problem, and then nothing is written
   */
  void write(String template, Map<String, Object> model, OutputStream out) throws IOException {
    try {
      templates.renderTo(template, model, fragments, out);
    } catch (Templates.TemplateProblem problem) {
      throw new OutputFile.Unmade(List.of(problem.problem()));
    }
  }

  /** The site's assets: the theme's, {@code extensionAssets}, then the project's own. */
  List<OutputFile> assets(List<OutputFile> extensionAssets) {
    return theme.assets(extensionAssets);
  }
}
