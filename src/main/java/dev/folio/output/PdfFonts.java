package dev.folio.output;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import dev.folio.model.Language;
import dev.folio.model.Problem;
import dev.folio.model.Publication;
import dev.folio.model.SiteConfig;
import dev.folio.model.SourcePos;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.FontHeaders;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The fonts of a language's PDF edition and images: the TrueType fonts {@code folio.yaml} names for
 * it ({@code publication: fonts:}), then those found at the usual system paths, a font with Latin
 * letters and, for a language written in Chinese, Japanese or Korean characters, one with those
 * (Debian's {@code fonts-dejavu-core} and {@code fonts-wqy-microhei}). The PDF embeds TrueType
 * fonts only, subset: a font with CFF outlines (most OpenType {@code .otf}, Noto CJK) cannot be
 * used. A language's CJK font comes first when it is written in those scripts, so that its
 * punctuation takes their shapes; otherwise its Latin font comes first and a CJK one, if found, is
 * the fallback for the characters the Latin one lacks.
 */
public final class PdfFonts {
  /** A font file the system may have, and the Debian package that installs it. */
  record Known(String path, String bold, String packageName) {}

  private static final List<Known> LATIN =
      List.of(
          new Known(
              "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
              "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
              "fonts-dejavu-core"),
          new Known(
              "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
              "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
              "fonts-liberation"),
          new Known(
              "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
              "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf",
              "dejavu-sans-fonts"),
          new Known("/Library/Fonts/Arial Unicode.ttf", null, null));

  private static final List<Known> CJK =
      List.of(
          new Known("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", null, "fonts-wqy-microhei"),
          new Known("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", null, "fonts-wqy-zenhei"),
          new Known("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", null, "wqy-microhei-fonts"),
          new Known("/Library/Fonts/Arial Unicode.ttf", null, null));

  /** The scripts whose languages put their CJK font first. */
  private static final Set<Integer> CJK_SCRIPTS =
      Set.of(UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA, UScript.HANGUL, UScript.JAPANESE);

  private PdfFonts() {}

  /**
   * One font of a language: its file, the family its name table gives (which the PDF's styles and
   * the charts' SVG name it by) and its weight.
   *
   * @param collection whether the file is a TrueType collection ({@code .ttc}): its first font is
   *     used
   * @param postScriptName the PostScript name its name table gives (of a collection, of its first
   *     font), by which the PDF finds that font in the collection; null if it has none
   */
  public record Face(
      Path file, String family, int weight, boolean collection, String postScriptName) {}

  /**
   * A language's fonts, in the order the PDF tries them for each character, and what kept any out.
   *
   * @param stamp what the files were when they were read (path, size, modification time), which a
   *     PDF made with them reads
   */
  public record Fonts(List<Face> faces, List<Problem> problems, List<String> stamp) {
    /** The families as a CSS {@code font-family} list ({@code sans-serif} without fonts). */
    public String families() {
      if (faces.isEmpty()) {
        return "sans-serif";
      }
      List<String> names = new ArrayList<>();
      for (Face face : faces) {
        String quoted = "'" + face.family().replace("'", "") + "'";
        if (!names.contains(quoted)) {
          names.add(quoted);
        }
      }
      return String.join(", ", names);
    }

    /** The first family: the one an image's text is drawn in. */
    public String first() {
      return faces.isEmpty() ? "sans-serif" : "'" + faces.get(0).family().replace("'", "") + "'";
    }
  }

  /**
   * The fonts of each of the site's languages for the project at {@code source}; none (and no
   * problem) for a site with neither PDF editions nor images.
   */
  public static Map<Language, Fonts> of(Path source, SiteConfig config) {
    Map<Language, Fonts> fonts = new LinkedHashMap<>();
    boolean needed = config.publication().pdf() || config.publication().images();
    for (Language lang : config.languages()) {
      fonts.put(
          lang,
          needed
              ? of(source, config.publication(), lang)
              : new Fonts(List.of(), List.of(), List.of()));
    }
    return fonts;
  }

  /** What kept any font out, for every language. */
  public static Output problems(Map<Language, Fonts> fonts) {
    List<Problem> problems = new ArrayList<>();
    fonts.values().forEach(each -> problems.addAll(each.problems()));
    return new Output(List.of(), problems);
  }

  static Fonts of(Path source, Publication publication, Language lang) {
    return of(source, publication, lang, LATIN, CJK);
  }

  /** As above, with the system's fonts looked for at {@code latinPaths} and {@code cjkPaths}. */
  static Fonts of(
      Path source,
      Publication publication,
      Language lang,
      List<Known> latinPaths,
      List<Known> cjkPaths) {
    List<Face> faces = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<String> stamp = new ArrayList<>();
    for (Publication.FontFile named : publication.fonts(lang)) {
      Path file = source.resolve(named.path());
      String wrong = check(file);
      if (wrong != null) {
        problems.add(Problem.at(named.pos(), wrong, fontHint(lang)));
        continue;
      }
      add(faces, problems, stamp, file, 400, named.pos(), true);
    }
    boolean named = !publication.fonts(lang).isEmpty();
    Known latin = found(latinPaths);
    Known cjk = found(cjkPaths);
    boolean cjkFirst = writtenInCjk(lang);
    if (cjkFirst && cjk == null && !named) {
      problems.add(missing(lang, "Chinese, Japanese or Korean characters", cjkPaths));
    }
    if (!cjkFirst && latin == null && !named) {
      problems.add(missing(lang, "Latin letters", latinPaths));
    }
    List<Known> order = cjkFirst ? Arrays.asList(cjk, latin) : Arrays.asList(latin, cjk);
    for (Known known : order) {
      if (known != null) {
        SourcePos pos = SourcePos.file(SiteConfig.PATH);
        add(faces, problems, stamp, Path.of(known.path()), 400, pos, false);
        if (known.bold() != null && Files.isRegularFile(Path.of(known.bold()))) {
          add(faces, problems, stamp, Path.of(known.bold()), 700, pos, false);
        }
      }
    }
    return new Fonts(List.copyOf(faces), List.copyOf(problems), List.copyOf(stamp));
  }

  /** Whether the language is written in Han, kana or hangul (its locale's script). */
  static boolean writtenInCjk(Language lang) {
    for (int script : UScript.getCode(ULocale.forLocale(lang.locale()))) {
      if (CJK_SCRIPTS.contains(script)) {
        return true;
      }
    }
    return false;
  }

  private static Known found(List<Known> candidates) {
    return candidates.stream()
        .filter(known -> Files.isRegularFile(Path.of(known.path())))
        .findFirst()
        .orElse(null);
  }

  private static Problem missing(Language lang, String what, List<Known> candidates) {
    Known debian = candidates.get(0);
    return Problem.at(
        SourcePos.file(SiteConfig.PATH),
        "the PDF edition and images in "
            + lang.name()
            + " ("
            + lang.code()
            + ") need a TrueType font with "
            + what
            + ", and none is installed (looked for "
            + debian.path()
            + " and others)",
        "install Debian's "
            + debian.packageName()
            + " (sudo apt-get install "
            + debian.packageName()
            + "), or name a .ttf or .ttc file under publication: fonts: "
            + lang.folder()
            + ": in folio.yaml");
  }

  private static String fontHint(Language lang) {
    return "name a TrueType font (.ttf, or a .ttc collection) under publication: fonts: "
        + lang.folder()
        + ":, relative to the project or absolute";
  }

  /** Why {@code file} cannot be used, or null: it must exist and hold TrueType outlines. */
  static String check(Path file) {
    if (!Files.isRegularFile(file)) {
      return "the font file " + file + " does not exist";
    }
    String tag;
    try {
      tag = magic(file);
    } catch (IOException e) {
      return "the font file " + file + " cannot be read: " + e.getMessage();
    }
    if (tag.equals("OTTO")) {
      return "the font file "
          + file
          + " is an OpenType font with CFF outlines, which the PDF cannot embed";
    }
    if (!tag.equals("ttcf") && !tag.equals("true") && !tag.equals("\0\1\0\0")) {
      return "the font file " + file + " is not a TrueType font";
    }
    return null;
  }

  private static void add(
      List<Face> faces,
      List<Problem> problems,
      List<String> stamp,
      Path file,
      int weight,
      SourcePos pos,
      boolean named) {
    try {
      boolean collection = "ttcf".equals(magic(file));
      FontHeaders headers = headers(file, collection);
      faces.add(new Face(file, headers.getFontFamily(), weight, collection, headers.getName()));
      stamp.add(file + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis());
      if (named) {
        // The images (JSVG) find a font by its family among the system's and those registered.
        GraphicsEnvironment.getLocalGraphicsEnvironment()
            .registerFont(Font.createFont(Font.TRUETYPE_FONT, file.toFile()));
      }
    } catch (FontFormatException | IOException | RuntimeException e) {
      problems.add(
          Problem.at(
              pos,
              "the font file " + file + " cannot be read: " + e.getMessage(),
              "name a TrueType font (.ttf or .ttc)"));
    }
  }

  /**
   * What the name table gives (of a collection, of its first font): the family, in English, and the
   * PostScript name. From the font's headers only: its glyphs, metrics and character map (of a CJK
   * font, most of it) are read by the PDF that uses it.
   */
  private static FontHeaders headers(Path file, boolean collection) throws IOException {
    FontHeaders[] first = new FontHeaders[1];
    if (collection) {
      TrueTypeCollection.processAllFontHeaders(
          file.toFile(),
          each -> {
            if (first[0] == null) {
              first[0] = each;
            }
          });
    } else {
      try (RandomAccessRead read = new RandomAccessReadBufferedFile(file.toFile())) {
        first[0] = new TTFParser().parseTableHeaders(read);
      }
    }
    if (first[0] == null) {
      throw new IOException("it holds no font");
    }
    if (first[0].getError() != null) {
      throw new IOException(first[0].getError());
    }
    if (first[0].getFontFamily() == null) {
      throw new IOException("its name table gives no family");
    }
    return first[0];
  }

  /** The first four bytes of a file, as text: {@code ttcf}, {@code true}, {@code OTTO}. */
  private static String magic(Path file) throws IOException {
    byte[] magic = new byte[4];
    try (InputStream in = Files.newInputStream(file)) {
      if (in.readNBytes(magic, 0, 4) < 4) {
        return "";
      }
    }
    return new String(magic, StandardCharsets.ISO_8859_1);
  }
}
