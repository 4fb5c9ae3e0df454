package dev.folio.chart;

import static dev.folio.chart.Canvas.PAD;
import static dev.folio.chart.Canvas.SMALL;

import dev.folio.model.ChartSpec;
import dev.folio.model.Column;
import dev.folio.model.DataTable;
import dev.folio.model.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A grid of text cells under column headings, beside row headings, each cell filled by its level. A
 * cell whose level no source states (level 0) is hatched with a dashed outline, so it never looks
 * like one of the levels. The narrow layout stacks the rows: each row's heading, then its cells two
 * abreast, each headed by its column.
 */
public final class GridChart extends ChartKind<GridChart.Grid> {
  /** The kind, as {@link ChartKinds} registers it. */
  static final GridChart KIND = new GridChart();

  private static final double CELL_GAP = 3;
  private static final double CELL_PAD = 5;

  private GridChart() {
    super(
        "grid",
        List.of(
            new Role("row", FieldType.CODES, true),
            new Role("column", FieldType.CODES, true),
            new Role("label", FieldType.ANY, true),
            new Role("level", FieldType.CODES, true)),
        "unstated");
  }

  // ---- what it draws -------------------------------------------------------------------------

  /**
   * A grid of text cells, rows by columns, each coloured by its level (1…n, or 0 for a level no
   * source states, drawn hatched). The narrow layout stacks the rows, cells two abreast.
   */
  public record Grid(
      String id,
      String title,
      String description,
      List<String> rows,
      List<String> columns,
      List<GridCell> cells,
      List<Level> levels)
      implements Chart {
    public Grid {
      rows = List.copyOf(rows);
      columns = List.copyOf(columns);
      cells = List.copyOf(cells);
      levels = List.copyOf(levels);
      ChartKind.requireSome(rows, "rows");
      ChartKind.requireSome(columns, "columns");
    }

    @Override
    public String svg(ChartSvg.Variant variant) {
      return KIND.svg(this, variant);
    }
  }

  public record GridCell(int row, int column, String text, int level) {}

  /** A legend entry: level 1…n, or 0 for "unstated". */
  public record Level(int level, String label) {}

  // ---- checks --------------------------------------------------------------------------------

  /** {@code unstated} is one of the level's codes. */
  @Override
  void checkOptions(ChartSpec chart, DataTable table, ChartChecks checks) {
    Optional<Column> level = checks.codes(chart, table, "level");
    chart
        .setting("unstated")
        .ifPresent(
            unstated ->
                level.ifPresent(
                    column -> {
                      if (!column.values().containsKey(unstated.value())) {
                        checks.add(
                            unstated.pos(),
                            "\""
                                + unstated.value()
                                + "\" is not one of the codes of \""
                                + column.key()
                                + "\"",
                            ChartChecks.didYouMean(unstated.value(), column.values().keySet())
                                .orElse(
                                    "its codes are "
                                        + String.join(", ", column.values().keySet())));
                      }
                    }));
  }

  // ---- view ----------------------------------------------------------------------------------

  @Override
  public Grid view(ChartSpec spec, DataTable table, ChartData data) {
    Column row = data.field(spec, table, "row");
    Column column = data.field(spec, table, "column");
    Column label = data.field(spec, table, "label");
    Column level = data.field(spec, table, "level");
    String unstated = spec.value("unstated", null);
    List<String> rowCodes = List.copyOf(row.values().keySet());
    List<String> columnCodes = List.copyOf(column.values().keySet());
    List<String> levelCodes =
        level.values().keySet().stream().filter(code -> !code.equals(unstated)).toList();
    List<GridCell> cells = new ArrayList<>();
    for (Row r : table.rows()) {
      String rowCode = ChartData.code(r, row);
      String columnCode = ChartData.code(r, column);
      String levelCode = ChartData.code(r, level);
      if (rowCode == null || columnCode == null) {
        continue;
      }
      int levelIndex =
          levelCode == null || levelCode.equals(unstated) ? 0 : levelCodes.indexOf(levelCode) + 1;
      cells.add(
          new GridCell(
              rowCodes.indexOf(rowCode),
              columnCodes.indexOf(columnCode),
              data.text(r, label),
              levelIndex));
    }
    List<Level> levels = new ArrayList<>();
    for (int i = 0; i < levelCodes.size(); i++) {
      levels.add(new Level(i + 1, data.label(level, levelCodes.get(i))));
    }
    if (unstated != null) {
      levels.add(new Level(0, data.label(level, unstated)));
    }
    return new Grid(
        data.id(spec),
        data.title(spec),
        data.description(spec),
        data.labels(row),
        data.labels(column),
        cells,
        levels);
  }

