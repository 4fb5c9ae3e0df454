package dev.folio.render;

import dev.folio.model.InterfaceStrings;
import dev.folio.model.StringsRead;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;

/**
 * {@code i18n("key")} in templates: the interface string in the page's language. A key that is not
 * defined is an error, never a silent fallback to the other language.
 */
final class InterfaceStringsMethod implements TemplateMethodModelEx {
  private final InterfaceStrings strings;

  /** Records the strings looked up, for a result that depends on them; null: not recorded. */
  private final StringsRead.Recorder read;

  InterfaceStringsMethod(InterfaceStrings strings) {
    this(strings, null);
  }

  InterfaceStringsMethod(InterfaceStrings strings, StringsRead.Recorder read) {
    this.strings = strings;
    this.read = read;
  }

  /** The strings it looks up. */
  InterfaceStrings strings() {
    return strings;
  }

  /** Whether it records the strings looked up. */
  boolean recording() {
    return read != null;
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel key)) {
      throw new TemplateModelException("i18n takes one argument, the key: i18n(\"nav.home\")");
    }
    return lookup(key.getAsString());
  }

  String lookup(String key) throws MissingString {
    String text = read != null ? read.read(strings, key) : strings.strings().get(key);
    if (text == null) {
      throw new MissingString(key, strings.path());
    }
    return text;
  }

  /** A template asked for an interface string that the language's file does not define. */
  static final class MissingString extends TemplateModelException {
    private static final long serialVersionUID = 1L;

    private final String key;

    private final String path;

    MissingString(String key, String path) {
      super("interface string \"" + key + "\" is not defined in " + path);
      this.key = key;
      this.path = path;
    }

    String hint() {
      return "add \"" + key + ": …\" to " + path + ", and to the other languages' files";
    }
  }
}
