package dev.folio.render;

import dev.folio.load.ClassPathFolder;
import dev.folio.model.OutputFile;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The default theme inside folio.jar ({@code dev/folio/theme/}: templates, assets, interface
 * strings) and a project's {@code templates/}, which overrides it file by file: a template or an
 * asset of the same name wins, as in Hugo's and Zola's theme lookup. Extensions add their own
 * templates and assets between the two.
 */
final class Theme {
  static final String TEMPLATES = "/dev/folio/theme/templates";
  static final String ASSETS = "/dev/folio/theme/assets";

  private final Path projectTemplates;
  private final List<String> extensionTemplates;

  /** Read once: a theme is made per build, and its files are read at its start. */
  private String fingerprint;

  private Map<String, String> projectFiles;

  /**
   * @param source the project folder; its {@code templates/} may be absent
   * @param extensionTemplates class-path folders of the enabled extensions' templates
   */
  Theme(Path source, List<String> extensionTemplates) {
    this.projectTemplates = source.resolve("templates");
    this.extensionTemplates = List.copyOf(extensionTemplates);
  }

  /**
   * What the project's {@code templates/} holds (every file's name and bytes) and which extensions'
   * templates are used: with the jar's own theme, all that a template or an asset can come from.
   * Equal fingerprints mean the same templates.
   */
  String fingerprint() {
    if (fingerprint == null) {
      fingerprint = readFingerprint();
    }
    return fingerprint;
  }

  private String readFingerprint() {
    StringBuilder all = new StringBuilder(String.join("\0", extensionTemplates)).append('\n');
    projectFiles().forEach((name, text) -> all.append(name).append('\0').append(text).append('\0'));
    return all.toString();
  }

