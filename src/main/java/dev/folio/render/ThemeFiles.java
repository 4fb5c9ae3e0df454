package dev.folio.render;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.folio.load.ClassPathFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files of the theme a project can override, as {@code folio theme} lists and copies them: the
 * templates and assets (the project's {@code templates/} first, then the enabled extensions', then
 * the built-in theme, as {@link Theme} looks them up) and the built-in interface strings (the
 * theme's, then the extensions', then the project's {@code i18n/FOLDER.yaml} key by key).
 */
public final class ThemeFiles {
  private static final String THEME_STRINGS = "/dev/folio/theme/i18n";
  private static final Pattern KEY = Pattern.compile("(?m)^[A-Za-z0-9_.]+:");

  /** Where a built-in file is: the theme, or an extension by its name. */
  public static final String THEME = "built-in theme";

  /** What kind of file: it says where in the project the file that overrides it goes. */
  public enum Kind {
    TEMPLATE("templates/"),
    ASSET("templates/assets/"),
    STRINGS("i18n/");

    private final String folder;

    Kind(String folder) {
      this.folder = folder;
    }

    /** The project's folder of this kind of file. */
    public String folder() {
      return folder;
    }
  }

  /**
   * One file of the theme.
   *
   * @param name its name within its kind's folder: {@code page.ftlh}, {@code style.css}, {@code
   *     en.yaml}
   * @param from {@link #THEME} or the name of the extension that brings it
   * @param folder the class-path folder it is in
   * @param keys for interface strings, how many keys the file defines; else 0
   * @param overridden whether the project has a file of this name that replaces it (for strings:
   *     that overrides its keys one by one)
   */
  public record Entry(
      Kind kind, String name, String from, String folder, int keys, boolean overridden) {
    /** The file's path in a project: {@code templates/page.ftlh}, {@code i18n/en.yaml}. */
    public String projectPath() {
      return kind.folder() + name;
    }
  }

  /** An enabled extension's class-path folders of templates and strings (either may be null). */
  public record ExtensionFolders(String name, String templates, String strings) {}

  private ThemeFiles() {}

  /**
   * Every file of the theme and of the enabled extensions, in lookup order: templates and assets as
   * a build looks them up after the project's (an extension's, then the theme's; a name both have
   * is the extension's), strings in the order their keys are merged before the project's.
   */
  public static List<Entry> of(Path source, List<ExtensionFolders> extensions) {
    List<Entry> entries = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      Map<String, Entry> byName = new LinkedHashMap<>();
      String theme =
          switch (kind) {
            case TEMPLATE -> Theme.TEMPLATES;
            case ASSET -> Theme.ASSETS;
            case STRINGS -> THEME_STRINGS;
          };
      if (kind == Kind.STRINGS) {
        add(byName, source, kind, THEME, theme); // strings: the theme's first, extensions' after
      }
      for (ExtensionFolders extension : extensions) {
        // an extension's assets are its own, placed with its embeds: not listed here
        String folder =
            switch (kind) {
              case TEMPLATE -> extension.templates();
              case ASSET -> null;
              case STRINGS -> extension.strings();
            };
        add(byName, source, kind, extension.name(), folder);
      }
      if (kind != Kind.STRINGS) {
        add(byName, source, kind, THEME, theme); // templates: an extension's before the theme's
      }
      entries.addAll(byName.values());
    }
    return entries;
  }

  private static void add(
      Map<String, Entry> byName, Path source, Kind kind, String from, String folder) {
    if (folder == null) {
      return;
    }
    ClassPathFolder.files(folder)
        .forEach(
            (name, bytes) -> {
              if (!belongs(kind, name)) {
                return;
              }
              String text = new String(bytes, UTF_8);
              int keys = kind == Kind.STRINGS ? (int) KEY.matcher(text).results().count() : 0;
              boolean overridden = Files.isRegularFile(source.resolve(kind.folder() + name));
              String key = kind == Kind.STRINGS ? from + "/" + name : name;
              byName.putIfAbsent(key, new Entry(kind, name, from, folder, keys, overridden));
            });
  }

  /** Templates are the folder's files but its assets; strings are its YAML files. */
  private static boolean belongs(Kind kind, String name) {
    return switch (kind) {
      case TEMPLATE -> !name.startsWith("assets/");
      case ASSET -> true;
      case STRINGS -> name.endsWith(".yaml");
    };
  }

  /**
   * The built-in text of a file by its project path ({@code templates/page.ftlh}, {@code
   * templates/assets/style.css}, {@code i18n/en.yaml}), the one a build would use: for strings, the
   * theme's file followed by each enabled extension's of the same name.
   */
  public static Optional<String> text(List<Entry> entries, String projectPath) {
    String theme = null;
    StringBuilder extensions = new StringBuilder();
    for (Entry entry : entries) {
      if (!entry.projectPath().equals(projectPath)) {
        continue;
      }
      String text = new String(ClassPathFolder.files(entry.folder()).get(entry.name()), UTF_8);
      if (entry.kind() != Kind.STRINGS) {
        return Optional.of(text);
      }
      if (entry.from().equals(THEME)) {
        theme = text;
      } else {
        extensions.append("\n# ==== The ").append(entry.from()).append(" extension ====\n");
        extensions.append(text);
      }
    }
    if (theme == null && extensions.length() == 0) {
      return Optional.empty();
    }
    return Optional.of((theme == null ? "" : theme) + extensions);
  }
}