  // ---- layout --------------------------------------------------------------------------------

  @Override
  double draw(Grid chart, Canvas canvas) {
    String hatch = canvas.id + "-hatch";
    hatchPattern(canvas.svg, hatch);
    double top = legend(chart, canvas, hatch);
    return canvas.narrow
        ? new Cards(chart, canvas, top, hatch).draw()
        : new Table(chart, canvas, top, hatch).draw();
  }

  /** The hatching of cells whose level no source states. */
  private static void hatchPattern(Svg svg, String hatch) {
    svg.open("defs");
    svg.open(
        "pattern",
        "id",
        hatch,
        "patternUnits",
        "userSpaceOnUse",
        "width",
        6.0,
        "height",
        6.0,
        "patternTransform",
        "rotate(45)");
    svg.leaf("rect", "width", 6.0, "height", 6.0, "class", "chart-hatch-ground");
    svg.leaf("line", "x1", 0.0, "y1", 0.0, "x2", 0.0, "y2", 6.0, "class", "chart-hatch-line");
    svg.close("pattern");
    svg.close("defs");
  }

  /** The levels' legend across the top; returns the top of what follows. */
  private static double legend(Grid chart, Canvas canvas, String hatch) {
    double top = PAD;
    List<Legend.Item> items = new ArrayList<>();
    for (Level level : chart.levels()) {
      Legend.Symbol symbol =
          level.level() == 0
              ? (s, x, cy) ->
                  s.leaf(
                      "rect",
                      "x",
                      x,
                      "y",
                      cy - 5.0,
                      "width",
                      14.0,
                      "height",
                      10.0,
                      "fill",
                      "url(#" + hatch + ")",
                      "class",
                      "chart-cell-unstated")
              : Legend.swatch("chart-cell chart-level-" + level.level());
      items.add(new Legend.Item(14, symbol, level.label()));
    }
    top += Legend.draw(canvas, items, PAD, top, canvas.width - 2 * PAD);
    top += items.isEmpty() ? 0 : 8;
    return top;
  }

  /**
   * Wide: a table, phase by phase: the headings, each cell's lines, the rows' heights, then the
   * cells, the headings and the cells' texts.
   */
  private static final class Table {
    private static final double LINE = SMALL * TextMetrics.LINE_HEIGHT;

    private final Grid chart;
    private final Svg svg;
    private final double width;
    private final double top;
    private final String hatch;
    private final List<String> rows;
    private final List<String> columns;
    private List<List<String>> rowHeads;
    private List<List<String>> colHeads;
    private double left;
    private double cellWidth;
    private double headHeight;

    /** Each cell, and its lines, at its place in the drawn grid (null where there is none). */
    private final List<List<GridCell>> cells = new ArrayList<>();

    private final List<List<List<String>>> cellLines = new ArrayList<>();
    private double[] rowTop;
    private double[] rowHeight;

    Table(Grid chart, Canvas canvas, double top, String hatch) {
      this.chart = chart;
      this.svg = canvas.svg;
      this.width = canvas.width;
      this.top = top;
      this.hatch = hatch;
      this.rows = chart.rows();
      this.columns = chart.columns();
    }

    double draw() {
      headings();
      placeCells(cellWidth - 2 * CELL_PAD);
      double bottom = rowHeights();
      cellRects();
      drawHeadings();
      cellTexts();
      return bottom - CELL_GAP + PAD;
    }

