package dev.folio.output;

import dev.folio.model.Language;
import dev.folio.model.OutputFile;
import dev.folio.model.Page;
import dev.folio.model.Parallel;
import dev.folio.model.Problem;
import dev.folio.model.TaskRunner;
import dev.folio.render.PageBody;
import dev.folio.render.RenderedFile;
import dev.folio.render.Renderer;
import dev.folio.render.SearchSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Every content page of every report in every language: its body, then its frame, each a task.
 * Pages are rendered in parallel (each task changes nothing shared) and merged in reading order, so
 * the output does not depend on the threads.
 */
public final class Pages {
  private Pages() {}

  /**
   * The pages, with what later outputs need of them.
   *
   * @param sections each language's pages' sections for the search index, in reading order (report
   *     by report)
   * @param embeds the extension embeds some page places, whose assets the site then needs
   */
  public record Rendered(
      Output output, Map<Language, List<List<SearchSection>>> sections, Set<String> embeds) {}

  private record One(Page page, PageBody body, RenderedFile frame) {}

  private record Work(Renderer renderer, Page page) {}

  /** The pages' bodies, in reading order, before their frames. */
  public static final class Bodies {
    private final List<Work> work;
    private final List<PageBody> bodies;

    private Bodies(List<Work> work, List<PageBody> bodies) {
      this.work = work;
      this.bodies = bodies;
    }

    /** The pages' indexes, 0 to n - 1: what the frames are made over, in parallel. */
    private List<Integer> order() {
      return IntStream.range(0, work.size()).boxed().toList();
    }
  }

  public static Rendered render(
      List<Renderer> renderers, List<Language> languages, TaskRunner tasks) {
    return frames(bodies(renderers, languages, tasks), tasks);
  }

  /**
   * Every page's body, in parallel. A build makes the frames later ({@link #frames}), after the
   * outputs that need no frame: a frame shows its PDF's size, which may still be being made.
   */
  public static Bodies bodies(
      List<Renderer> renderers, List<Language> languages, TaskRunner tasks) {
    List<Work> work = new ArrayList<>();
    for (Language lang : languages) {
      for (Renderer renderer : renderers) {
        renderer.pages(lang).forEach(page -> work.add(new Work(renderer, page)));
      }
    }
    List<PageBody> bodies =
        Parallel.map(work, one -> tasks.run(one.renderer().bodyTask(one.page())));
    return new Bodies(work, bodies);
  }

  /** Each page's frame around its body, in parallel, and what later outputs need of them. */
  public static Rendered frames(Bodies bodies, TaskRunner tasks) {
    List<One> rendered =
        Parallel.map(
            bodies.order(),
            i -> {
              Work one = bodies.work.get(i);
              PageBody body = bodies.bodies.get(i);
              return new One(
                  one.page(), body, tasks.run(one.renderer().frameTask(one.page(), body)));
            });
    List<OutputFile> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<Language, List<List<SearchSection>>> sections = new LinkedHashMap<>();
    Set<String> embeds = new TreeSet<>();
    for (One one : rendered) {
      one.frame().file().ifPresent(files::add);
      problems.addAll(one.body().problems());
      problems.addAll(one.frame().problems());
      embeds.addAll(one.body().embeds());
      sections
          .computeIfAbsent(one.page().lang(), lang -> new ArrayList<>())
          .add(one.body().sections());
    }
    return new Rendered(new Output(files, problems), sections, embeds);
  }

  /**
   * Each page's frame as a file made as it is written ({@link OutputFile#streamed}), for a build:
   * the views are made now, in parallel, and each template runs when its file is written, so the
   * site's pages are never all in memory together and their making shares the cores with the
   * writing. A frame's template problems come when it is written ({@link OutputFile.Unmade}).
   */
  public static Output framesWhenWritten(Bodies bodies) {
    List<OutputFile> files =
        Parallel.map(
            bodies.order(),
            i -> {
              Work one = bodies.work.get(i);
              return OutputFile.streamed(
                  Renderer.framePath(one.page()),
                  one.renderer().frameWhenWritten(one.page(), bodies.bodies.get(i)));
            });
    List<Problem> problems = new ArrayList<>();
    bodies.bodies.forEach(body -> problems.addAll(body.problems()));
    return new Output(files, problems);
  }

  /** What the bodies tell the search index and the assets, before the frames are made. */
  public static Rendered withoutFrames(Bodies bodies) {
    Map<Language, List<List<SearchSection>>> sections = new LinkedHashMap<>();
    Set<String> embeds = new TreeSet<>();
    for (int i = 0; i < bodies.work.size(); i++) {
      PageBody body = bodies.bodies.get(i);
      embeds.addAll(body.embeds());
      sections
          .computeIfAbsent(bodies.work.get(i).page().lang(), lang -> new ArrayList<>())
          .add(body.sections());
    }
    return new Rendered(Output.none(), sections, embeds);
  }
}
