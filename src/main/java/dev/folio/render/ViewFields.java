package dev.folio.render;

import dev.folio.render.view.Alternate;
import dev.folio.render.view.ChartPageView;
import dev.folio.render.view.ChartView;
import dev.folio.render.view.ChooserView;
import dev.folio.render.view.CiteView;
import dev.folio.render.view.ContentsView;
import dev.folio.render.view.EditionView;
import dev.folio.render.view.HomeView;
import dev.folio.render.view.LanguageLink;
import dev.folio.render.view.MetaView;
import dev.folio.render.view.NavLink;
import dev.folio.render.view.NavView;
import dev.folio.render.view.NotFoundView;
import dev.folio.render.view.PageView;
import dev.folio.render.view.PdfLink;
import dev.folio.render.view.PrintView;
import dev.folio.render.view.RedirectView;
import dev.folio.render.view.ReportEntry;
import dev.folio.render.view.ReportView;
import dev.folio.render.view.SeriesView;
import dev.folio.render.view.SourceView;
import dev.folio.render.view.TableView;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The names templates can read, for "did you mean" when one is misspelt. */
final class ViewFields {
  static final Set<String> NAMES = names();

  private ViewFields() {}

  private static Set<String> names() {
    Set<String> names =
        new TreeSet<>(
            Set.of(
                "page",
                "table",
                "chart",
                "view",
                "contents",
                "home",
                "series",
                "i18n",
                "fragment",
                "print",
                "chartPage"));
    Stream.of(
            Alternate.class,
            ChartPageView.class,
            ChartView.class,
            ChooserView.class,
            CiteView.class,
            ContentsView.class,
            EditionView.class,
            HomeView.class,
            LanguageLink.class,
            MetaView.class,
            NavLink.class,
            NavView.class,
            NotFoundView.class,
            PageView.class,
            PdfLink.class,
            PrintView.class,
            RedirectView.class,
            ReportEntry.class,
            ReportView.class,
            SeriesView.class,
            SourceView.class,
            TableView.class)
        .forEach(type -> collect(type, names));
    return Set.copyOf(names);
  }

  private static void collect(Class<?> type, Set<String> names) {
    for (RecordComponent component : type.getRecordComponents()) {
      names.add(component.getName());
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (nested.isRecord()) {
        collect(nested, names);
      }
    }
  }
}