  /**
   * The files of the project's {@code templates/} (templates and assets) by their path in it, each
   * with its bytes as ISO-8859-1 text; read once.
   */
  Map<String, String> projectFiles() {
    if (projectFiles == null) {
      Map<String, String> files = new TreeMap<>();
      if (Files.isDirectory(projectTemplates)) {
        try (Stream<Path> walk = Files.walk(projectTemplates)) {
          for (Path file : walk.filter(Files::isRegularFile).toList()) {
            files.put(
                projectTemplates.relativize(file).toString().replace('\\', '/'),
                new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      projectFiles = Collections.unmodifiableMap(files);
    }
    return projectFiles;
  }

  /** {@code <#include "name">} or {@code <#import "name" as x>}, either syntax, a literal name. */
  private static final Pattern LITERAL_USE =
      Pattern.compile(
          "[<\\[]#(?:include|import)\\s+(?:\"([^\"\\\\$]*)\"|'([^'\\\\$]*)')"
              + "(?=\\s*/?[>\\]]|\\s+(?:as|parse|encoding|ignore_missing)\\b)");

  /** Any use of another template, or a template made from text at run time. */
  private static final Pattern ANY_USE =
      Pattern.compile("#include|#import|get_optional_template|\\?interpret");

  /**
   * As {@link #fingerprint()}, for only what {@code roots} read: the text each of them is looked up
   * to and, transitively, of the templates they include or import by a literal name. A template
   * that names another any other way (an expression, {@code ?interpret}) reads anything: then this
   * is the whole fingerprint.
   */
  String fingerprint(Collection<String> roots) {
    // The same instance for the same roots, all build long: every key that holds it compares by
    // identity, and the templates are looked up once.
    return fingerprints.computeIfAbsent(List.copyOf(new TreeSet<>(roots)), this::readFingerprint);
  }

  /** {@link #fingerprint(Collection)} of each set of roots asked for, sorted. */
  private final Map<List<String>, String> fingerprints = new ConcurrentHashMap<>();

  private String readFingerprint(List<String> roots) {
    StringBuilder all = new StringBuilder(String.join("\0", extensionTemplates)).append('\n');
    Deque<String> next = new ArrayDeque<>(new TreeSet<>(roots));
    Set<String> seen = new HashSet<>(next);
    while (!next.isEmpty()) {
      String name = next.removeFirst();
      String text = source(name);
      all.append(name).append('\0').append(text).append('\0');
      if (USES.size() > 256) {
        USES.clear(); // a long serve of edited templates: keep it small
      }
      Optional<List<String>> uses = USES.computeIfAbsent(text, Theme::uses);
      if (uses.isEmpty()) {
        return fingerprint();
      }
      for (String used : uses.get()) {
        if (seen.add(used)) {
          next.addLast(used);
        }
      }
    }
    return all.toString();
  }

  /**
   * The templates a template's text uses by literal, plain names; empty if it uses one any other
   * way. Kept per text: the jar's never change, and a project has few.
   */
  private static Optional<List<String>> uses(String text) {
    Matcher literal = LITERAL_USE.matcher(text);
    List<String> uses = new ArrayList<>();
    while (literal.find()) {
      String used = literal.group(1) != null ? literal.group(1) : literal.group(2);
      if (used.contains("/") || used.contains("*")) {
        return Optional.empty();
      }
      uses.add(used);
    }
    return ANY_USE.matcher(text).results().count() == uses.size()
        ? Optional.of(List.copyOf(uses))
        : Optional.empty();
  }

  /** {@link #uses} of each template text seen (at most a few hundred). */
  private static final Map<String, Optional<List<String>>> USES = new ConcurrentHashMap<>();

  /** The text {@code name} is looked up to (project, extensions, theme); empty if none. */
  private String source(String name) {
    try {
      Path own = projectTemplates.resolve(name);
      if (Files.isRegularFile(own)) {
        return new String(Files.readAllBytes(own), StandardCharsets.ISO_8859_1);
      }
      List<String> folders = new ArrayList<>(extensionTemplates);
      folders.add(TEMPLATES);
      for (String folder : folders) {
        Optional<String> text = BUILT_IN.computeIfAbsent(folder + "/" + name, Theme::resourceText);
        if (text.isPresent()) {
          return text.get();
        }
      }
      return "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The jar's templates by resource name (empty: none there): they change only with the jar. */
  private static final Map<String, Optional<String>> BUILT_IN = new ConcurrentHashMap<>();

  private static Optional<String> resourceText(String resource) {
    try (var in = Theme.class.getResourceAsStream(resource)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Looks a template up in the project, then the extensions, then the theme. */
  TemplateLoader templateLoader() {
    List<TemplateLoader> loaders = new ArrayList<>();
    if (Files.isDirectory(projectTemplates)) {
      try {
        loaders.add(new FileTemplateLoader(projectTemplates.toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (String folder : extensionTemplates) {
      loaders.add(new ClassTemplateLoader(Theme.class, folder));
    }
    loaders.add(new ClassTemplateLoader(Theme.class, TEMPLATES));
    return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
  }

  /** What {@link #templateLoader()} looks in: equal keys, equal lookups. */
  String lookupKey() {
    return projectTemplates.toAbsolutePath().normalize()
        + "|"
        + Files.isDirectory(projectTemplates)
        + "|"
        + extensionTemplates;
  }

  /** How a problem names a template: the project's file, an extension's, or the theme's. */
  String templatePath(String name) {
    if (Files.isRegularFile(projectTemplates.resolve(name))) {
      return "templates/" + name;
    }
    for (String folder : extensionTemplates) {
      if (Theme.class.getResource(folder + "/" + name) != null) {
        return "(built-in extension) "
            + folder.substring(folder.lastIndexOf("/extensions/") + 1)
            + "/"
            + name;
      }
    }
    return "(built-in theme) templates/" + name;
  }

  /**
   * The site's {@code assets/}: the theme's, then the extensions' (the files of the embeds the
   * pages use), each replaced by the project's of the same name in {@code templates/assets/}.
   */
  List<OutputFile> assets(List<OutputFile> extensionAssets) {
    Map<String, byte[]> assets = new TreeMap<>(ClassPathFolder.files(ASSETS));
    for (OutputFile file : extensionAssets) {
      assets.put(file.path().substring("assets/".length()), file.bytes());
    }
    Path own = projectTemplates.resolve("assets");
    if (Files.isDirectory(own)) {
      try (Stream<Path> walk = Files.walk(own)) {
        for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
          assets.put(own.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<OutputFile> files = new ArrayList<>();
    assets.forEach((path, bytes) -> files.add(new OutputFile("assets/" + path, bytes)));
    return files;
  }
}
