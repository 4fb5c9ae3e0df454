package dev.folio.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.InterfaceStrings;
import dev.folio.model.Language;
import dev.folio.model.Problem;
import dev.folio.model.StringsRead;
import dev.folio.render.view.NavLink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code <@fragment template=… view=…/>}: a template rendered with its view and strings alone, once
 * per build for each distinct view.
 */
class FragmentsTest {
  private static final Language EN = Language.of("en", "en", "English");

  private static final InterfaceStrings STRINGS =
      new InterfaceStrings(
          EN, "i18n/en.yaml", Map.of("nav.label", "Sections"), Map.of(), Set.of("nav.label"));

  private static final String LINK = "[${view.label}·${i18n(\"nav.label\")}]";

  private static final String TWICE =
      "<@fragment template=\"link.ftlh\" view=a/>"
          + "<@fragment template=\"link.ftlh\" view=b/>"
          + "<@fragment template=\"link.ftlh\" view=a/>";

  private static Templates templates(Path dir, Map<String, String> files) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("templates"));
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
    return new Templates(new Theme(dir, List.of()));
  }

  private static NavLink link(String label) {
    return new NavLink(label, label.toLowerCase() + "/", false, null);
  }

  private static Map<String, Object> model(NavLink a, NavLink b, InterfaceStringsMethod i18n) {
    return Map.of("a", a, "b", b, "i18n", i18n);
  }

  private static Problem problem(Templates templates, String name, Map<String, Object> model) {
    Templates.TemplateProblem thrown = null;
    try {
      templates.render(name, model, new Fragments());
    } catch (Templates.TemplateProblem e) {
      thrown = e;
    }
    assertThat(thrown).as("a problem").isNotNull();
    return thrown.problem();
  }

  @Test
  void eachDistinctViewIsRenderedOncePerBuild(@TempDir Path dir) throws Exception {
    Templates templates = templates(dir, Map.of("link.ftlh", LINK, "page.ftlh", TWICE));
    Fragments build = new Fragments();
    InterfaceStringsMethod i18n = new InterfaceStringsMethod(STRINGS);
    NavLink a = link("A");
    NavLink b = link("B");
    String page = templates.render("page.ftlh", model(a, b, i18n), build);
    assertThat(page).isEqualTo("[A·Sections][B·Sections][A·Sections]");
    assertThat(build.renders()).isEqualTo(2);

    // Another page, with equal views made anew: nothing rendered again.
    assertThat(templates.render("page.ftlh", model(link("B"), link("A"), i18n), build))
        .isEqualTo("[B·Sections][A·Sections][B·Sections]");
    assertThat(build.renders()).isEqualTo(2);

    // Other strings, or another build, render their own.
    InterfaceStrings other =
        new InterfaceStrings(
            EN, "i18n/en.yaml", Map.of("nav.label", "Menu"), Map.of(), Set.of("nav.label"));
    // (the very same view objects too)
    assertThat(templates.render("page.ftlh", model(a, b, new InterfaceStringsMethod(other)), build))
        .isEqualTo("[A·Menu][B·Menu][A·Menu]");
    assertThat(build.renders()).isEqualTo(4);
    Fragments next = new Fragments();
    templates.render("page.ftlh", model(link("A"), link("B"), i18n), next);
    assertThat(next.renders()).isEqualTo(2);
  }

  @Test
  void aListOfViewsIsRenderedOneByOneEachOnce(@TempDir Path dir) throws Exception {
    Templates templates =
        templates(
            dir,
            Map.of(
                "link.ftlh",
                LINK,
                "list.ftlh",
                "<@fragment template=\"link.ftlh\" views=links/>",
                "notalist.ftlh",
                "<@fragment template=\"link.ftlh\" views=a/>"));
    Fragments build = new Fragments();
    InterfaceStringsMethod i18n = new InterfaceStringsMethod(STRINGS);
    Map<String, Object> model =
        Map.of("links", List.of(link("A"), link("B"), link("A")), "a", link("A"), "i18n", i18n);
    assertThat(templates.render("list.ftlh", model, build))
        .isEqualTo("[A·Sections][B·Sections][A·Sections]");
    assertThat(build.renders()).isEqualTo(2);
    assertThat(templates.render("list.ftlh", Map.of("links", List.of(), "i18n", i18n), build))
        .isEmpty();
    assertThat(problem(templates, "notalist.ftlh", model).message())
        .contains("views a list of them");
  }

  @Test
  void aCallerThatRecordsItsStringsSeesTheFragmentReadThem(@TempDir Path dir) throws Exception {
    Templates templates = templates(dir, Map.of("link.ftlh", LINK, "page.ftlh", TWICE));
    Fragments build = new Fragments();
    templates.render(
        "page.ftlh", model(link("A"), link("B"), new InterfaceStringsMethod(STRINGS)), build);
    StringsRead.Recorder read = new StringsRead.Recorder();
    assertThat(
            templates.render(
                "page.ftlh",
                model(link("A"), link("B"), new InterfaceStringsMethod(STRINGS, read)),
                build))
        .isEqualTo("[A·Sections][B·Sections][A·Sections]");
    assertThat(build.renders()).isEqualTo(5);
    assertThat(read.finish().byFolder()).containsEntry("en", Map.of("nav.label", "Sections"));
  }

  @Test
  void aFragmentSeesItsViewAndStringsAlone(@TempDir Path dir) throws Exception {
    Templates templates =
        templates(
            dir,
            Map.of(
                "link.ftlh",
                "${view.label}\n${a.label}",
                "page.ftlh",
                "<@fragment template=\"link.ftlh\" view=a/>"));
    Problem problem =
        problem(
            templates,
            "page.ftlh",
            model(link("A"), link("B"), new InterfaceStringsMethod(STRINGS)));
    assertThat(problem.pos().path()).isEqualTo("templates/link.ftlh");
    assertThat(problem.pos().line()).isEqualTo(2);
    assertThat(problem.message()).contains("\"a\" is null or missing");
  }

  @Test
  void aMisusedFragmentIsReportedWhereItIsAskedFor(@TempDir Path dir) throws Exception {
    Templates templates =
        templates(
            dir,
            Map.of(
                "missing.ftlh",
                "\n<@fragment template=\"nowhere.ftlh\" view=a/>",
                "text.ftlh",
                "<@fragment template=\"page.ftlh\" view=a.label/>",
                "body.ftlh",
                "<@fragment template=\"page.ftlh\" view=a>x</@fragment>"));
    Map<String, Object> model = model(link("A"), link("B"), new InterfaceStringsMethod(STRINGS));

    Problem missing = problem(templates, "missing.ftlh", model);
    assertThat(missing.pos().path()).isEqualTo("templates/missing.ftlh");
    assertThat(missing.pos().line()).isEqualTo(2);
    assertThat(missing.message()).contains("no template \"nowhere.ftlh\"");

    assertThat(problem(templates, "text.ftlh", model).message())
        .contains("fragment's view must be one of Folio's view records");
    Problem body = problem(templates, "body.ftlh", model);
    assertThat(body.pos().path()).isEqualTo("templates/body.ftlh");
    assertThat(body.message())
        .contains("fragment takes a template and a view (or a list of them, views), and no body");
  }
}
