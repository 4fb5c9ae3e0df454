package dev.folio.output;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import dev.folio.model.Language;
import dev.folio.render.PrintEdition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A PDF edition laid out from its XHTML ({@link PrintEdition}) by openhtmltopdf: A4 pages, the
 * language's TrueType fonts embedded and subset, lines broken by the language's rules (ICU), charts
 * drawn as vectors, an outline from the document's bookmarks, tagged for accessibility (PDF/UA).
 * Reproducible: the producer is Folio, the dates are the report's, the document id is a digest of
 * the document, so the same document always gives the same bytes.
 */
final class PdfEdition {
  static {
    // openhtmltopdf reports what it cannot do through java.util.logging, on standard error.
    XRLog.setLoggingEnabled(false);
  }

  private static final EnumSet<BaseRendererBuilder.FSFontUseCase> EVERYWHERE =
      EnumSet.of(BaseRendererBuilder.FSFontUseCase.DOCUMENT, BaseRendererBuilder.FSFontUseCase.SVG);

  private PdfEdition() {}

  /**
   * A PDF and where each part starts in it.
   *
   * @param pages the page each part (a page of the report, by key) starts on, from 1
   */
  record Laid(byte[] pdf, int pageCount, Map<String, Integer> pages) {}

  /**
   * Lays out {@code document}.
   *
   * @param date the date the PDF says it was made and changed (the report's)
   * @param staticFolder the project's {@code static/}, where the document's images are
   */
  static Laid lay(
      PrintEdition.Document document,
      Language lang,
      PdfFonts.Fonts fonts,
      LocalDate date,
      Path staticFolder) {
    return lay(document, lang, fonts, date, staticFolder, new PdfCharts());
  }

