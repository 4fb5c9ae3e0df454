package dev.folio.extension;

import dev.folio.model.Content;
import dev.folio.model.ContentException;
import dev.folio.model.DataTable;
import dev.folio.model.Problem;
import dev.folio.model.Problems;
import dev.folio.model.Row;
import dev.folio.model.Similarity;
import dev.folio.model.SiteConfig;
import dev.folio.model.SourcePos;
import dev.folio.model.StringsRead;
import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import dev.folio.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The extensions step of the build: finds the extensions a site enables, checks their inputs, runs
 * their checks, then computes, and hands on the content with what they added. Knows no extension by
 * name: they come from the class path.
 */
public final class Extensions {
  private Extensions() {}

  /** Every extension on Folio's class path, by name. */
  public static List<Extension> available() {
    return Found.ALL;
  }

  /**
   * The class path's extensions, found once per process: it does not change while Folio runs, and
   * {@code serve} builds again on every edit. Extensions hold no state (they compute from their
   * inputs only), so one instance of each serves every build.
   */
  private static final class Found {
    static final List<Extension> ALL = find();

    private static List<Extension> find() {
      List<Extension> found = new ArrayList<>();
      ServiceLoader.load(Extension.class, Extensions.class.getClassLoader()).forEach(found::add);
      found.sort(Comparator.comparing(Extension::name));
      return List.copyOf(found);
    }
  }

  /**
   * The extensions a report enables ({@code extensions:} of its {@code report.yaml}, or of {@code
   * folio.yaml} for a site at its root), in its order; an unknown name is a problem.
   */
  public static List<Extension> enabled(Content content) throws ContentException {
    Problems problems = new Problems();
    List<Extension> enabled = enabled(content, problems);
    problems.throwIfAny();
    return enabled;
  }

  /** As {@link #enabled(Content)}, the problems added to {@code problems}; the known ones. */
  public static List<Extension> enabled(Content content, Problems problems) {
    Map<String, Extension> available =
        available().stream()
            .collect(Collectors.toMap(Extension::name, e -> e, (a, b) -> a, TreeMap::new));
    List<Extension> enabled = new ArrayList<>();
    content
        .extensions()
        .forEach(
            (name, settings) -> {
              Extension extension = available.get(name);
              if (extension == null) {
                problems.add(
                    settings.pos(),
                    "there is no extension \"" + name + "\"",
                    Similarity.closest(name, available.keySet())
                        .map(s -> "did you mean \"" + s + "\"?")
                        .orElse("the extensions are " + String.join(", ", available.keySet())));
              } else {
                enabled.add(extension);
              }
            });
    return enabled;
  }

  /**
   * What the extensions added: the content with their tables (and, if one of those it enables did
   * not compute, {@link dev.folio.model.Unread#uncomputed()} set), their embeds by name, and the
   * problems their inputs and checks had.
   */
  public record Result(Content content, Map<String, EmbedType> embeds, List<Problem> problems) {
    public Result {
      embeds = Collections.unmodifiableMap(new TreeMap<>(embeds));
      problems = List.copyOf(problems);
    }
  }

  /**
   * Checks every enabled extension's inputs, then computes them all; throws if any has problems.
   */
  public static Result run(Content content, List<Extension> enabled) throws ContentException {
    Result result = run(content, enabled, Set.of(), TaskRunner.DIRECT);
    Problems problems = new Problems();
    result.problems().forEach(problems::add);
    problems.throwIfAny();
    return result;
  }

  /** An extension's check: its problems, and the interface strings it read. */
  private record Checked(List<Problem> problems, StringsRead stringsRead) {}

  /** An extension's contribution, and the interface strings it read to make it. */
  private record Computed(Contribution contribution, StringsRead stringsRead) {}

