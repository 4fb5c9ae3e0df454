package dev.folio.load;

import dev.folio.load.history.Histories;
import dev.folio.model.ChartSpec;
import dev.folio.model.Content;
import dev.folio.model.ContentException;
import dev.folio.model.DataTable;
import dev.folio.model.History;
import dev.folio.model.InterfaceStrings;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Problem;
import dev.folio.model.Problems;
import dev.folio.model.Report;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.SourcePos;
import dev.folio.model.TaskRunner;
import dev.folio.model.Unread;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Loads a project into a {@link Site}: {@code folio.yaml} first (it names the languages), then
 * {@code content/}: a site that publishes one report at its root has a folder of pages per
 * language, {@code data/} and {@code charts.yaml} there; a site of several reports has a folder per
 * report in {@code content/reports/} (its {@code report.yaml}, page folders, {@code data/}, {@code
 * charts.yaml}) and the data its reports share in {@code content/data/}. Then {@code schemas/}, the
 * interface strings and {@code static/}. Every file is read and every problem collected before
 * failing, so one run reports all mistakes.
 */
public final class SourceLoader {
  /** Where the theme's interface strings are on the class path, and how problems name them. */
  private static final String THEME_STRINGS = "/dev/folio/theme/i18n";

  private static final String THEME_STRINGS_SHOWN = "(built-in theme) i18n";

  /** The folder of a site's reports, under content/. */
  static final String REPORTS = "reports";

  /** The names a report's folder cannot have: the addresses of Folio's own pages. */
  private static final Set<String> RESERVED = Set.of(Page.SEARCH, Page.CONTENTS, "series");

  private SourceLoader() {}

  /** A folder of built-in interface strings on the class path (an extension's), and its name. */
  public record BuiltinStrings(String resourceFolder, String shownAs) {}

  /**
   * An extension Folio has, as the loader needs to know it before extensions run: the embeds it
   * declares (pages are read with them) and its interface strings (null if none).
   */
  public record Available(String name, List<String> embeds, BuiltinStrings strings) {}

  /** Loads a project with no extensions (tests and tools that need none). */
  public static Site load(Path source) throws ContentException {
    return load(source, config(source), List.of(), TaskRunner.DIRECT);
  }

  /**
   * Loads a project whose {@code folio.yaml} was read, each file's parse a task of {@code tasks}
   * that reads the file's text and its context: the configuration, the text of every schema and,
   * for pages, the embeds of their report's extensions.
   *
   * @param extensions the extensions Folio has: those a report enables give its pages their embeds
   *     and the site their interface strings
   * @throws ContentException if any file has a problem
   */
  public static Site load(
      Path source, SiteConfig config, List<Available> extensions, TaskRunner tasks)
      throws ContentException {
    Partial partial = loadAll(source, config, extensions, tasks);
    Problems problems = new Problems();
    partial.problems().forEach(problems::add);
    problems.throwIfAny();
    return partial.site();
  }

  /**
   * A site as far as it loaded, and the problems of the files that did not: each report knows what
   * of it did not load ({@link Content#unread()}), so that the checks that follow judge the rest.
   */
  public record Partial(Site site, List<Problem> problems) {
    public Partial {
      problems = List.copyOf(problems);
    }
  }

  /**
   * As {@link #load(Path, SiteConfig, List, TaskRunner)}, but a file with problems is left out (and
   * named in its report's {@link Content#unread()}) rather than failing the load.
   *
   * @throws ContentException if nothing of the site can be checked: no content/, no report
   */
  public static Partial loadAll(
      Path source, SiteConfig config, List<Available> extensions, TaskRunner tasks)
      throws ContentException {
    return loadAll(source, config, extensions, tasks, ProjectFiles.direct());
  }

