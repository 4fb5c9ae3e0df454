package dev.folio.load;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.folio.model.Language;
import dev.folio.model.Problems;
import dev.folio.model.SourcePos;
import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Schemas (draft 2020-12) and what their violations mean to a user. Data-file schemas come
 * from the source folder's {@code schemas/}; Folio's own formats (front matter, interface strings)
 * from the jar. Nothing is ever fetched from the network: an unknown {@code $ref} is an error.
 */
final class Schemas {
  private static final String USER = "https://folio.invalid/schemas/";
  private static final String BUILTIN = "https://folio.invalid/builtin/";

  /** The envelope every data file's schema refers to: Folio's own, whatever the project holds. */
  static final String ENVELOPE = "data-file.schema.json";

  private final Path source;
  private final TaskRunner tasks;
  private final Object context;
  private final Problems problems;
  private final List<Language> languages;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Map<String, Optional<JsonNode>> parsed = new HashMap<>();

  /**
   * The user schemas' texts, read once, so a file that is not UTF-8 is reported once; the registry
   * gets the schema {@code false} for it.
   */
  private final Map<String, Optional<String>> userTexts = new HashMap<>();

  private final Map<String, Schema> compiled = new HashMap<>();
  private final SchemaRegistry registry;
  private final SchemaRefs refs;

  /**
   * @param languages the site's languages: every {@code $defs/text} of Folio's own schemas requires
   *     text in exactly these (none yet while {@code folio.yaml} is read)
   */
  Schemas(Path source, List<Language> languages, Problems problems) {
    this(source, languages, problems, TaskRunner.DIRECT, null);
  }

