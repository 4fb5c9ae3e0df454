package dev.folio.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart's colours written into its SVG as attributes, from the theme's {@code chart-image.css}: a
 * chart that leaves the web page (an image, the PDF edition, a share card) has no style sheet, and
 * SVG renderers read attributes alike (Batik, JSVG, browsers, office software). The rules are a
 * small part of CSS: a selector is a tag, classes or both, or one such ancestor and one element;
 * declarations are presentation attributes. Pure: the same chart and rules give the same bytes.
 * Safe to use from several threads.
 */
final class ChartStyle {
  private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
  private static final Pattern TAG =
      Pattern.compile("<(/?)([A-Za-z][\\w:-]*)((?:\\s+[\\w:-]+=\"[^\"]*\")*)\\s*(/?)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)=\"([^\"]*)\"");

  /** One element as a selector sees it. */
  private record Element(String tag, Set<String> classes) {}

  /** {@code tag.a.b}: a tag (or null for any) and the classes it must have. */
  private record Compound(String tag, Set<String> classes) {
    boolean matches(Element element) {
      return (tag == null || tag.equals(element.tag())) && element.classes().containsAll(classes);
    }
  }

  /** A selector (an ancestor or null, and the element) with its declarations. */
  private record Rule(
      Compound ancestor,
      Compound element,
      int specificity,
      int order,
      Map<String, String> values) {}

  private final List<Rule> rules = new ArrayList<>();

  /** The rules of {@code css} (comments allowed). */
  ChartStyle(String css) {
    Matcher rule = RULE.matcher(css.replaceAll("(?s)/\\*.*?\\*/", " "));
    while (rule.find()) {
      Map<String, String> values = new LinkedHashMap<>();
      for (String declaration : rule.group(2).split(";")) {
        int colon = declaration.indexOf(':');
        if (colon > 0) {
          values.put(
              declaration.substring(0, colon).strip(), declaration.substring(colon + 1).strip());
        }
      }
      for (String selector : rule.group(1).split(",")) {
        String[] parts = selector.strip().split("\\s+");
        Compound element = compound(parts[parts.length - 1]);
        Compound ancestor = parts.length > 1 ? compound(parts[0]) : null;
        int specificity = score(element) + (ancestor == null ? 0 : score(ancestor));
        rules.add(new Rule(ancestor, element, specificity, rules.size(), values));
      }
    }
  }

  private static Compound compound(String text) {
    String[] parts = text.split("\\.", -1);
    Set<String> classes = new TreeSet<>(Arrays.asList(parts).subList(1, parts.length));
    return new Compound(parts[0].isEmpty() ? null : parts[0], classes);
  }

  private static int score(Compound compound) {
    return compound.classes().size() * 10 + (compound.tag() == null ? 0 : 1);
  }

  /**
   * {@code svg} with each element's presentation attributes from the rules (an attribute it has
   * already wins), and {@code rootAttributes} (name, value pairs) added to its root element.
   */
  String apply(String svg, String... rootAttributes) {
    StringBuilder out = new StringBuilder(svg.length() + svg.length() / 2);
    Deque<Element> ancestors = new ArrayDeque<>();
    Matcher tag = TAG.matcher(svg);
    int last = 0;
    boolean root = true;
    while (tag.find()) {
      out.append(svg, last, tag.start());
      last = tag.end();
      if (!tag.group(1).isEmpty()) {
        ancestors.pollFirst();
        out.append(tag.group());
        continue;
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
      while (attribute.find()) {
        attributes.put(attribute.group(1), attribute.group(2));
      }
      Element element = element(tag.group(2), attributes.get("class"));
      if (root) {
        for (int i = 0; i + 1 < rootAttributes.length; i += 2) {
          attributes.put(rootAttributes[i], Svgs.escape(rootAttributes[i + 1]));
        }
        root = false;
      }
      declarations(element, ancestors).forEach(attributes::putIfAbsent);
      out.append('<').append(element.tag());
      attributes.forEach(
          (name, value) -> out.append(' ').append(name).append("=\"").append(value).append('"'));
      boolean empty = !tag.group(4).isEmpty();
      out.append(empty ? "/>" : ">");
      if (!empty) {
        ancestors.push(element);
      }
    }
    return out.append(svg, last, svg.length()).toString();
  }

  private static boolean anyMatches(Compound compound, Deque<Element> ancestors) {
    for (Element ancestor : ancestors) {
      if (compound.matches(ancestor)) {
        return true;
      }
    }
    return false;
  }

  private static Element element(String tag, String classes) {
    Set<String> set = new TreeSet<>();
    if (classes != null) {
      set.addAll(Arrays.asList(classes.strip().split("\\s+")));
    }
    return new Element(tag, set);
  }

  /**
   * The rules whose element part matches each element seen, in order: a chart has few kinds of
   * element and many elements of each.
   */
  private final Map<Element, List<Rule>> candidates = new ConcurrentHashMap<>();

  /** What the rules say of {@code element}: the strongest rule for each property. */
  private Map<String, String> declarations(Element element, Deque<Element> ancestors) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Rule> winners = new LinkedHashMap<>();
    List<Rule> matching =
        candidates.computeIfAbsent(
            element, key -> rules.stream().filter(rule -> rule.element().matches(key)).toList());
    for (Rule rule : matching) {
      if (rule.ancestor() != null && !anyMatches(rule.ancestor(), ancestors)) {
        continue;
      }
      for (String property : rule.values().keySet()) {
        Rule won = winners.get(property);
        if (won == null
            || rule.specificity() > won.specificity()
            || (rule.specificity() == won.specificity() && rule.order() > won.order())) {
          winners.put(property, rule);
        }
      }
    }
    winners.forEach(
        (property, rule) -> values.put(property, Svgs.escape(rule.values().get(property))));
    return values;
  }
}