  /**
   * As {@link #run(Content, List)}, each extension's check and its computation a task of {@code
   * tasks} that reads its inputs and, once it ran, the interface strings it read. An extension
   * whose inputs or checks have problems does not compute; the others do, so that what reads their
   * tables and embeds is checked in the same run.
   *
   * @param faulty the paths of the files that have problems already: an extension that reads a
   *     table of one is neither checked nor computed (extensions may count on the checks of the
   *     sources having passed)
   */
  public static Result run(
      Content content, List<Extension> enabled, Set<String> faulty, TaskRunner tasks) {
    Problems problems = new Problems();
    Map<Extension, Inputs> inputs = new LinkedHashMap<>();
    for (Extension extension : enabled) {
      SiteConfig.ExtensionSettings settings = content.extensions().get(extension.name());
      resolve(extension, settings, content, problems)
          .filter(resolved -> resolved.tablePaths().stream().noneMatch(faulty::contains))
          .ifPresent(resolved -> inputs.put(extension, resolved));
    }
    Map<Extension, Inputs> checked = new LinkedHashMap<>();
    inputs.forEach(
        (extension, resolved) -> {
          List<Problem> found = check(extension, resolved, content, tasks);
          found.forEach(problems::add);
          if (found.isEmpty()) {
            checked.put(extension, resolved);
          }
        });
    Map<String, DataTable> tables = new TreeMap<>(content.tables());
    Map<String, EmbedType> embeds = new TreeMap<>();
    checked.forEach(
        (extension, resolved) ->
            add(
                extension,
                contribution(extension, resolved, content, tasks),
                content,
                tables,
                embeds,
                problems));
    Content computed = content.withTables(tables);
    if (checked.size() < content.extensions().size()) {
      computed = computed.withUnread(content.unread().withUncomputed());
    }
    return new Result(computed, embeds, problems.list());
  }

  /** An extension's check, a task that reads its inputs and the strings it read. */
  private static List<Problem> check(
      Extension extension, Inputs resolved, Content content, TaskRunner tasks) {
    return tasks
        .run(
            Task.learning(
                Task.Boundary.EXTENSION,
                "check " + extension.name(),
                resolved::reads,
                () -> {
                  StringsRead.Recorder read = new StringsRead.Recorder();
                  Problems found = new Problems();
                  extension.check(resolved.recordedBy(read), found);
                  return new Checked(found.list(), read.finish());
                },
                kept -> kept.stringsRead().sameIn(content.strings())))
        .problems();
  }

  /** An extension's contribution, a task that reads its inputs and the strings it read. */
  private static Contribution contribution(
      Extension extension, Inputs resolved, Content content, TaskRunner tasks) {
    return tasks
        .run(
            Task.learning(
                Task.Boundary.EXTENSION,
                "contribution " + extension.name(),
                resolved::reads,
                () -> {
                  StringsRead.Recorder read = new StringsRead.Recorder();
                  Contribution made = extension.compute(resolved.recordedBy(read));
                  return new Computed(made, read.finish());
                },
                kept -> kept.stringsRead().sameIn(content.strings())))
        .contribution();
  }

  /** What an extension contributed, added to the site's tables and embeds. */
  private static void add(
      Extension extension,
      Contribution contribution,
      Content content,
      Map<String, DataTable> tables,
      Map<String, EmbedType> embeds,
      Problems problems) {
    SourcePos at = content.extensions().get(extension.name()).pos();
    for (DataTable table : contribution.tables()) {
      DataTable clash = tables.putIfAbsent(table.name(), table);
      if (clash != null) {
        problems.add(
            at,
            "the "
                + extension.name()
                + " extension computes the table \""
                + table.name()
                + "\", and "
                + clash.path()
                + " has that name too",
            "rename the data file; the extension's tables keep their names");
      }
    }
    for (EmbedType embed : contribution.embeds()) {
      if (!extension.embeds().contains(embed.name())) {
        throw new IllegalStateException(
            "the "
                + extension.name()
                + " extension contributes the"
                + " embed "
                + embed.name()
                + ", which its embeds() does not declare");
      }
      embeds.put(embed.name(), embed);
    }
  }

  /** The names of the embeds the extensions declare, which pages are read with. */
  public static Set<String> embedNames(List<Extension> extensions) {
    Set<String> names = new TreeSet<>();
    extensions.forEach(extension -> names.addAll(extension.embeds()));
    return names;
  }

  /** One extension's inputs, resolved and checked, for its command. */
  public static Inputs inputs(Content content, Extension extension) throws ContentException {
    Problems problems = new Problems();
    Optional<Inputs> inputs =
        resolve(extension, content.extensions().get(extension.name()), content, problems);
    problems.throwIfAny();
    extension.check(inputs.orElseThrow(), problems);
    problems.throwIfAny();
    return inputs.orElseThrow();
  }

