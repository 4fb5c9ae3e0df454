package dev.folio.extensions.inference;

import static dev.folio.extension.ComputedTable.num;
import static dev.folio.extension.ComputedTable.str;
import static dev.folio.extension.ComputedTable.text;

import dev.folio.extension.ComputedTable;
import dev.folio.extensions.inference.model.Figure;
import dev.folio.extensions.inference.model.FigureKey;
import dev.folio.extensions.inference.model.Recomputation;
import dev.folio.extensions.inference.model.Reproduction;
import dev.folio.extensions.inference.model.Verdict;
import dev.folio.model.DataTable;
import dev.folio.model.Provenance;
import dev.folio.model.Row;
import dev.folio.model.Source;
import dev.folio.model.Text;
import dev.folio.model.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code cost-reproduction}: each printed figure beside its recomputation and verdict. */
final class ReproductionTable {
  static final String NAME = "cost-reproduction";

  private ReproductionTable() {}

  static DataTable of(
      Words words,
      CostInputs.PublishedInput input,
      Reproduction reproduction,
      DataTable scenarios,
      DataTable accelerators) {
    DataTable source = input.source();
    ComputedTable table =
        new ComputedTable(NAME, source.path())
            .text("figure", words.text("reproduction.column.figure"))
            .text("published", words.text("reproduction.column.published"))
            .text("formula", words.text("reproduction.column.formula"))
            .number("recomputed", words.text("reproduction.column.recomputed"), null, 4)
            .codes(
                "verdict",
                words.text("reproduction.column.verdict"),
                words.codes(
                    "verdict",
                    Codes.of(Verdict.REPRODUCED),
                    Codes.of(Verdict.CONTRADICTED),
                    Codes.of(Verdict.NOT_DERIVABLE)))
            .percent("difference", words.text("reproduction.column.difference"), 2);
    for (Figure figure : reproduction.figures()) {
      Row printed = source.row(publishedRowId(figure.key())).orElseThrow();
      table.row(
          figure.key().id(), printed.pos(), fields(words, figure, printed), note(words, figure));
    }
    return table.build(
        words.text("reproduction.title"),
        words.text("reproduction.description"),
        new Provenance(
            List.of(
                new Source(
                    words.text(
                        "reproduction.source",
                        Map.of(
                            "published",
                            Words.fileName(source),
                            "scenarios",
                            Words.fileName(scenarios),
                            "accelerators",
                            Words.fileName(accelerators))),
                    null,
                    null)),
            source.provenance().asOf(),
            words.text(
                "reproduction.symbols",
                Map.of("bytes", Words.Figure.upTo(input.table().bytesPerParameter(), 6)))));
  }

  /** The published row a figure is printed in; both cost figures check the same one. */
  static String publishedRowId(FigureKey key) {
    return switch (key) {
      case COST_PER_REQUEST, COST_PER_REQUEST_FROM_RECOMPUTED_TIME -> "costPerRequestCents";
      default -> key.id();
    };
  }

  private static Map<String, Value> fields(Words words, Figure figure, Row printed) {
    Map<String, Value> fields = new LinkedHashMap<>();
    Text label = printed.text("label");
    fields.put(
        "figure",
        text(
            figure.key() == FigureKey.COST_PER_REQUEST_FROM_RECOMPUTED_TIME
                ? label.append(words.text("reproduction.fromRecomputedTime"))
                : label));
    fields.put("published", str(printed.string("publishedAs")));
    figure
        .recomputation()
        .ifPresent(
            r -> {
              fields.put("formula", str(r.formula()));
              fields.put("recomputed", num(r.value()));
            });
    fields.put("verdict", str(Codes.of(figure.verdict())));
    figure.recomputation().ifPresent(r -> fields.put("difference", num(r.relativeDifference())));
    return fields;
  }

  /** A figure no formula gives: name the closest candidate, and say it is not the report's. */
  private static Text note(Words words, Figure figure) {
    if (figure.closestCandidate().isEmpty()) {
      return null;
    }
    Recomputation closest = figure.closestCandidate().get();
    return words.text(
        "reproduction.notDerivable",
        Map.of(
            "formula",
            closest.formula(),
            "value",
            Words.Figure.of(closest.value(), 3),
            "difference",
            Words.Figure.of(closest.relativeDifference() * 100, 2)));
  }
}
