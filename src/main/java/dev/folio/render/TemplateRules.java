package dev.folio.render;

import freemarker.cache.TemplateLoader;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a template may do, beyond Freemarker's own settings: read the components of Folio's view
 * records and nothing else of Java (no {@code getClass()}, no constructors, no fields), and use no
 * directive or built-in that evaluates text as a template, reaches Java, reads the clock or changes
 * the locale. Templates hold loops and formatting, and two builds give the same bytes.
 */
final class TemplateRules {
  /** Built-ins and special variables a template may not use, with why, for the message. */
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "\\?\\s*(eval|eval_json|interpret|new|api|has_api)\\b"
              + "|(?<![\\w$)\\]])\\.\\s*(now|locale_object)\\b"
              + "|[<\\[]#\\s*setting\\b");

  private TemplateRules() {}

  /** Only record components of records, nothing else, are visible to templates. */
  static final MemberAccessPolicy RECORDS_ONLY =
      new MemberAccessPolicy() {
        @Override
        public ClassMemberAccessPolicy forClass(Class<?> type) {
          return new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(Method method) {
              Class<?> owner = method.getDeclaringClass();
              return owner.isRecord()
                  && method.getParameterCount() == 0
                  && Arrays.stream(owner.getRecordComponents())
                      .map(RecordComponent::getName)
                      .anyMatch(method.getName()::equals);
            }

            @Override
            public boolean isConstructorExposed(Constructor<?> constructor) {
              return false;
            }

            @Override
            public boolean isFieldExposed(Field field) {
              return false;
            }
          };
        }

        @Override
        public boolean isToStringAlwaysExposed() {
          return true;
        }
      };

  /** A template that uses what it may not, found when it is loaded. */
  static final class Forbidden extends IOException {
    private static final long serialVersionUID = 1L;

    final String templateName;
    final int line;
    final int column;
    final String what;

    Forbidden(String templateName, int line, int column, String what) {
      super(templateName + ":" + line + ":" + column + ": " + what, null);
      this.templateName = templateName;
      this.line = line;
      this.column = column;
      this.what = what;
    }
  }

  /** Wraps a loader so that every template's text is checked before Freemarker parses it. */
  static TemplateLoader checking(TemplateLoader loader) {
    return new TemplateLoader() {
      @Override
      public Object findTemplateSource(String name) throws IOException {
        Object source = loader.findTemplateSource(name);
        return source == null ? null : new Named(name, source);
      }

      @Override
      public long getLastModified(Object source) {
        return loader.getLastModified(((Named) source).source());
      }

      @Override
      public Reader getReader(Object source, String encoding) throws IOException {
        Named named = (Named) source;
        String text = read(loader, named.source(), encoding);
        check(named.name(), text);
        return new StringReader(text);
      }

      @Override
      public void closeTemplateSource(Object source) throws IOException {
        loader.closeTemplateSource(((Named) source).source());
      }
    };
  }

  private static String read(TemplateLoader loader, Object source, String encoding)
      throws IOException {
    try (Reader reader = loader.getReader(source, encoding)) {
      StringBuilder all = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n; (n = reader.read(buffer)) > 0; ) {
        all.append(buffer, 0, n);
      }
      return all.toString();
    }
  }

  /** A loader's source with the name it was found by. */
  private record Named(String name, Object source) {}

  static void check(String name, String text) throws Forbidden {
    Matcher found = FORBIDDEN.matcher(text);
    if (found.find()) {
      String before = text.substring(0, found.start());
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      int column = found.start() - before.lastIndexOf('\n');
      throw new Forbidden(
          name,
          line,
          column,
          "\"" + found.group().replaceAll("\\s+", "") + "\" is not available in Folio's templates");
    }
  }
}
