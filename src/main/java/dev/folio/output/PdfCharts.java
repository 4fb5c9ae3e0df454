package dev.folio.output;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.extend.UserAgentCallback;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The PDF edition's SVG drawer: Folio's charts drawn by Folio ({@link PdfChart}), any other SVG
 * (one a project's template or extension writes outside the charts' subset) by Batik, which is made
 * only when such an SVG first comes. What openhtmltopdf tells the drawer (fonts, the user agent) is
 * kept and told to Batik when it is made.
 */
final class PdfCharts implements SVGDrawer {
  /** Something said to the drawer, said again to Batik. */
  private interface Told {
    void to(SVGDrawer drawer) throws IOException, FontFormatException;
  }

  private final List<Told> told = new ArrayList<>();
  private BatikSVGDrawer batik;

  @Override
  public SVGImage buildSVGImage(
      Element svg,
      Box box,
      CssContext css,
      double cssWidth,
      double cssHeight,
      double dotsPerPixel) {
    PdfChart chart = PdfChart.of(svg, dotsPerPixel);
    return chart != null
        ? chart
        : batik().buildSVGImage(svg, box, css, cssWidth, cssHeight, dotsPerPixel);
  }

  @Override
  public SVGImage buildStandaloneSVGImage(
      Element svg, String uri, double targetWidth, double targetHeight, double dotsPerPixel) {
    return batik().buildStandaloneSVGImage(svg, uri, targetWidth, targetHeight, dotsPerPixel);
  }

  /** Whether Batik was needed. */
  boolean usedBatik() {
    return batik != null;
  }

  private BatikSVGDrawer batik() {
    if (batik == null) {
      BatikSVGDrawer made = new BatikSVGDrawer();
      try {
        for (Told each : told) {
          each.to(made);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (FontFormatException e) {
        throw new IllegalStateException(e);
      }
      batik = made;
    }
    return batik;
  }

  private void tell(Told what) {
    if (batik != null) {
      try {
        what.to(batik);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (FontFormatException e) {
        throw new IllegalStateException(e);
      }
    } else {
      told.add(what);
    }
  }

  @Override
  public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
    tell(drawer -> drawer.importFontFaceRules(fontFaces, shared));
  }

  @Override
  public void withUserAgent(UserAgentCallback userAgent) {
    tell(drawer -> drawer.withUserAgent(userAgent));
  }

  @Override
  public void addFontFile(File file, String family, Integer weight, FontStyle style) {
    tell(drawer -> drawer.addFontFile(file, family, weight, style));
  }

  @Override
  public void addFontStream(
      FSSupplier<InputStream> supplier, String family, Integer weight, FontStyle style) {
    tell(drawer -> drawer.addFontStream(supplier, family, weight, style));
  }

  @Override
  public void close() throws IOException {
    if (batik != null) {
      batik.close();
    }
  }
}
