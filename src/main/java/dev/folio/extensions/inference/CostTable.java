package dev.folio.extensions.inference;

import dev.folio.extension.Inputs;
import dev.folio.extensions.inference.model.Figure;
import dev.folio.extensions.inference.model.FigureKey;
import dev.folio.extensions.inference.model.HardwareCheck;
import dev.folio.extensions.inference.model.Recomputation;
import dev.folio.extensions.inference.model.Reproduction;
import dev.folio.format.Formats;
import dev.folio.model.DataTable;
import dev.folio.model.Language;
import dev.folio.model.Row;
import dev.folio.model.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code folio cost}'s table in one language: each line a label from the extension's strings
 * ({@code cost.cli.*}) and a value written the language's way by the site's {@link Formats}
 * (grouped digits, never an exponent), with its unit. Counts are exact; measured figures have five
 * significant digits, ratios are percentages. It prints {@link CostReport#document()}, the same
 * document as the JSON, so the two formats never disagree.
 */
final class CostTable {
  private static final int DIGITS = 5;
  private static final int PERCENT_DIGITS = 3;

  /** A figure's unit: the string that writes it ({@code {value} GB}) and the SI scale it has. */
  private enum Unit {
    COUNT(null, 1),
    PERCENT(null, 1),
    BYTES("bytes", 1),
    MB("mb", 1e6),
    GB("gb", 1e9),
    GB_PER_SECOND("gbPerSecond", 1e9),
    TB_PER_SECOND("tbPerSecond", 1e12),
    TFLOPS("tflops", 1e12),
    PFLOPS("pflops", 1e15),
    FLOP_PER_BYTE("flopPerByte", 1),
    SECONDS("seconds", 1),
    TOKENS_PER_SECOND("tokensPerSecond", 1),
    USD("usd", 1),
    USD_PER_HOUR("usdPerHour", 1);

    private final String key;
    private final double scale;

    Unit(String key, double scale) {
      this.key = key;
      this.scale = scale;
    }
  }

  /** The unit of each number of the document; any other number is a count. */
  private static final Map<String, Unit> UNITS =
      Map.ofEntries(
          Map.entry("bytesPerParameter", Unit.BYTES),
          Map.entry("kvBytesPerElement", Unit.BYTES),
          Map.entry("activationBytesPerElement", Unit.BYTES),
          Map.entry("utilization", Unit.PERCENT),
          Map.entry("bandwidthEfficiency", Unit.PERCENT),
          Map.entry("usdPerHour", Unit.USD_PER_HOUR),
          Map.entry("weightBytes", Unit.GB),
          Map.entry("kvBytesPerToken", Unit.MB),
          Map.entry("effectiveFlops", Unit.TFLOPS),
          Map.entry("effectiveBandwidth", Unit.GB_PER_SECOND),
          Map.entry("ridgePoint", Unit.FLOP_PER_BYTE),
          Map.entry("requiredBytes", Unit.GB),
          Map.entry("availableBytes", Unit.GB),
          Map.entry("prefillSeconds", Unit.SECONDS),
          Map.entry("firstDecodeStepSeconds", Unit.SECONDS),
          Map.entry("meanDecodeStepSeconds", Unit.SECONDS),
          Map.entry("decodeSeconds", Unit.SECONDS),
          Map.entry("requestSeconds", Unit.SECONDS),
          Map.entry("outputTokensPerSecond", Unit.TOKENS_PER_SECOND),
          Map.entry("usdPerRequest", Unit.USD),
          Map.entry("usdPerThousandOutputTokens", Unit.USD),
          Map.entry("criticalBatch", Unit.COUNT));

  private final Inputs site;
  private final Language lang;
  private final Formats formats;

  /** The lines so far: a heading has no value. */
  private final List<Line> lines = new ArrayList<>();

  private record Line(int indent, String label, String value) {}

  CostTable(Inputs site, Language lang) {
    this.site = site;
    this.lang = lang;
    this.formats = site.formats(lang);
  }

  /**
   * The report as a table.
   *
   * @param published the report's published table, for its figures' labels and units
   */
  String of(CostReport report, Optional<DataTable> published) {
    Map<String, Object> document = report.document();
    lines.add(new Line(0, string("scenario"), report.scenarioId()));
    section("inputs", document.get("inputs"));
    section("firstPrinciples", document.get("firstPrinciples"));
    report
        .reproduction()
        .ifPresent(
            r ->
                published.ifPresent(
                    table -> {
                      asPublished(r, table);
                      hardwareCheck(r.hardware());
                    }));
    return text();
  }

  private void section(String key, Object fields) {
    heading(string(key));
    ((Map<?, ?>) fields)
        .forEach((name, value) -> field(1, string((String) name), (String) name, value));
  }

  private void field(int indent, String label, String name, Object value) {
    lines.add(new Line(indent, label, value(name, value)));
  }

  private String value(String name, Object value) {
    if (value == null) {
      return name.equals("parameterCount") ? string("parameterCount.fromShape") : "–";
    }
    if (value instanceof Boolean fits) {
      return site.string(lang, fits ? "cost.fit.fits" : "cost.fit.doesNotFit");
    }
    if (value instanceof String code) {
      return name.endsWith("Bound") ? site.string(lang, "cost.bound." + code) : code;
    }
    return measure(((Number) value).doubleValue(), UNITS.getOrDefault(name, Unit.COUNT));
  }

  private String measure(double value, Unit unit) {
    return switch (unit) {
      case COUNT -> count(value);
      case PERCENT -> percent(value);
      default -> unit(unit, formats.number(value / unit.scale, DIGITS));
    };
  }

  /** A whole count exactly (173,946,175,488), any other one to five significant digits. */
  private String count(double value) {
    return value == Math.rint(value) && Math.abs(value) < 0x1p53
        ? formats.number(BigDecimal.valueOf((long) value))
        : formats.number(value, DIGITS);
  }

  private String percent(double fraction) {
    return formats.percent(
        new BigDecimal(fraction).round(new MathContext(PERCENT_DIGITS, RoundingMode.HALF_EVEN)));
  }

  private String unit(Unit unit, String number) {
    return string("unit." + unit.key).replace("{value}", number);
  }

  private void asPublished(Reproduction reproduction, DataTable table) {
    heading(string("asPublished"));
    lines.add(new Line(1, string("impliedParameters"), count(reproduction.parameters())));
    for (Figure figure : reproduction.figures()) {
      Row row = table.row(ReproductionTable.publishedRowId(figure.key())).orElseThrow();
      String label = row.text("label").in(lang);
      if (figure.key() == FigureKey.COST_PER_REQUEST_FROM_RECOMPUTED_TIME) {
        label += site.string(lang, "cost.reproduction.fromRecomputedTime");
      }
      lines.add(new Line(1, label, null));
      String published =
          row.value("value").orElse(null) instanceof Value.Num num
              ? formats.number(num.value())
              : figure.published().text();
      lines.add(new Line(2, column("reproduction", "published"), ofRow(row, published)));
      Optional<Recomputation> recomputation = figure.recomputation();
      if (recomputation.isPresent()) {
        Recomputation r = recomputation.get();
        lines.add(
            new Line(
                2,
                column("reproduction", "recomputed"),
                ofRow(row, formats.number(r.value(), DIGITS))));
        lines.add(
            new Line(2, column("reproduction", "difference"), percent(r.relativeDifference())));
      }
      figure
          .closestCandidate()
          .ifPresent(
              c ->
                  lines.add(
                      new Line(
                          2,
                          string("closestCandidate"),
                          c.formula() + " = " + ofRow(row, formats.number(c.value(), DIGITS)))));
      lines.add(
          new Line(
              2,
              column("reproduction", "verdict"),
              site.string(lang, "cost.verdict." + Codes.of(figure.verdict()))));
    }
  }

  /** A figure in the unit its row of the published table gives, if it gives one. */
  private String ofRow(Row row, String number) {
    if (!(row.value("unit").orElse(null) instanceof Value.Localized unit)) {
      return number;
    }
    return string("unit.data").replace("{value}", number).replace("{unit}", unit.text().in(lang));
  }

  private void hardwareCheck(HardwareCheck check) {
    heading(string("hardwareCheck"));
    for (HardwareCheck.Reading reading : check.readings()) {
      boolean flops = reading.quantity().comparedWith().equals("serverPeakPetaflops");
      Unit each = flops ? Unit.TFLOPS : Unit.GB_PER_SECOND;
      Unit total = flops ? Unit.PFLOPS : Unit.TB_PER_SECOND;
      lines.add(new Line(1, site.string(lang, "cost.quantity." + reading.quantity().id()), null));
      lines.add(new Line(2, string("perAccelerator"), measure(reading.perAccelerator(), each)));
      lines.add(
          new Line(2, column("hardware", "serverTotal"), measure(reading.serverTotal(), total)));
      lines.add(new Line(2, column("hardware", "published"), measure(reading.published(), total)));
      lines.add(
          new Line(2, column("hardware", "difference"), percent(reading.relativeDifference())));
      lines.add(
          new Line(
              2,
              column("hardware", "match"),
              site.string(
                  lang, reading.matchesPublished() ? "cost.match.matches" : "cost.match.differs")));
    }
  }

  private void heading(String label) {
    lines.add(new Line(0, "", null));
    lines.add(new Line(0, label, null));
  }

  private String column(String table, String column) {
    return site.string(lang, "cost." + table + ".column." + column);
  }

  private String string(String key) {
    return site.string(lang, "cost.cli." + key);
  }

  /** The lines, each value in one column after the widest label, as a terminal shows them. */
  private String text() {
    int width = 0;
    for (Line line : lines) {
      if (line.value() != null) {
        width = Math.max(width, 2 * line.indent() + columns(line.label()));
      }
    }
    StringBuilder text = new StringBuilder();
    for (Line line : lines) {
      String label = "  ".repeat(line.indent()) + line.label();
      text.append(label);
      if (line.value() != null) {
        text.append(" ".repeat(width + 2 - columns(label))).append(line.value());
      }
      text.append('\n');
    }
    return text.toString();
  }

  /** How many terminal columns a text takes: East Asian wide and full-width characters take two. */
  static int columns(String text) {
    return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
  }

  private static boolean wide(int c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x20000 && c <= 0x3FFFD);
  }
}