  /**
   * As {@link #loadAll(Path, SiteConfig, List, TaskRunner)}, the reports' pages, data and charts
   * read through {@code files}.
   */
  public static Partial loadAll(
      Path source,
      SiteConfig config,
      List<Available> extensions,
      TaskRunner tasks,
      ProjectFiles files)
      throws ContentException {
    ClassPathFolder.readAhead(THEME_STRINGS); // needed once the pages are read
    Problems problems = new Problems();
    Path content = source.resolve("content");
    if (!Files.isDirectory(content)) {
      problems.add(
          SourcePos.file("content"),
          "there is no content/ folder in " + source,
          "run Folio in the project's root, or pass --source DIR");
    }
    problems.throwIfAny();
    Object context = List.of(config, SourceFiles.schemaTexts(source));
    Schemas schemas = new Schemas(source, config.languages(), problems, tasks, context);
    Parses parses = new Parses(tasks, context, problems);
    Site site = new Layout(source, config, extensions, schemas, parses, problems, files).read();
    if (site == null) {
      problems.throwIfAny();
      throw new IllegalStateException("a site without reports, and no problem found");
    }
    return new Partial(site, problems.list());
  }

  /**
   * The site with its history as {@code history} read it from the project's git repository (each
   * report's revisions since it was published) and the translations that fell behind as warnings
   * among its notes.
   */
  public static Site withHistory(Site site, Histories.Read history) throws ContentException {
    Problems problems = new Problems();
    history.problems().forEach(problems::add);
    problems.throwIfAny();
    List<Content> reports = new ArrayList<>();
    for (Content report : site.reports()) {
      reports.add(report.withHistory(history.reports().getOrDefault(report.slug(), History.NONE)));
    }
    List<Problem> notes = new ArrayList<>(site.notes());
    notes.addAll(history.warnings());
    return new Site(site.config(), reports, notes);
  }

  /** Reads {@code folio.yaml}; the rest of the project cannot be read without it. */
  public static SiteConfig config(Path source) throws ContentException {
    return config(source, TaskRunner.DIRECT);
  }

  /** As {@link #config(Path)}, its parse a task of {@code tasks} that reads its text. */
  public static SiteConfig config(Path source, TaskRunner tasks) throws ContentException {
    Problems problems = new Problems();
    Path file = source.resolve(SiteConfig.PATH);
    if (!Files.isRegularFile(file)) {
      problems.add(
          SourcePos.file(SiteConfig.PATH),
          "there is no folio.yaml in " + source,
          "run Folio in the project's root or pass --source DIR; `folio new DIR` starts a"
              + " project");
      problems.throwIfAny();
    }
    Parses parses = new Parses(tasks, null, problems);
    Optional<SiteConfig> config =
        SourceFiles.readText(file, SiteConfig.PATH, problems)
            .flatMap(
                text ->
                    parses.of(
                        "config",
                        SiteConfig.PATH,
                        text,
                        found ->
                            new ConfigReader(new Schemas(source, List.of(), found), found)
                                .read(text)));
    problems.throwIfAny();
    return config.orElseThrow();
  }

  /** Whether a project holds several reports, each in a folder of {@code content/reports/}. */
  public static boolean hasReports(Path source) {
    return Files.isDirectory(source.resolve("content").resolve(REPORTS));
  }

  /**
   * Whether the theme has interface strings for a language (zh.yaml for zh-CN, zh-Hant.yaml for
   * zh-TW, en.yaml for en-GB, none for sw): a language it has none for needs all of them in
   * i18n/FOLDER.yaml.
   */
  public static boolean themeHasStrings(Language lang) {
    return builtinNames(lang).stream()
        .anyMatch(
            tag -> SourceLoader.class.getResource(THEME_STRINGS + "/" + tag + ".yaml") != null);
  }

  /**
   * The names (without {@code .yaml}) of the built-in files that may hold a language's words, most
   * specific first: {@code zh-TW}, {@code zh-Hant-TW}, {@code zh-Hant} for zh-TW (docs/theme.md).
   */
  public static List<String> builtinNames(Language lang) {
    return StringsReader.lookupTags(lang.code());
  }

  /** How one load reads the project: its layout of one report at the root or of several. */
  private static final class Layout {
    private final Path source;
    private final Path content;
    private final SiteConfig config;
    private final Map<String, Available> extensions = new LinkedHashMap<>();
    private final Schemas schemas;
    private final Parses parses;
    private final Problems problems;
    private final ReportLoader reports;
    private final List<Problem> notes = new ArrayList<>();

