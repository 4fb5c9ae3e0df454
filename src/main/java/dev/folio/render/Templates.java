package dev.folio.render;

import dev.folio.model.Problem;
import dev.folio.model.SourcePos;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.core.TemplateClassResolver;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Freemarker, configured once: HTML auto-escaping for {@code .ftlh}, no access to Java classes,
 * no locale- or clock-dependent output. A template mistake becomes a {@link Problem} pointing
 * at the template's line.
 */
final class Templates {
  static {
    // Freemarker would otherwise pick whatever logging library is on the class path.
    System.setProperty("org.freemarker.loggerLibrary", "none");
  }

  private final Configuration config;
  private final Theme theme;

  /** Templates looked up in the project, the extensions, then the theme. */
  Templates(Theme theme) {
    this.theme = theme;
    config = new Configuration(Configuration.VERSION_2_3_34);
    config.setTemplateLoader(theme.templateLoader());
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
  }

  /** Renders {@code name} (e.g. {@code page.ftlh}) with {@code model}. */
  String render(String name, Map<String, Object> model) throws TemplateProblem {
    try {
      Template template = config.getTemplate(name);
      StringWriter out = new StringWriter();
      template.process(model, out);
      return out.toString();
    } catch (TemplateNotFoundException e) {
      throw new TemplateProblem(Problem.at(SourcePos.file("templates/" + name),
          "template \"" + name + "\" does not exist", "the theme has no " + name
              + "; add templates/" + name + " or check the name"));
    } catch (ParseException e) {
      throw new TemplateProblem(syntaxError(e));
    } catch (TemplateException e) {
      throw new TemplateProblem(templateError(e));
    } catch (IOException e) {
      // Freemarker caches a failed parse and reports it later as an IOException around it.
      if (e.getCause() instanceof ParseException parse) {
        throw new TemplateProblem(syntaxError(parse));
      }
      throw new UncheckedIOException(e);
    }
  }

  private Problem syntaxError(ParseException e) {
    return Problem.at(pos(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()),
        "template syntax error: " + firstLine(e.getEditorMessage()),
        "see https://freemarker.apache.org/docs/dgui_template_overallstructure.html");
  }

  private Problem templateError(TemplateException e) {
    Integer line = e.getLineNumber();
    Integer column = e.getColumnNumber();
    SourcePos pos = pos(e.getTemplateSourceName(), line == null ? 0 : line,
        column == null ? 0 : column);
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof InterfaceStringsMethod.MissingString missing) {
        return Problem.at(pos, firstLine(missing.getMessageWithoutStackTop()), missing.hint());
      }
    }
    String message = firstLine(e.getMessageWithoutStackTop());
    if (e.getBlamedExpressionString() != null && message.contains("null or missing")) {
      message = "\"" + e.getBlamedExpressionString() + "\" is null or missing";
    }
    return Problem.at(pos, "template error: " + message, "templates see only the fields of"
        + " Folio's view records (dev.folio.render.view); use \"x!\" or \"x??\" for optional ones");
  }

  private SourcePos pos(String templateName, int line, int column) {
    return new SourcePos(theme.templatePath(templateName), line, column);
  }

  private static String firstLine(String message) {
    String text = message == null ? "" : message.strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  /** A template mistake, carried out of the rendering of one page. */
  static final class TemplateProblem extends Exception {
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
