package dev.folio.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.render.view.TableView.CellView;
import dev.folio.render.view.TableView.RowGroup;
import dev.folio.render.view.TableView.RowView;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** Rows that repeat their first cell share it: which do, and what each row keeps. */
class RowGroupsTest {
  private static final IntPredicate NO_ROW_NOTES = n -> false;

  private static CellView heading(String text) {
    return new CellView(text, false, null, null, true);
  }

  private static CellView value(String text) {
    return new CellView(text, true, null, null, false);
  }

  private static RowView row(String label, String batch, String cost) {
    return new RowView(List.of(heading(label), value(batch), value(cost)));
  }

  @Test
  void aRunOfRowsWithTheSameHeadingBecomesOneGroupAndTheRestStayAsTheyAre() {
    List<RowView> rows =
        List.of(
            row("Alone", "1", "0.5"),
            row("Sweep", "1", "0.4"),
            row("Sweep", "8", "0.1"),
            row("Sweep", "32", "0.05"),
            row("Last", "1", "0.3"));

    List<RowGroup> groups = TableViews.groups(rows, NO_ROW_NOTES);

    assertThat(groups).hasSize(3);
    assertThat(groups.get(0).label()).isNull();
    assertThat(groups.get(0).rows()).containsExactly(rows.get(0));
    RowGroup sweep = groups.get(1);
    assertThat(sweep.label()).isEqualTo(heading("Sweep"));
    assertThat(sweep.rows()).hasSize(3);
    assertThat(sweep.rows().get(1).cells())
        .as("the label once for the group; each row's next cell its own heading")
        .containsExactly(new CellView("8", true, null, null, true), value("0.1"));
    assertThat(groups.get(2).label()).isNull();
    assertThat(groups.get(2).rows()).containsExactly(rows.get(4));
  }

  @Test
  void aTableWithoutRepeatsIsOneGroupOfEveryRow() {
    List<RowView> rows = List.of(row("A", "1", "2"), row("B", "1", "2"));

    assertThat(TableViews.groups(rows, NO_ROW_NOTES)).containsExactly(new RowGroup(null, rows));
    assertThat(TableViews.groups(List.of(), NO_ROW_NOTES))
        .containsExactly(new RowGroup(null, List.of()));
  }

  @Test
  void aRowsNoteMovesToItsOwnHeadingButACorrectionKeepsTheRowApart() {
    CellView noted = new CellView("Sweep", false, null, 1, true);
    CellView corrected = new CellView("Sweep", false, "Swept", 2, true);
    List<RowView> rows =
        List.of(
            row("Sweep", "1", "0.4"),
            new RowView(List.of(noted, value("128"), value(""))),
            new RowView(List.of(corrected, value("256"), value(""))));

    List<RowGroup> groups = TableViews.groups(rows, Set.of(1)::contains);

    assertThat(groups).hasSize(2);
    assertThat(groups.get(0).label()).isEqualTo(heading("Sweep"));
    assertThat(groups.get(0).rows().get(1).cells().get(0))
        .isEqualTo(new CellView("128", true, null, 1, true));
    assertThat(groups.get(1)).isEqualTo(new RowGroup(null, List.of(rows.get(2))));
  }

  @Test
  void rowsAddedSinceTheReportOrOfTwoColumnsAreNotGrouped() {
    RowView added =
        new RowView("row-t-b", "Added 1 June 2024", List.of(heading("A"), value("1"), value("2")));
    List<RowView> rows = List.of(row("A", "1", "2"), added);
    List<RowView> narrow =
        List.of(
            new RowView(List.of(heading("A"), value("1"))),
            new RowView(List.of(heading("A"), value("2"))));

    assertThat(TableViews.groups(rows, NO_ROW_NOTES)).containsExactly(new RowGroup(null, rows));
    assertThat(TableViews.groups(narrow, NO_ROW_NOTES)).containsExactly(new RowGroup(null, narrow));
  }

  @Test
  void aCorrectedCellInAGroupedRowKeepsTheMarkOfItsCorrection() {
    // The events table: the same company on several rows, one of whose dates is corrected.
    CellView correctedDate = new CellView("30 Jan 2023", false, "3 Feb 2023", 1, false);
    List<RowView> rows =
        List.of(
            new RowView(List.of(heading("Google"), correctedDate, value("Anthropic"))),
            row("Google", "6 Feb 2023", "Bard"));

    List<RowGroup> groups = TableViews.groups(rows, NO_ROW_NOTES);

    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).rows().get(0).cells().get(0))
        .isEqualTo(new CellView("30 Jan 2023", false, "3 Feb 2023", 1, true));
  }
}