    /** The site's data files that did not load; the folders that did not load as reports. */
    private final Set<String> unreadSiteTables = new TreeSet<>();

    private final Set<String> unreadReports = new TreeSet<>();

    Layout(
        Path source,
        SiteConfig config,
        List<Available> extensions,
        Schemas schemas,
        Parses parses,
        Problems problems,
        ProjectFiles files) {
      this.source = source;
      this.content = source.resolve("content");
      this.config = config;
      extensions.forEach(extension -> this.extensions.put(extension.name(), extension));
      this.schemas = schemas;
      this.parses = parses;
      this.problems = problems;
      this.reports = new ReportLoader(source, config, schemas, problems, files);
    }

    Site read() {
      boolean several = hasReports(source);
      checkContentFolder(several);
      Map<String, DataTable> siteTables =
          reports.tables(content.resolve("data"), parses, unreadSiteTables);
      List<Part> parts = several ? severalReports(siteTables) : List.of(atRoot(siteTables));
      Set<String> unreadStrings = new TreeSet<>();
      Map<String, InterfaceStrings> strings = strings(parts, unreadStrings);
      Path statics = source.resolve("static");
      Set<String> staticFiles = new TreeSet<>();
      SourceFiles.files(statics)
          .forEach(file -> staticFiles.add(SourceFiles.relative(statics, file)));
      List<Content> read = new ArrayList<>();
      for (Part part : parts) {
        Unread unread =
            new Unread(
                part.unreadPages(),
                part.unreadTables(),
                part.charts().isEmpty(),
                unreadStrings,
                unreadReports,
                false);
        read.add(part.content(config, strings, staticFiles, unread));
      }
      return read.isEmpty() ? null : new Site(config, read, notes);
    }

    /** A report as read, before the site's strings and static files join it. */
    private record Part(
        String slug,
        Report report,
        Map<String, SiteConfig.ExtensionSettings> extensions,
        List<Page> pages,
        Map<String, DataTable> tables,
        Set<String> siteTables,
        Optional<List<ChartSpec>> charts,
        Set<String> embeds,
        Set<String> unreadPages,
        Set<String> unreadTables) {
      Content content(
          SiteConfig config,
          Map<String, InterfaceStrings> strings,
          Set<String> staticFiles,
          Unread unread) {
        return new Content(
            config,
            slug,
            report,
            extensions,
            pages,
            tables,
            siteTables,
            strings,
            charts.orElse(List.of()),
            staticFiles,
            embeds,
            History.NONE,
            unread);
      }
    }

    /** The one report of a site at its root: {@code content/FOLDER/}, data and charts there. */
    private Part atRoot(Map<String, DataTable> tables) {
      Set<String> embeds = embeds(config.extensions());
      Parses pageParses = parses.in(List.of(parses.context(), embeds));
      Set<String> unreadPages = new TreeSet<>();
      return new Part(
          "",
          config.report(),
          config.extensions(),
          reports.pages(content, "", embeds, pageParses, unreadPages),
          tables,
          Set.of(),
          reports.charts(content.resolve("charts.yaml"), parses),
          embeds,
          unreadPages,
          unreadSiteTables);
    }

    /** Each folder of {@code content/reports/}, in the order of their names. */
    private List<Part> severalReports(Map<String, DataTable> siteTables) {
      checkNoRootReport();
      List<Part> parts = new ArrayList<>();
      for (Path folder : SourceFiles.entries(content.resolve(REPORTS))) {
        String name = folder.getFileName().toString();
        String path = "content/" + REPORTS + "/" + name;
        if (!Files.isDirectory(folder)) {
          if (!name.startsWith(".")) {
            problems.add(
                SourcePos.file(path),
                "content/reports/ holds only the reports' folders",
                "each report is a folder: content/reports/SLUG/ with its report.yaml");
          }
          continue;
        }
        Optional<Part> part =
            checkSlug(name, path) ? report(folder, name, path, siteTables) : Optional.empty();
        part.ifPresentOrElse(parts::add, () -> unreadReports.add(name));
      }
      if (parts.isEmpty() && problems.isEmpty()) {
        problems.add(
            SourcePos.file("content/reports/"),
            "content/reports/ holds no report",
            "add one with `folio add report SLUG`, or remove the folder");
      }
      return parts;
    }

