package dev.folio.render;

import dev.folio.model.InterfaceStrings;
import freemarker.core.Environment;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.Template;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What {@code <@fragment template="NAME.ftlh" view=VALUE/>} rendered in one build. The directive
 * renders the template {@code NAME} with nothing but {@code view} (a view record) and its caller's
 * {@code i18n}, so its text is a function of the template, the strings and the view: the build
 * renders each distinct one once and writes the same text wherever an equal view comes again. A
 * part that many pages show alike (the navigation's collapsed entries, the same for every page of a
 * section) then costs once per build rather than once per page, as Hugo's {@code partialCached}
 * does, without a key for the theme to get wrong.
 *
 * <p>One per build ({@link SiteTheme}): a template or string edited in {@code serve} makes the next
 * build's fragments anew.
 */
final class Fragments {
  /** The directive, the same for every template: it finds the build's fragments in its run. */
  static final TemplateDirectiveModel DIRECTIVE = new Directive();

  /** The name of the {@link Environment}'s attribute that holds the build's fragments. */
  static final String ATTRIBUTE = "dev.folio.fragments";

  /**
   * The most fragments a build keeps: about 50 MB of the navigation's links. A theme whose views
   * differ on every page would otherwise keep a copy of that part of every page; past this,
   * fragments are rendered each time.
   */
  static final int MAX_KEPT = 100_000;

  /** The characters a fragment's text has room for before it grows. */
  private static final int FIRST_CAPACITY = 256;

  /**
   * A fragment: its template, the strings it was given (null: none; the same object for every page
   * of a language, so compared as such rather than key by key) and its view.
   */
  private record Key(String template, InterfaceStrings strings, Record view) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && key.strings == strings
          && key.template.equals(template)
          && key.view.equals(view);
    }

    @Override
    public int hashCode() {
      return (template.hashCode() * 31 + System.identityHashCode(strings)) * 31 + view.hashCode();
    }
  }

  /**
   * A fragment by the very objects it was asked for with: a view shared by many pages (the
   * navigation's entries of a section) is found again without hashing all it holds.
   */
  private record Same(Key key) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Same same
          && same.key.view == key.view
          && same.key.strings == key.strings
          && same.key.template.equals(key.template);
    }

    @Override
    public int hashCode() {
      return (key.template.hashCode() * 31 + System.identityHashCode(key.strings)) * 31
          + System.identityHashCode(key.view);
    }
  }

  /** A fragment's text, and the same encoded as UTF-8 for the writers of files. */
  private record Text(String text, byte[] utf8) {
    Text(String text) {
      this(text, text.getBytes(StandardCharsets.UTF_8));
    }

    void writeTo(Writer out) throws IOException {
      if (out instanceof Utf8Writer file) {
        file.writeUtf8(utf8, text);
      } else {
        out.write(text);
      }
    }
  }

  private final Map<Key, Text> rendered = new ConcurrentHashMap<>();

  /** The same texts by the very objects they were rendered for. */
  private final Map<Same, Text> asked = new ConcurrentHashMap<>();

  /** How many fragments were rendered rather than reused. */
  private final AtomicInteger renders = new AtomicInteger();

  /** How many fragments this build rendered rather than reused. */
  int renders() {
    return renders.get();
  }

  /**
   * The text of a fragment: rendered once, then reused. Two threads that ask for the same one at
   * once may both render it; they make the same text.
   */
  private Text text(Key key, Environment caller, TemplateModel i18n)
      throws TemplateException, IOException {
    Same same = new Same(key);
    Text text = asked.get(same);
    if (text != null) {
      return text;
    }
    text = rendered.get(key);
    if (text == null) {
      text = new Text(render(key, caller, i18n));
      // Kept by the view it was rendered for too: an equal view made anew for each page is found
      // by equality, and not kept (with all it holds) once per page.
      if (rendered.size() < MAX_KEPT && rendered.putIfAbsent(key, text) == null) {
        asked.put(same, text);
      }
    }
    return text;
  }

  /** A fragment rendered: its template run with its view and strings alone. */
  private String render(Key key, Environment caller, TemplateModel i18n)
      throws TemplateException, IOException {
    Template template;
    try {
      template = caller.getConfiguration().getTemplate(key.template());
    } catch (TemplateNotFoundException e) {
      // Reported where the fragment is asked for, as a missing include is.
      throw new TemplateModelException(e.getMessage(), e);
    }
    Map<String, Object> model = new HashMap<>();
    model.put("view", caller.getObjectWrapper().wrap(key.view()));
    if (i18n != null) {
      model.put("i18n", i18n);
    }
    // Most fragments are a link or a few (the current page's link is rendered on each page):
    // started at the default 4,096 characters, each page's allocated 12 kB for a 100-byte link.
    StringBuilderWriter out = new StringBuilderWriter(FIRST_CAPACITY);
    Environment env = template.createProcessingEnvironment(model, out);
    env.setCustomAttribute(ATTRIBUTE, this);
    renders.incrementAndGet();
    env.process();
    return out.toString();
  }

  /** {@code <@fragment template="NAME.ftlh" view=VALUE/>}. */
  private static final class Directive implements TemplateDirectiveModel {
    private static final Set<String> ONE = Set.of("template", "view");

    private static final Set<String> EACH = Set.of("template", "views");

    private static final String USAGE =
        "fragment takes a template and a view (or a list of them, views), and no body:"
            + " <@fragment template=\"nav-entries.ftlh\" view=page.nav.before/>";

    private static final String NOT_A_VIEW =
        "fragment's view must be one of Folio's view records (as page.nav.before), and views a"
            + " list of them; not a hash, list or text";

    @Override
    public void execute(
        Environment env,
        @SuppressWarnings("rawtypes") Map params,
        TemplateModel[] loopVars,
        TemplateDirectiveBody body)
        throws TemplateException, IOException {
      boolean each = params.keySet().equals(EACH);
      if (body != null
          || loopVars.length > 0
          || !(each || params.keySet().equals(ONE))
          || !(params.get("template") instanceof TemplateScalarModel name)) {
        throw new TemplateModelException(USAGE);
      }
      Object given = adapted((TemplateModel) params.get(each ? "views" : "view"));
      List<?> views =
          !each ? Collections.singletonList(given) : given instanceof List<?> list ? list : null;
      if (views == null) {
        throw new TemplateModelException(NOT_A_VIEW);
      }
      TemplateModel i18n = env.getDataModel().get("i18n");
      InterfaceStringsMethod method = i18n instanceof InterfaceStringsMethod m ? m : null;
      InterfaceStrings strings = method == null ? null : method.strings();
      Fragments fragments = (Fragments) env.getCustomAttribute(ATTRIBUTE);
      String template = name.getAsString();
      for (Object view : views) {
        if (!(view instanceof Record record)) {
          throw new TemplateModelException(NOT_A_VIEW);
        }
        Key key = new Key(template, strings, record);
        // A caller that records the strings it reads must see the fragment read them too.
        if (method != null && method.recording()) {
          env.getOut().write(fragments.render(key, env, i18n));
        } else {
          fragments.text(key, env, i18n).writeTo(env.getOut());
        }
      }
    }

    /** The Java object a template's value shows, or null. */
    private static Object adapted(TemplateModel model) {
      return model instanceof AdapterTemplateModel adapter
          ? adapter.getAdaptedObject(Object.class)
          : null;
    }
  }
}