    /** The rows' headings left of the cells, which share the rest; the columns' above them. */
    private void headings() {
      rowHeads = Canvas.wrapAll(rows, width * 0.13, SMALL, 4);
      double rowHeadWidth =
          rowHeads.stream()
              .mapToDouble(lines -> TextMetrics.width(lines, SMALL) * TextMetrics.BOLD)
              .max()
              .orElse(0);
      left = PAD + rowHeadWidth + 8;
      cellWidth = (width - PAD - left - CELL_GAP * (columns.size() - 1)) / columns.size();
      colHeads = new ArrayList<>();
      for (String column : columns) {
        colHeads.add(TextMetrics.wrap(column, (cellWidth - 2) / TextMetrics.BOLD, SMALL, 3));
      }
      int headLines = colHeads.stream().mapToInt(List::size).max().orElse(1);
      headHeight = Canvas.textHeight(headLines, SMALL) + 6;
    }

    private void placeCells(double textWidth) {
      for (int r = 0; r < rows.size(); r++) {
        List<List<String>> lineRow = new ArrayList<>();
        List<GridCell> cellRow = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
          lineRow.add(null);
          cellRow.add(null);
        }
        cellLines.add(lineRow);
        cells.add(cellRow);
      }
      for (GridCell cell : chart.cells()) {
        int r = cell.row();
        int c = cell.column();
        cells.get(r).set(c, cell);
        cellLines.get(r).set(c, TextMetrics.wrap(cell.text(), textWidth, SMALL, 9));
      }
    }

    /** Each row as tall as its heading or its fullest cell; returns the bottom of the last. */
    private double rowHeights() {
      rowTop = new double[rows.size()];
      rowHeight = new double[rows.size()];
      double y = top + headHeight;
      for (int r = 0; r < rows.size(); r++) {
        int lines = rowHeads.get(r).size();
        for (List<String> cell : cellLines.get(r)) {
          if (cell != null) {
            lines = Math.max(lines, cell.size());
          }
        }
        rowTop[r] = y;
        rowHeight[r] = Math.max(30, Canvas.textHeight(lines, SMALL) + 2 * CELL_PAD + 2);
        y += rowHeight[r] + CELL_GAP;
      }
      return y;
    }