  /**
   * As {@link #Schemas(Path, List, Problems)}, compiling each schema as a task of {@code tasks}
   * that reads its address and {@code context} (every schema's text and the languages). Problems
   * with the schemas themselves go to {@code problems}; a compile that finds one fails its build,
   * so only compiles that found none are ever reused.
   */
  Schemas(
      Path source, List<Language> languages, Problems problems, TaskRunner tasks, Object context) {
    this.tasks = tasks;
    this.context = context;
    this.source = source.toAbsolutePath().normalize();
    this.problems = problems;
    this.languages = List.copyOf(languages);
    this.registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .resourceLoaders(
                        loaders -> loaders.values(List::clear).resources(this::schemaText)));
    this.refs = new SchemaRefs(this, problems, new HashSet<>());
  }

  /** Whether an address is one Folio resolves itself: a schema in schemas/ or one of its own. */
  static boolean isLocal(String iri) {
    return iri.startsWith(USER) || iri.startsWith(BUILTIN);
  }

  /** A schema from the source folder, e.g. {@code schemas/llm-models.schema.json}. */
  static String userSchema(String relativePath) {
    return USER + relativePath.substring("schemas/".length());
  }

  /** One of Folio's own schemas, bundled in the jar. */
  static String builtinSchema(String fileName) {
    return BUILTIN + fileName;
  }

  /** Does this user schema file exist? */
  boolean exists(String relativePath) {
    return file(relativePath).map(Files::isRegularFile).orElse(false);
  }

  /** A path of the source folder, if it is one a file can have (no NUL character, say). */
  private Optional<Path> file(String relativePath) {
    try {
      return Optional.of(source.resolve(relativePath).normalize());
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * Validates {@code instance} (read from {@code path}, whose {@code text} starts on {@code
   * firstLine}) against the schema at {@code schemaIri}, reporting every violation to {@code into}.
   * Returns whether it is valid.
   */
  boolean validate(
      String path, String text, JsonNode instance, String schemaIri, int firstLine, Problems into) {
    Schema schema = compile(schemaIri);
    if (schema == null) {
      return false;
    }
    List<Error> errors;
    try {
      errors = schema.validate(instance);
    } catch (RuntimeException e) {
      synchronized (this) {
        problems.add(
            SourcePos.file(displayPath(schemaIri)),
            "the schema cannot be used: " + readable(e),
            "check its $ref values: they must name files in schemas/");
      }
      return false;
    }
    new SchemaErrors(this, text, instance).problems(path, errors, firstLine).forEach(into::add);
    return errors.isEmpty();
  }

  // Pages are read on every core: the caches below are shared, and compiling is done once.
  private synchronized Schema compile(String iri) {
    if (compiled.containsKey(iri)) {
      return compiled.get(iri);
    }
    Schema schema =
        tasks.run(
            Task.of(
                Task.Boundary.PARSE,
                "schema " + iri,
                () -> Arrays.asList(iri, context),
                () -> compileNow(iri)));
    compiled.put(iri, schema);
    return schema;
  }

  /** The schema at {@code iri}, compiled; null (and problems) if it cannot be. */
  private Schema compileNow(String iri) {
    Schema schema = null;
    String text = schemaText(iri);
    if (unreadable(iri)) {
      schema = null;
    } else if (text == null) {
      problems.add(
          SourcePos.file(displayPath(iri)),
          "the schema file does not exist",
          "every data file needs its schema in schemas/; see docs/authoring.md");
    } else if (node(iri).isPresent() && refs.check(document(iri))) {
      try {
        schema = registry.getSchema(SchemaLocation.of(iri));
        schema.initializeValidators();
      } catch (RuntimeException e) {
        problems.add(
            SourcePos.file(displayPath(iri)),
            "the schema cannot be used: " + readable(e),
            "check its $ref values: they must name files in schemas/");
        schema = null;
      }
    }
    return schema;
  }

  /** The parsed schema document at {@code iri} (without fragment), if it exists and parses. */
  synchronized Optional<JsonNode> node(String iri) {
    String document = iri.contains("#") ? iri.substring(0, iri.indexOf('#')) : iri;
    return parsed.computeIfAbsent(document, this::parse);
  }

  private Optional<JsonNode> parse(String iri) {
    String text = schemaText(iri);
    if (text == null || unreadable(iri)) {
      return Optional.empty();
    }
    return StructuredText.parse(displayPath(iri), text, InputFormat.JSON, 1, problems);
  }

  private String schemaText(String iri) {
    String document = iri.contains("#") ? iri.substring(0, iri.indexOf('#')) : iri;
    try {
      if (document.startsWith(BUILTIN)) {
        return builtinText(document.substring(BUILTIN.length()));
      }
      if (document.equals(USER + ENVELOPE)) {
        return builtinText(ENVELOPE);
      }
      if (document.startsWith(USER)) {
        Path file = file("schemas/" + document.substring(USER.length())).orElse(null);
        if (file == null
            || !file.startsWith(source.resolve("schemas"))
            || !Files.isRegularFile(file)) {
          return null;
        }
        return userTexts
            .computeIfAbsent(document, d -> SourceFiles.readText(file, displayPath(d), problems))
            .orElse("false");
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the document is a user schema that is not UTF-8 (and was reported as such). */
  private synchronized boolean unreadable(String iri) {
    String document = iri.contains("#") ? iri.substring(0, iri.indexOf('#')) : iri;
    return userTexts.getOrDefault(document, Optional.of("")).isEmpty();
  }

  /**
   * One of Folio's own schemas, its {@code $defs/text} (if it has one) made to require text in
   * exactly the site's languages.
   */
  String builtinText(String name) throws IOException {
    String key = name + " " + languages;
    String known = BUILTIN_TEXTS.get(key);
    if (known != null) {
      return known;
    }
    String text = readBuiltinText(name);
    if (text != null) {
      BUILTIN_TEXTS.put(key, text);
    }
    return text;
  }

  /** Folio's own schemas as {@link #builtinText} gives them, by name and languages. */
  private static final Map<String, String> BUILTIN_TEXTS = new ConcurrentHashMap<>();

  private String readBuiltinText(String name) throws IOException {
    String text;
    try (InputStream in = Schemas.class.getResourceAsStream("/dev/folio/schemas/" + name)) {
      if (in == null) {
        return null;
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (languages.isEmpty()) {
      return text;
    }
    ObjectNode schema = (ObjectNode) JSON.readTree(text);
    if (schema.path("$defs").has("text")) {
      ((ObjectNode) schema.get("$defs")).set("text", textSchema());
    }
    return JSON.writeValueAsString(schema);
  }

  /** Text in every language of the site: one non-empty string per language folder. */
  private JsonNode textSchema() {
    var text = JSON.createObjectNode();
    text.put(
        "description",
        "Text in every language of the site: "
            + String.join(
                ", ", languages.stream().map(l -> l.folder() + " (" + l.name() + ")").toList())
            + "; a missing translation is a build error.");
    text.put("type", "object");
    var required = text.putArray("required");
    languages.forEach(l -> required.add(l.folder()));
    text.put("additionalProperties", false);
    var properties = text.putObject("properties");
    for (Language language : languages) {
      properties
          .putObject(language.folder())
          .put("type", "string")
          .put("minLength", 1)
          .put("description", language.name());
    }
    return text;
  }

  /** {@code schemas/x.schema.json} for a user schema, the jar's name for a built-in one. */
  private static String document(String iri) {
    return iri.contains("#") ? iri.substring(0, iri.indexOf('#')) : iri;
  }

  /** A validator's message without Java's names and Folio's internal addresses. */
  private static String readable(RuntimeException e) {
    String message =
        String.valueOf(e.getMessage())
            .replaceAll("\\b(?:[a-z]+\\.)+[A-Z][A-Za-z]*(?:Exception|Error): ", "");
    message =
        message
            .replace(USER + ENVELOPE, "(built-in) " + ENVELOPE)
            .replace(USER, "schemas/")
            .replace(BUILTIN, "(built-in) ");
    return SchemaErrors.excerpt(message, 200);
  }

  static String displayPath(String iri) {
    String document = iri.contains("#") ? iri.substring(0, iri.indexOf('#')) : iri;
    if (document.startsWith(USER) && !document.equals(USER + ENVELOPE)) {
      return "schemas/" + document.substring(USER.length());
    }
    if (document.equals(USER + ENVELOPE)) {
      return "(built-in) " + ENVELOPE;
    }
    return "(built-in) " + document.substring(BUILTIN.length());
  }

  /**
   * The property names a schema location allows, following {@code $ref}s, for suggesting the
   * closest name to a misspelt one.
   */
  TreeSet<String> knownProperties(SchemaLocation location) {
    TreeSet<String> names = new TreeSet<>();
    collectProperties(
        location.getAbsoluteIri().toString(), pointer(location.getFragment()), names, 0);
    return names;
  }

  private void collectProperties(
      String documentIri, String pointer, TreeSet<String> names, int depth) {
    if (depth > 8) {
      return;
    }
    Optional<JsonNode> document = node(documentIri);
    if (document.isEmpty()) {
      return;
    }
    JsonNode at = pointer.isEmpty() ? document.get() : document.get().at(pointer);
    at.path("properties").propertyNames().forEach(names::add);
    JsonNode ref = at.get("$ref");
    if (ref != null && ref.isString()) {
      String target = ref.asString();
      String targetDocument =
          target.startsWith("#")
              ? documentIri
              : SchemaLocation.resolve(SchemaLocation.of(documentIri), target.split("#", 2)[0]);
      String targetPointer = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "";
      collectProperties(targetDocument, targetPointer, names, depth + 1);
    }
  }

  private static String pointer(NodePath fragment) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < fragment.getNameCount(); i++) {
      pointer.append('/').append(fragment.getName(i).replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }
}