    private Optional<Part> report(
        Path folder, String slug, String path, Map<String, DataTable> siteTables) {
      checkReportFolder(folder, path);
      Optional<Report> report = reportFile(folder, slug, path);
      if (report.isEmpty()) {
        return Optional.empty();
      }
      Set<String> embeds = embeds(report.get().extensions());
      Parses pageParses = parses.in(List.of(parses.context(), embeds));
      Set<String> unreadTables = new TreeSet<>();
      Map<String, DataTable> own = reports.tables(folder.resolve("data"), parses, unreadTables);
      Map<String, DataTable> tables = new TreeMap<>(siteTables);
      // A report's own table that did not load would have been used instead of the site's.
      tables.keySet().removeAll(unreadTables);
      unreadTables.addAll(unreadSiteTables);
      Set<String> shared = new TreeSet<>(tables.keySet());
      own.forEach(
          (name, table) -> {
            DataTable site = tables.put(name, table);
            shared.remove(name);
            if (site != null) {
              notes.add(
                  Problem.note(
                      SourcePos.file(table.path()),
                      "this report's table \""
                          + name
                          + "\" is used instead of the site's "
                          + site.path(),
                      "its pages, charts and extensions read this one; remove it to use the"
                          + " site's"));
            }
          });
      Set<String> unreadPages = new TreeSet<>();
      return Optional.of(
          new Part(
              slug,
              report.get(),
              report.get().extensions(),
              reports.pages(folder, slug, embeds, pageParses, unreadPages),
              tables,
              shared,
              reports.charts(folder.resolve("charts.yaml"), parses),
              embeds,
              unreadPages,
              unreadTables));
    }

    /** The report's own {@code report.yaml}, read; empty (and reported) if it is missing or bad. */
    private Optional<Report> reportFile(Path folder, String slug, String path) {
      Path file = folder.resolve(ReportReader.FILE);
      String filePath = path + "/" + ReportReader.FILE;
      if (!Files.isRegularFile(file)) {
        problems.add(
            SourcePos.file(filePath),
            "the report has no " + ReportReader.FILE,
            "describe it there: title, authors, date (docs/authoring.md); `folio add report SLUG`"
                + " writes one to fill in");
        return Optional.empty();
      }
      return SourceFiles.readText(file, filePath, problems)
          .flatMap(
              text ->
                  parses.of(
                      "report",
                      filePath,
                      text,
                      found ->
                          new ReportReader(schemas, config, found).read(slug, filePath, text)));
    }

    /** The embeds of the extensions {@code enabled} names (an unknown one is reported later). */
    private Set<String> embeds(Map<String, SiteConfig.ExtensionSettings> enabled) {
      Set<String> embeds = new TreeSet<>();
      enabled
          .keySet()
          .forEach(
              name -> {
                Available extension = extensions.get(name);
                if (extension != null) {
                  embeds.addAll(extension.embeds());
                }
              });
      return embeds;
    }

    /**
     * Per language: the theme's strings, those of every extension some report enables (in the order
     * they are first enabled), then the project's {@code i18n/FOLDER.yaml}.
     */
    private Map<String, InterfaceStrings> strings(List<Part> parts, Set<String> unread) {
      Set<String> enabled = new LinkedHashSet<>();
      parts.forEach(part -> enabled.addAll(part.extensions().keySet()));
      List<BuiltinStrings> builtins = new ArrayList<>();
      builtins.add(new BuiltinStrings(THEME_STRINGS, THEME_STRINGS_SHOWN));
      for (String name : enabled) {
        Available extension = extensions.get(name);
        if (extension != null && extension.strings() != null) {
          builtins.add(extension.strings());
        }
      }
      return new StringsLoader(source, config, schemas, parses, problems).strings(builtins, unread);
    }