    private void cellRects() {
      svg.open("g", "class", "chart-cells");
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < columns.size(); c++) {
          GridCell cell = cells.get(r).get(c);
          if (cell == null) {
            continue;
          }
          rect(
              svg,
              cell.level(),
              left + c * (cellWidth + CELL_GAP),
              rowTop[r],
              cellWidth,
              rowHeight[r],
              hatch);
        }
      }
      svg.close("g");
    }

    private void drawHeadings() {
      svg.open("g", "class", "chart-headings", "font-size", SMALL);
      for (int c = 0; c < columns.size(); c++) {
        double x = left + c * (cellWidth + CELL_GAP) + cellWidth / 2;
        List<String> lines = colHeads.get(c);
        double base =
            top
                + headHeight
                - 6
                - Canvas.textHeight(lines.size(), SMALL)
                + TextMetrics.ASCENT * SMALL;
        svg.text(x, base, lines, LINE, "chart-label chart-strong", "middle");
      }
      for (int r = 0; r < rows.size(); r++) {
        List<String> lines = rowHeads.get(r);
        svg.text(
            PAD,
            rowTop[r] + CELL_PAD + TextMetrics.ASCENT * SMALL,
            lines,
            LINE,
            "chart-label chart-strong",
            "start");
      }
      svg.close("g");
    }

    private void cellTexts() {
      svg.open("g", "class", "chart-cell-texts", "font-size", SMALL);
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < columns.size(); c++) {
          List<String> lines = cellLines.get(r).get(c);
          if (lines == null) {
            continue;
          }
          double x = left + c * (cellWidth + CELL_GAP) + CELL_PAD;
          svg.text(
              x,
              rowTop[r] + CELL_PAD + TextMetrics.ASCENT * SMALL,
              lines,
              LINE,
              "chart-cell-text",
              "start");
        }
      }
      svg.close("g");
    }
  }

  /**
   * Narrow: each row's heading, then its cells two abreast, each headed by its column's name. The
   * cells are drawn first and their texts after them, in one group.
   */
  private static final class Cards {
    private static final double LINE = SMALL * TextMetrics.LINE_HEIGHT;

    private final Grid chart;
    private final Canvas canvas;
    private final Svg svg;
    private final String hatch;
    private final double cellWidth;
    private final double textWidth;
    private final Svg texts = new Svg();
    private double y;

    Cards(Grid chart, Canvas canvas, double top, String hatch) {
      this.chart = chart;
      this.canvas = canvas;
      this.svg = canvas.svg;
      this.hatch = hatch;
      this.cellWidth = (canvas.width - 2 * PAD - CELL_GAP * 2) / 2;
      this.textWidth = cellWidth - 2 * CELL_PAD;
      this.y = top;
    }

    double draw() {
      svg.open("g", "class", "chart-cells");
      for (int r = 0; r < chart.rows().size(); r++) {
        List<String> heading =
            TextMetrics.wrap(
                chart.rows().get(r), (canvas.width - 2 * PAD) / TextMetrics.BOLD, SMALL, 2);
        texts.text(
            PAD,
            y + TextMetrics.ASCENT * SMALL,
            heading,
            LINE,
            "chart-label chart-strong",
            "start");
        y += Canvas.textHeight(heading.size(), SMALL) + 5;
        int row = r;
        List<GridCell> cells =
            chart.cells().stream()
                .filter(c -> c.row() == row)
                .sorted(Comparator.comparingInt(GridCell::column))
                .toList();
        for (int i = 0; i < cells.size(); i += 2) {
          pair(cells.subList(i, Math.min(i + 2, cells.size())));
        }
        y += 10;
      }
      svg.close("g");
      svg.open("g", "class", "chart-cell-texts");
      svg.raw(texts.toString());
      svg.close("g");
      return y - 10 - CELL_GAP + PAD;
    }

    /** One or two cells side by side, as tall as the fuller one. */
    private void pair(List<GridCell> pair) {
      double rowHeight = 0;
      List<List<String>> heads = new ArrayList<>();
      List<List<String>> bodies = new ArrayList<>();
      for (GridCell cell : pair) {
        List<String> head =
            TextMetrics.wrap(
                chart.columns().get(cell.column()), textWidth / TextMetrics.BOLD, SMALL, 2);
        List<String> body = TextMetrics.wrap(cell.text(), textWidth, SMALL, 6);
        heads.add(head);
        bodies.add(body);
        rowHeight =
            Math.max(
                rowHeight, Canvas.textHeight(head.size() + body.size(), SMALL) + 2 * CELL_PAD + 3);
      }
      for (int k = 0; k < pair.size(); k++) {
        double x = PAD + k * (cellWidth + CELL_GAP);
        rect(svg, pair.get(k).level(), x, y, cellWidth, rowHeight, hatch);
        List<String> head = heads.get(k);
        double base = y + CELL_PAD + TextMetrics.ASCENT * SMALL;
        texts.text(
            x + CELL_PAD,
            base,
            head,
            LINE,
            "chart-cell-text chart-strong",
            "start",
            "font-size",
            SMALL);
        texts.text(
            x + CELL_PAD,
            base + head.size() * LINE + 3,
            bodies.get(k),
            LINE,
            "chart-cell-text",
            "start",
            "font-size",
            SMALL);
      }
      y += rowHeight + CELL_GAP;
    }
  }

  private static void rect(
      Svg svg, int level, double x, double y, double width, double height, String hatch) {
    if (level == 0) {
      svg.leaf(
          "rect",
          "x",
          x + 0.5,
          "y",
          y + 0.5,
          "width",
          width - 1,
          "height",
          height - 1,
          "fill",
          "url(#" + hatch + ")",
          "class",
          "chart-cell-unstated");
    } else {
      svg.leaf(
          "rect",
          "x",
          x,
          "y",
          y,
          "width",
          width,
          "height",
          height,
          "class",
          "chart-cell chart-level-" + level);
    }
  }
}
