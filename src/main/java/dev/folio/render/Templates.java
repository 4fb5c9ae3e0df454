package dev.folio.render;

import dev.folio.model.Problem;
import dev.folio.model.Similarity;
import dev.folio.model.SourcePos;
import freemarker.cache.TemplateLookupContext;
import freemarker.cache.TemplateLookupResult;
import freemarker.cache.TemplateLookupStrategy;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Freemarker, configured once: HTML auto-escaping for {@code .ftlh}, no access to Java classes, no
 * locale- or clock-dependent output. A template mistake becomes a {@link Problem} pointing at the
 * template's line.
 */
final class Templates {
  static {
    // Freemarker would otherwise pick whatever logging library is on the class path.
    System.setProperty("org.freemarker.loggerLibrary", "none");
  }

  /**
   * Each thread's writer for {@link #renderBytes}, kept between files: a page's bytes then grow one
   * array once per thread, not once per page.
   */
  private static final ThreadLocal<Utf8Writer> WRITERS = new ThreadLocal<>();

  private final Configuration config;
  private final Theme theme;

  /** The project's template files the configuration's parsed templates were read from. */
  private final Map<String, String> files;

  /**
   * Whether a newer {@code Templates} took this one's configuration over (see {@link #forTheme}):
   * its cache then no longer matches {@link #files}.
   */
  private final AtomicBoolean handedOn = new AtomicBoolean();

  /**
   * Templates looked up in the project, the extensions, then the theme. The configuration keeps the
   * templates it parsed, so Freemarker never looks at a template's file again once it has parsed
   * it.
   */
  Templates(Theme theme) {
    this(theme, configure(theme), theme.projectFiles());
  }

  private Templates(Theme theme, Configuration config, Map<String, String> files) {
    this.theme = theme;
    this.config = config;
    this.files = files;
  }

  /**
   * The templates of {@code theme}, made from these (a dev server's last build's): the same
   * configuration with only the edited templates dropped from its cache, to be parsed again. A
   * template added or removed makes a new configuration (the lookup of a name may then end in
   * another folder), and so does a configuration already handed on (after a build that failed).
   */
  Templates forTheme(Theme theme) {
    Map<String, String> now = theme.projectFiles();
    if (!theme.lookupKey().equals(this.theme.lookupKey())
        || !now.keySet().equals(files.keySet())
        || handedOn.getAndSet(true)
        || !forgetEdited(now)) {
      return new Templates(theme);
    }
    return new Templates(theme, config, now);
  }

  /** Whether this still holds its configuration: no newer one took it over. */
  boolean current() {
    return !handedOn.get();
  }

