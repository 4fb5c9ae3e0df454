package dev.folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordWrapperTest {
  /** A view as templates get them: a public record with nested records and a list. */
  public record Link(String href, String label, boolean current) {}

  /** A record that is not public: templates see nothing of it, as with Freemarker's beans. */
  record Hidden(String secret) {}

  public record View(String title, Integer count, Link link, List<Link> links, String missing) {}

  private static final View VIEW =
      new View(
          "Title <&>",
          3,
          new Link("a/", "A", true),
          List.of(new Link("b/", "B", false), new Link("c/", "C", false)),
          null);

  private static RecordWrapper wrapper() {
    DefaultObjectWrapperBuilder builder =
        new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    builder.setMemberAccessPolicy(TemplateRules.RECORDS_ONLY);
    return new RecordWrapper(builder);
  }

  @Test
  void aRecordIsAHashOfItsComponentsAndNothingElse() throws Exception {
    TemplateHashModel view = (TemplateHashModel) wrapper().wrap(VIEW);
    assertEquals("Title <&>", ((TemplateScalarModel) view.get("title")).getAsString());
    assertEquals(2, ((TemplateSequenceModel) view.get("links")).size());
    assertNull(view.get("missing"), "a null component is missing, as with Freemarker's beans");
    for (String notAComponent : List.of("getClass", "hashCode", "toString", "class", "equals")) {
      assertNull(view.get(notAComponent), notAComponent);
    }
    assertFalse(view.isEmpty());
    TemplateModel link = view.get("link");
    assertTrue(link instanceof TemplateHashModel);
    assertNull(((TemplateHashModel) wrapper().wrap(new Hidden("x"))).get("secret"));
  }

  @Test
  void templatesReadTheSameAsWithFreemarkersBeanWrapper() throws Exception {
    String text =
        "${view.title}|${view.count}|<#list view.links as l>${l.href}${l.current?c};</#list>"
            + "|${view.link.label}|${view.missing!'-'}|${view.link.current?then('y','n')}"
            + "|${(view.getClass)???c}|${view.links?size}";
    assertEquals(render(text, beanWrapperConfig()), render(text, recordWrapperConfig()));
    assertEquals("Title <&>|3|b/false;c/false;|A|-|y|false|2", render(text, recordWrapperConfig()));
  }

  @Test
  void textIsShownAsByFreemarkersBeanWrapper() throws Exception {
    // The wrapper tells strings by their class, before the default's checks.
    assertEquals("Title <&>", ((TemplateScalarModel) wrapper().wrap("Title <&>")).getAsString());
    String text = "${text}|${text?length}|${text?upper_case}";
    Map<String, Object> model = Map.of("text", "<&a>");
    assertEquals(
        render(text, model, beanWrapperConfig()), render(text, model, recordWrapperConfig()));
    assertEquals("<&a>|4|<&A>", render(text, model, recordWrapperConfig()));
  }

  private static Configuration beanWrapperConfig() {
    Configuration config = new Configuration(Configuration.VERSION_2_3_34);
    DefaultObjectWrapperBuilder builder =
        new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    builder.setMemberAccessPolicy(TemplateRules.RECORDS_ONLY);
    config.setObjectWrapper(builder.build());
    return config;
  }

  private static Configuration recordWrapperConfig() {
    Configuration config = new Configuration(Configuration.VERSION_2_3_34);
    config.setObjectWrapper(wrapper());
    return config;
  }

  private static String render(String text, Configuration config) throws Exception {
    return render(text, Map.of("view", VIEW), config);
  }

  private static String render(String text, Map<String, Object> model, Configuration config)
      throws Exception {
    Template template = new Template("t", new StringReader(text), config);
    StringWriter out = new StringWriter();
    template.process(model, out);
    return out.toString();
  }
}