  /** Lays out {@code document} with {@code svg} drawing its SVG. */
  static Laid lay(
      PrintEdition.Document document,
      Language lang,
      PdfFonts.Fonts fonts,
      LocalDate date,
      Path staticFolder,
      SVGDrawer svg) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    PdfRendererBuilder builder = builder(document, lang, staticFolder, svg);
    builder.toStream(out);
    PDDocument pdf = new PDDocument();
    builder.usePDDocument(pdf);
    List<Closeable> collections = new ArrayList<>();
    try {
      useFonts(builder, pdf, fonts, collections);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
          PDDocument done = renderer.createPDFKeepOpen()) {
        Map<String, Integer> pages = pages(renderer, document);
        reproducible(done, date, digest(document.xhtml()));
        done.save(out);
        return new Laid(out.toByteArray(), done.getNumberOfPages(), pages);
      } finally {
        close(collections);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Everything but the fonts: PDF/UA, the language's line breaks, SVG, no outside resources. */
  private static PdfRendererBuilder builder(
      PrintEdition.Document document, Language lang, Path staticFolder, SVGDrawer svg) {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.usePdfUaAccessibility(true);
    builder.withProducer("Folio");
    builder.useUnicodeLineBreaker(new LineBreaker(lang));
    builder.useSVGDrawer(svg);
    builder.useProtocolsStreamImplementation(
        url -> staticFile(staticFolder, url), PrintEdition.STATIC_SCHEME);
    // Nothing from the network or the disk but the project's static images.
    builder.useExternalResourceAccessControl(
        (uri, type) -> uri != null && uri.startsWith(PrintEdition.STATIC_SCHEME + ":"),
        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.withHtmlContent(document.xhtml(), null);
    return builder;
  }

  /**
   * The language's fonts, for the text and for the charts' SVG; of a TrueType collection, its first
   * font.
   */
  private static void useFonts(
      PdfRendererBuilder builder, PDDocument pdf, PdfFonts.Fonts fonts, List<Closeable> collections)
      throws IOException {
    for (PdfFonts.Face face : fonts.faces()) {
      if (!face.collection()) {
        builder.useFont(
            face.file().toFile(),
            face.family(),
            face.weight(),
            BaseRendererBuilder.FontStyle.NORMAL,
            true,
            EVERYWHERE);
        continue;
      }
      builder.useFont(
          new CollectionFont(pdf, face, collections),
          face.family(),
          face.weight(),
          BaseRendererBuilder.FontStyle.NORMAL,
          true);
      // For an SVG Folio does not draw itself (PdfCharts): Batik reads the collection's first
      // font through AWT.
      builder.useFont(
          face.file().toFile(),
          face.family(),
          face.weight(),
          BaseRendererBuilder.FontStyle.NORMAL,
          true,
          EnumSet.of(BaseRendererBuilder.FSFontUseCase.SVG));
    }
  }

  /**
   * The first font of a TrueType collection, read when the PDF first needs it: a fallback font (the
   * CJK font of a PDF in English) is often never read.
   */
  private static final class CollectionFont extends PDFontSupplier {
    private final PDDocument pdf;
    private final Path file;
    private final String name;
    private final List<Closeable> open;
    private PDFont font;

    CollectionFont(PDDocument pdf, PdfFonts.Face face, List<Closeable> open) {
      super(null);
      this.pdf = pdf;
      this.file = face.file();
      this.name = face.postScriptName();
      this.open = open;
    }

    @Override
    public synchronized PDFont supply() {
      if (font == null) {
        try {
          TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
          open.add(collection);
          font = PDType0Font.load(pdf, first(collection), true);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return font;
    }

    /**
     * The collection's first font, found by its PostScript name, which reads that font alone
     * (reading them all would read the others' character maps and metrics too).
     */
    private TrueTypeFont first(TrueTypeCollection collection) throws IOException {
      TrueTypeFont named = name == null ? null : collection.getFontByName(name);
      if (named != null) {
        return named;
      }
      TrueTypeFont[] first = new TrueTypeFont[1];
      collection.processAllFonts(
          each -> {
            if (first[0] == null) {
              first[0] = each;
            }
          });
      return first[0];
    }
  }

  private static void close(List<Closeable> files) throws IOException {
    for (Closeable file : files) {
      file.close();
    }
  }

  /** The page each part starts on: the page of the element with its id. */
  private static Map<String, Integer> pages(
      PdfBoxRenderer renderer, PrintEdition.Document document) {
    Map<String, Integer> byId = new LinkedHashMap<>();
    for (PagePosition<?> position : renderer.findPagePositionsByID(Pattern.compile("p-.*"))) {
      byId.putIfAbsent(position.getId(), position.getPageNo() + 1);
    }
    Map<String, Integer> pages = new LinkedHashMap<>();
    document
        .parts()
        .forEach(
            (key, anchor) -> {
              Integer page = byId.get(anchor);
              if (page != null) {
                pages.put(key, page);
              }
            });
    return pages;
  }

  /** An image of the project's {@code static/}, by its path in the site. */
  private static FSStream staticFile(Path folder, String url) {
    String path =
        URLDecoder.decode(
            url.substring(PrintEdition.STATIC_SCHEME.length() + 1), StandardCharsets.UTF_8);
    Path file = folder.resolve(path).normalize();
    byte[] bytes;
    try {
      bytes =
          file.startsWith(folder.normalize()) && Files.isRegularFile(file)
              ? Files.readAllBytes(file)
              : new byte[0];
    } catch (IOException e) {
      bytes = new byte[0];
    }
    byte[] found = bytes;
    return new FSStream() {
      @Override
      public InputStream getStream() {
        return new ByteArrayInputStream(found);
      }

      @Override
      public Reader getReader() {
        return new InputStreamReader(getStream(), StandardCharsets.UTF_8);
      }
    };
  }

  /** A number from the document's digest: the PDF's id, the same for the same document. */
  private static long digest(String xhtml) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8));
      long id = 0;
      for (int i = 0; i < 8; i++) {
        id = (id << 8) | (hash[i] & 0xff);
      }
      return id;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sets what would otherwise come from the clock: the dates and the document id. */
  private static void reproducible(PDDocument document, LocalDate date, long id) {
    Calendar day = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    day.clear();
    day.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
    document.getDocumentInformation().setCreationDate(day);
    document.getDocumentInformation().setModificationDate(day);
    document.setDocumentId(id);
  }

  /** Lines broken by the language's rules (ICU's), not a US English line breaker's. */
  private static final class LineBreaker implements FSTextBreaker {
    private final BreakIterator lines;

    LineBreaker(Language lang) {
      this.lines = BreakIterator.getLineInstance(ULocale.forLocale(lang.locale()));
    }

    @Override
    public int next() {
      return lines.next();
    }

    @Override
    public void setText(String text) {
      lines.setText(text);
    }
  }
}