  /** Drops the templates whose files changed; false if one cannot be dropped by its name. */
  private boolean forgetEdited(Map<String, String> now) {
    try {
      for (Map.Entry<String, String> file : now.entrySet()) {
        if (!file.getValue().equals(files.get(file.getKey()))) {
          config.removeTemplateFromCache(file.getKey());
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static Configuration configure(Theme theme) {
    Configuration config = new Configuration(Configuration.VERSION_2_3_34);
    config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    config.setTemplateLoader(TemplateRules.checking(theme.templateLoader()));
    DefaultObjectWrapperBuilder wrapper =
        new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    wrapper.setMemberAccessPolicy(TemplateRules.RECORDS_ONLY);
    wrapper.setExposeFields(false);
    config.setObjectWrapper(new RecordWrapper(wrapper));
    config.setDefaultEncoding("UTF-8");
    config.setRecognizeStandardFileExtensions(true);
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setAPIBuiltinEnabled(false);
    config.setLocalizedLookup(false);
    config.setLocale(Locale.ROOT);
    config.setTimeZone(TimeZone.getTimeZone("UTC"));
    config.setNumberFormat("computer");
    config.setFallbackOnNullLoopVariable(false);
    config.setTemplateLookupStrategy(BY_NAME_ONLY);
    config.setSharedVariable("fragment", Fragments.DIRECTIVE);
    return config;
  }

  /**
   * A template is found by its name alone: no acquisition (a name starting with a {@code *} step,
   * which Freemarker looks up in every parent folder). A template that acquired itself was parsed
   * anew at each level of its recursion and ran for minutes instead of overflowing the stack.
   */
  private static final TemplateLookupStrategy BY_NAME_ONLY =
      new TemplateLookupStrategy() {
        @Override
        public TemplateLookupResult lookup(TemplateLookupContext context) throws IOException {
          String name = context.getTemplateName();
          return name.contains("*")
              ? context.createNegativeLookupResult()
              : context.lookupWithAcquisitionStrategy(name);
        }
      };

  /**
   * Renders {@code name} (e.g. {@code page.ftlh}) with {@code model}; its {@code <@fragment>}s are
   * taken from and kept in {@code fragments}.
   */
  String render(String name, Map<String, Object> model, Fragments fragments)
      throws TemplateProblem {
    StringBuilderWriter out = new StringBuilderWriter();
    process(name, model, fragments, out);
    return out.toString();
  }

  /**
   * Renders {@code name} with {@code model} to UTF-8 bytes, with no text in between: a site's pages
   * are most of what a build writes, and encoding each as it is written spares copying it twice.
   */
  byte[] renderBytes(String name, Map<String, Object> model, Fragments fragments)
      throws TemplateProblem {
    Utf8Writer out = takeWriter();
    try {
      process(name, model, fragments, out);
      return out.toBytes();
    } finally {
      giveBack(out);
    }
  }

  /**
   * Renders {@code name} with {@code model} to UTF-8 bytes written to {@code to}, without a copy of
   * them (a build's pages go to their files so); nothing is written if the template fails.
   */
  void renderTo(String name, Map<String, Object> model, Fragments fragments, OutputStream to)
      throws TemplateProblem, IOException {
    Utf8Writer out = takeWriter();
    try {
      process(name, model, fragments, out);
      out.writeTo(to);
    } finally {
      giveBack(out);
    }
  }

  private static Utf8Writer takeWriter() {
    Utf8Writer out = WRITERS.get();
    WRITERS.remove(); // taken: a render inside this one would make its own
    return out == null ? new Utf8Writer() : out;
  }

  private static void giveBack(Utf8Writer out) {
    if (out.clear()) {
      WRITERS.set(out);
    }
  }

  private void process(String name, Map<String, Object> model, Fragments fragments, Writer out)
      throws TemplateProblem {
    try {
      Environment env = config.getTemplate(name).createProcessingEnvironment(model, out);
      env.setCustomAttribute(Fragments.ATTRIBUTE, Objects.requireNonNull(fragments));
      env.process();
    } catch (TemplateNotFoundException e) {
      throw new TemplateProblem(
          Problem.at(
              SourcePos.file("templates/" + name),
              "template \"" + name + "\" does not exist",
              "the theme has no " + name + "; add templates/" + name + " or check the name"));
    } catch (ParseException e) {
      throw new TemplateProblem(syntaxError(e));
    } catch (TemplateException e) {
      throw new TemplateProblem(includedTemplateError(e).orElseGet(() -> templateError(e)));
    } catch (TemplateRules.Forbidden e) {
      throw new TemplateProblem(forbidden(e));
    } catch (IOException e) {
      // Freemarker caches a failed load and reports it later as an IOException around it.
      if (e.getCause() instanceof ParseException parse) {
        throw new TemplateProblem(syntaxError(parse));
      }
      if (e.getCause() instanceof TemplateRules.Forbidden forbidden) {
        throw new TemplateProblem(forbidden(forbidden));
      }
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof SecurityException) {
          throw new TemplateProblem(outside(name));
        }
      }
      throw new TemplateProblem(
          Problem.at(
              SourcePos.file(theme.templatePath(name)),
              "template \"" + name + "\" cannot be read: " + e.getMessage(),
              "check that the file" + " is in templates/ and readable"));
    } catch (StackOverflowError e) {
      throw new TemplateProblem(
          Problem.at(
              SourcePos.file(endlessInclude(name)),
              "template \""
                  + name
                  + "\" includes itself, directly or through other templates,"
                  + " without end",
              "check its <#include> directives (and those of what it" + " includes)"));
    } catch (SecurityException e) {
      throw new TemplateProblem(outside(name));
    }
  }

  private static final Pattern INCLUDE = Pattern.compile("<#include \"([^\"]+)\"");

  /**
   * The template to blame for includes without end from {@code name}: the theme's own templates
   * never include themselves, so a built-in one that ran out of stack did so through a project
   * template it includes (a chart's page includes {@code table.ftlh}), which is named.
   */
  private String endlessInclude(String name) {
    String path = theme.templatePath(name);
    if (path.startsWith("templates/")) {
      return path;
    }
    try {
      Matcher include = INCLUDE.matcher(config.getTemplate(name).toString());
      while (include.find()) {
        String included = theme.templatePath(include.group(1));
        if (included.startsWith("templates/")) {
          return included;
        }
      }
    } catch (IOException e) {
      // The template loaded a moment ago: nothing better to name than itself.
    }
    return path;
  }

  /** Freemarker's file loader refuses a template that is a link to outside templates/. */
  private static Problem outside(String name) {
    return Problem.at(
        SourcePos.file("templates/" + name),
        "template \"" + name + "\" is" + " outside templates/ (a symbolic link?)",
        "copy the template into templates/ instead" + " of linking to it");
  }

  private Problem forbidden(TemplateRules.Forbidden e) {
    return Problem.at(
        pos(e.templateName, e.line, e.column),
        e.what,
        "templates hold loops and" + " formatting; docs/theme.md lists what they can use");
  }

  private Problem syntaxError(ParseException e) {
    return Problem.at(
        pos(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()),
        "template syntax error: " + expected(firstLine(e.getEditorMessage())),
        "see https://freemarker.apache.org/docs/dgui_template_overallstructure.html");
  }

  /**
   * The error of a template that {@code e}'s template includes and that does not load (a project
   * template a built-in one includes): its own, where it is, as when it is rendered alone.
   */
  private Optional<Problem> includedTemplateError(TemplateException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof ParseException parse) {
        return Optional.of(syntaxError(parse));
      }
      if (cause instanceof TemplateRules.Forbidden forbidden) {
        return Optional.of(forbidden(forbidden));
      }
    }
    return Optional.empty();
  }