  /** The extension's inputs as folio.yaml gives them, or empty if one is missing or wrong. */
  private static Optional<Inputs> resolve(
      Extension extension,
      SiteConfig.ExtensionSettings settings,
      Content content,
      Problems problems) {
    int before = problems.size();
    Map<String, Input> declared = new LinkedHashMap<>();
    extension.inputs().forEach(input -> declared.put(input.name(), input));
    settings
        .values()
        .forEach(
            (name, setting) -> {
              if (!declared.containsKey(name)) {
                problems.add(
                    setting.pos(),
                    "the " + extension.name() + " extension reads no \"" + name + "\"",
                    Similarity.closest(name, declared.keySet())
                        .map(s -> "did you mean \"" + s + "\"?")
                        .orElse("it reads " + String.join(", ", declared.keySet())));
              }
            });
    Map<String, DataTable> tables = new LinkedHashMap<>();
    boolean unread = false;
    for (Input input : declared.values()) {
      SiteConfig.Setting setting = settings.values().get(input.name());
      if (setting == null) {
        if (input.required()) {
          problems.add(
              settings.pos(),
              "the "
                  + extension.name()
                  + " extension needs \""
                  + input.name()
                  + "\": "
                  + input.description(),
              "add \"" + input.name() + ": …\" under " + extension.name() + " in folio.yaml");
        }
        continue;
      }
      if (input.kind() == Input.Kind.TABLE
          && !content.tables().containsKey(setting.value())
          && content.unread().tables().contains(setting.value())) {
        // Its file did not load (its problems say why): the extension cannot compute.
        unread = true;
        continue;
      }
      switch (input.kind()) {
        case TABLE ->
            table(extension, input, setting, content, problems)
                .ifPresent(table -> tables.put(input.name(), table));
        case NUMBER -> number(extension, input, setting, problems);
        case WORD -> {}
      }
    }
    return problems.size() > before || unread
        ? Optional.empty()
        : Optional.of(new Inputs(content, settings, tables, new StringsRead.Recorder()));
  }

  private static Optional<DataTable> table(
      Extension extension,
      Input input,
      SiteConfig.Setting setting,
      Content content,
      Problems problems) {
    DataTable table = content.tables().get(setting.value());
    if (table == null) {
      problems.add(
          setting.pos(),
          "\""
              + input.name()
              + "\" names the data file \""
              + setting.value()
              + "\", which does not exist",
          Similarity.closest(setting.value(), content.tables().keySet())
              .map(s -> "did you mean \"" + s + "\"?")
              .orElse("name a file of content/data/ without its extension"));
      return Optional.empty();
    }
    int before = problems.size();
    for (Row row : table.rows()) {
      for (Input.Field field : input.fields()) {
        checkField(extension, table, row, field, problems);
      }
    }
    return problems.size() > before ? Optional.empty() : Optional.of(table);
  }

  /** A row has the field an input needs, holding what it needs. */
  private static void checkField(
      Extension extension, DataTable table, Row row, Input.Field field, Problems problems) {
    Optional<Value> value = row.value(field.key());
    String needs =
        "the "
            + extension.name()
            + " extension reads \""
            + field.key()
            + "\" ("
            + field.type().shown()
            + ") from "
            + (field.required() ? "every row" : "the rows")
            + " of "
            + table.name();
    if (value.isEmpty() || value.get() instanceof Value.Undisclosed) {
      if (field.required()) {
        problems.add(
            row.cell(field.key()).map(c -> c.pos()).orElse(row.pos()),
            needs + (value.isEmpty() ? "; this row has none" : "; here it is undisclosed"),
            "add \""
                + field.key()
                + ":\" to the row, or change the file's schema so that it"
                + " requires it");
      }
      return;
    }
    if (!fits(field.type(), value.get())) {
      problems.add(
          row.cell(field.key()).orElseThrow().pos(),
          needs + "; here it is " + shown(value.get()),
          "write " + field.type().shown());
    }
  }

  private static boolean fits(Input.Type type, Value value) {
    return switch (type) {
      case NUMBER -> value instanceof Value.Num num && Double.isFinite(num.value().doubleValue());
      case WHOLE -> value instanceof Value.Num num && isInt(num.value());
      case WORD -> value instanceof Value.Str;
      case TEXT -> value instanceof Value.Str || value instanceof Value.Localized;
    };
  }

  private static boolean isInt(BigDecimal value) {
    try {
      value.intValueExact();
      return true;
    } catch (ArithmeticException notAnInt) {
      return false;
    }
  }

  private static void number(
      Extension extension, Input input, SiteConfig.Setting setting, Problems problems) {
    try {
      if (!Double.isFinite(new BigDecimal(setting.value()).doubleValue())) {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException e) {
      problems.add(
          setting.pos(),
          "\""
              + input.name()
              + "\" must be a number for the "
              + extension.name()
              + " extension, got \""
              + setting.value()
              + "\"",
          input.description());
    }
  }

  private static String shown(Value value) {
    if (value instanceof Value.Num num) {
      return num.value().toPlainString();
    }
    if (value instanceof Value.Str str) {
      return "\"" + str.value() + "\"";
    }
    return value instanceof Value.Bool bool ? String.valueOf(bool.value()) : "text";
  }
}