    /** Every folder under content/ is a language's, data/ or reports/; nothing is skipped. */
    private void checkContentFolder(boolean several) {
      List<String> folders = config.languages().stream().map(Language::folder).toList();
      for (Path entry : SourceFiles.entries(content)) {
        String name = entry.getFileName().toString();
        String path = "content/" + name;
        if (Files.isDirectory(entry)) {
          checkContentSubfolder(name, path, folders, several);
        } else if (!name.startsWith(".") && (several || !name.equals("charts.yaml"))) {
          problems.add(
              SourcePos.file(path),
              several
                  ? "content/ of a site of several reports holds only data/ and reports/"
                  : "content/ holds only charts.yaml and folders",
              several
                  ? "a report's charts go in content/reports/SLUG/charts.yaml"
                  : "pages go in content/FOLDER/ (one folder per language), data files in"
                      + " content/data/");
        }
      }
    }

    private void checkContentSubfolder(
        String name, String path, List<String> folders, boolean several) {
      if (name.equals("data") || (several && name.equals(REPORTS))) {
        return;
      }
      if (name.equals("i18n")) {
        problems.add(
            SourcePos.file(path + "/"),
            "interface strings are no longer read from content/i18n/",
            "move them to i18n/FOLDER.yaml at the project's root");
      } else if (several && folders.contains(name)) {
        problems.add(
            SourcePos.file(path + "/"),
            "in a site of several reports, every page belongs to a report",
            "move content/"
                + name
                + "/ into the folder of its report, content/reports/SLUG/"
                + name
                + "/");
      } else if (!folders.contains(name)) {
        problems.add(
            SourcePos.file(path + "/"),
            "content/" + name + "/ is not the folder of a language of folio.yaml",
            "the languages' folders are "
                + String.join(", ", folders)
                + "; add the language to folio.yaml, or rename or remove the folder");
      }
    }

    /** A report's folder holds its report.yaml, charts.yaml, data/ and its page folders. */
    private void checkReportFolder(Path folder, String path) {
      List<String> folders = config.languages().stream().map(Language::folder).toList();
      for (Path entry : SourceFiles.entries(folder)) {
        String name = entry.getFileName().toString();
        boolean known =
            Files.isDirectory(entry)
                ? name.equals("data") || folders.contains(name)
                : name.equals(ReportReader.FILE) || name.equals("charts.yaml");
        if (!known && !name.startsWith(".")) {
          problems.add(
              SourcePos.file(path + "/" + name + (Files.isDirectory(entry) ? "/" : "")),
              path + "/ holds report.yaml, charts.yaml, data/ and a folder of pages per language",
              Files.isDirectory(entry)
                  ? "the languages' folders are " + String.join(", ", folders)
                  : "move or remove the file");
        }
      }
    }

    /** A report's folder name is what its addresses start with: a plain, unreserved word. */
    private boolean checkSlug(String name, String path) {
      if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        problems.add(
            SourcePos.file(path + "/"),
            "\"" + name + "\" cannot name a report: its addresses start with it",
            "use lower-case letters, digits and hyphens, e.g. energy-2024");
        return false;
      }
      if (RESERVED.contains(name)) {
        problems.add(
            SourcePos.file(path + "/"),
            "\"" + name + "\" is the address of Folio's own pages",
            "name the report's folder otherwise");
        return false;
      }
      return true;
    }

    /** A site of several reports describes each in its own folder, not in folio.yaml. */
    private void checkNoRootReport() {
      if (config.report() != null) {
        problems.add(
            config.report().pos(),
            "a site of several reports describes each in content/reports/SLUG/report.yaml",
            "move report: into the report.yaml of the report it describes");
      }
      config
          .extensions()
          .values()
          .forEach(
              settings ->
                  problems.add(
                      settings.pos(),
                      "a site of several reports enables extensions in each report's report.yaml",
                      "move "
                          + settings.name()
                          + " under extensions: in the report.yaml of each"
                          + " report it computes content for"));
    }
  }
}