  private Problem templateError(TemplateException e) {
    Integer line = e.getLineNumber();
    Integer column = e.getColumnNumber();
    SourcePos pos =
        pos(e.getTemplateSourceName(), line == null ? 0 : line, column == null ? 0 : column);
    String where = "";
    if (!pos.path().startsWith("templates/")) {
      // A built-in template that fails where a project template includes it: the include is
      // what the user can change.
      Optional<SourcePos> include = projectFrame(e.getFTLInstructionStack());
      if (include.isPresent()) {
        where = "in " + pos.path() + ", line " + pos.line() + " (included here): ";
        pos = include.get();
      }
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof InterfaceStringsMethod.MissingString missing) {
        return Problem.at(
            pos, where + firstLine(missing.getMessageWithoutStackTop()), missing.hint());
      }
      if (cause instanceof TemplateNotFoundException missing) {
        String name = missing.getTemplateName();
        return Problem.at(
            pos,
            where + "template error: there is no template \"" + excerpt(name) + "\"",
            (name.contains("*")
                    ? "Folio finds a template" + " by its name alone, without \"*/\"; "
                    : "")
                + "a template can include those"
                + " in templates/ and the theme's (docs/theme.md lists them), by their name");
      }
    }
    String message = firstLine(e.getMessageWithoutStackTop());
    String blamed = e.getBlamedExpressionString();
    if (blamed != null && message.contains("null or missing")) {
      String name = blamed.substring(blamed.lastIndexOf('.') + 1);
      Optional<String> closest = Similarity.closest(name, ViewFields.NAMES);
      return Problem.at(
          pos,
          where + "template error: \"" + excerpt(blamed) + "\" is null or missing",
          closest.filter(c -> !c.equals(name)).map(c -> "did you mean \"" + c + "\"? ").orElse("")
              + "docs/theme.md lists what each template sees; write \"x!\" or"
              + " \"x??\" for a field that may be absent");
    }
    if (message.contains("has evaluated to a method")) {
      return Problem.at(
          pos,
          where
              + "template error: \""
              + excerpt(blamed == null ? "?" : blamed)
              + "\" is a function, not a value",
          "call it, e.g. ${i18n(\"nav.title\")} for an"
              + " interface string; docs/theme.md lists what each template sees");
    }
    return Problem.at(
        pos,
        where + "template error: " + message,
        "docs/theme.md lists what" + " each template sees");
  }

  /** {@code [in template "NAME" at line L, column C]} in Freemarker's stack of instructions. */
  private static final Pattern FRAME =
      Pattern.compile("\\[in template \"([^\"]*)\" at line (\\d+), column (\\d+)\\]");

  /** The innermost instruction of a project template, outermost last in Freemarker's stack. */
  private Optional<SourcePos> projectFrame(String stack) {
    Matcher frame = FRAME.matcher(stack == null ? "" : stack);
    while (frame.find()) {
      SourcePos at =
          pos(frame.group(1), Integer.parseInt(frame.group(2)), Integer.parseInt(frame.group(3)));
      if (at.path().startsWith("templates/")) {
        return Optional.of(at);
      }
    }
    return Optional.empty();
  }

  private static String excerpt(String value) {
    String line = value.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ");
    return line.codePointCount(0, line.length()) <= 60
        ? line
        : line.substring(0, line.offsetByCodePoints(0, 60)) + "…";
  }

  private SourcePos pos(String templateName, int line, int column) {
    return new SourcePos(theme.templatePath(templateName), Math.max(1, line), Math.max(1, column));
  }

  /** The parser's list of expected tokens, in words. */
  private static String expected(String message) {
    int list = message.indexOf("but was expecting one of these patterns:");
    for (String other : new String[] {"but was expecting pattern:", "but was expecting:"}) {
      list = list < 0 ? message.indexOf(other) : list;
    }
    if (list < 0) {
      return message;
    }
    String patterns = message.substring(message.indexOf(':', list) + 1);
    String what =
        patterns.contains("<ID>") && patterns.contains("<INTEGER>")
            ? "an expression (a name, a number or a quoted string)"
            : patterns
                .strip()
                .replace("<ID>", "a name")
                .replace("<STRING_LITERAL>", "a quoted string")
                .replace("<INTEGER>", "a number")
                .replace("\" \"", "\", \"");
    return message.substring(0, list).strip().replaceAll(",$", "")
        + " where "
        + what
        + " was expected";
  }

  /** A Freemarker message as one line: its list of expected patterns joined, then cut. */
  private static String firstLine(String message) {
    String text = message == null ? "" : message.strip();
    text =
        text.replaceAll("\\s*\\n\\s*", " ")
            .replace("patterns: ", "patterns: ")
            // the position is the problem's own; Java's class names mean nothing to its reader
            .replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+\\]", "")
            .replaceAll("\\s*\\(wrapper: [^)]*\\)", "")
            .replaceAll(
                "\\b(?:dev\\.folio|freemarker|java|javax)\\.(?:[a-z]\\w*\\.)*([A-Z][\\w$]*)", "$1");
    return text.length() <= 240 ? text : text.substring(0, 240) + "…";
  }

  /** A template mistake, carried out of the rendering of one page. */
  static final class TemplateProblem extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    TemplateProblem(Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }

    Problem problem() {
      return problem;
    }
  }
}
