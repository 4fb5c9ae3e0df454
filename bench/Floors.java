import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.serialization.DefaultNodeReader;
import dev.folio.Pipeline;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Two floors under the report's cold build, for bench/bench.py (section 2). It is compiled against
 * the benchmarked folio.jar and run with the launcher's JVM options and archive.
 *
 * <ul>
 *   <li>{@code libraries}: what the libraries Folio's build uses cost a new JVM when each is used
 *       once, on a tiny input, the way Folio uses it (picocli, Jackson's YAML with locations, the
 *       JSON schema validator, commonmark with Folio's extensions, Freemarker). A build cannot
 *       start faster than this plus its own work.
 *   <li>{@code warm SOURCE OUT N}: the same build N times in one JVM ({@link Pipeline#build}, no
 *       memo: each is a full build, writing OUT), one line per build. The last builds show what the
 *       build's work itself costs once the JVM has compiled it; the first, minus those, is the JVM
 *       running Folio's and its libraries' code for the first time.
 * </ul>
 */
public final class Floors {
  @CommandLine.Command(name = "build")
  static final class Command implements Runnable {
    @CommandLine.Option(names = "--out")
    String out;

    @Override
    public void run() {}
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("libraries")) {
      libraries();
    } else if (args.length == 4 && args[0].equals("warm")) {
      warm(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
    } else {
      System.err.println("usage: Floors libraries | Floors warm SOURCE OUT N");
      System.exit(2);
    }
  }

  private static void libraries() throws Exception {
    long start = System.nanoTime();
    new CommandLine(new Command()).execute("--out", "site");
    long picocli = System.nanoTime();
    JsonNode node =
        DefaultNodeReader.builder()
            .locationAware()
            .yamlMapper(YAMLMapper.builder().build())
            .build()
            .readTree(
                "title: Hello\nrows:\n  - {a: 1, b: two}\n  - {a: 2, b: three}\n",
                InputFormat.YAML);
    long yaml = System.nanoTime();
    SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(
            "{\"type\": \"object\", \"properties\": {\"title\": {\"type\": \"string\"},"
                + " \"rows\": {\"type\": \"array\", \"items\": {\"type\": \"object\","
                + " \"properties\": {\"a\": {\"type\": \"integer\"}}}}}}",
            InputFormat.JSON)
        .validate(node);
    long schema = System.nanoTime();
    var extensions = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
    String html =
        HtmlRenderer.builder()
            .extensions(extensions)
            .build()
            .render(
                Parser.builder()
                    .extensions(extensions)
                    .build()
                    .parse(
                        "# Title\n\nSome *text*, [a link](x).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"));
    long markdown = System.nanoTime();
    Configuration config = new Configuration(Configuration.VERSION_2_3_34);
    new Template(
            "page", "<h1>${title}</h1><#list rows as r><p>${r.a} ${r.b}</p></#list>${body}", config)
        .process(
            Map.of("title", "Hello", "rows", List.of(Map.of("a", 1, "b", "two")), "body", html),
            new StringWriter());
    long freemarker = System.nanoTime();
    System.out.printf(
        "picocli %d ms, yaml %d ms, schema %d ms, markdown %d ms," + " freemarker %d ms%n",
        ms(picocli - start),
        ms(yaml - picocli),
        ms(schema - yaml),
        ms(markdown - schema),
        ms(freemarker - markdown));
  }

  private static void warm(Path source, Path out, int builds) throws Exception {
    for (int i = 1; i <= builds; i++) {
      long start = System.nanoTime();
      new Pipeline(source, null).build(out);
      System.out.printf("build %d: %d ms%n", i, ms(System.nanoTime() - start));
    }
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }
}
