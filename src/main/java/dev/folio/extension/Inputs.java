package dev.folio.extension;

import dev.folio.format.Formats;
import dev.folio.model.Content;
import dev.folio.model.DataTable;
import dev.folio.model.Language;
import dev.folio.model.SiteConfig;
import dev.folio.model.SourcePos;
import dev.folio.model.StringsRead;
import dev.folio.model.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What an extension is given: its inputs as {@code folio.yaml} names them (already checked against
 * their declared fields), the site's languages, and the interface strings and number formats of
 * each language for the words and figures it computes.
 */
public final class Inputs {
  private final Content content;
  private final SiteConfig.ExtensionSettings settings;
  private final Map<String, DataTable> tables;

  /** Records the interface strings read through these inputs. */
  private final StringsRead.Recorder strings;

  Inputs(
      Content content,
      SiteConfig.ExtensionSettings settings,
      Map<String, DataTable> tables,
      StringsRead.Recorder strings) {
    this.content = content;
    this.settings = settings;
    this.tables = Map.copyOf(tables);
    this.strings = strings;
  }

  /** The same inputs, the strings they read recorded by {@code strings}. */
  Inputs recordedBy(StringsRead.Recorder strings) {
    return new Inputs(content, settings, tables, strings);
  }

  /**
   * Everything an extension can read through these inputs but the interface strings (which {@link
   * #recordedBy its recorder} learns as it reads them): its settings, its tables and the site's
   * configuration.
   */
  List<Object> reads() {
    return List.of(settings, new TreeMap<>(tables), content.config());
  }

  /** The files of its tables. */
  List<String> tablePaths() {
    return tables.values().stream().map(DataTable::path).toList();
  }

  public List<Language> languages() {
    return content.languages();
  }

  /** The language the site suggests first. */
  public Language defaultLanguage() {
    return content.config().defaultLanguage();
  }

  /** A table input; a required one is always there once the inputs were checked. */
  public DataTable table(String input) {
    DataTable table = tables.get(input);
    if (table == null) {
      throw new IllegalStateException("no table for input " + input + " of " + settings.name());
    }
    return table;
  }

  public Optional<DataTable> optionalTable(String input) {
    return Optional.ofNullable(tables.get(input));
  }

  /** A word setting as written, if given. */
  public Optional<String> word(String input) {
    return Optional.ofNullable(settings.values().get(input)).map(SiteConfig.Setting::value);
  }

  /** A number setting, if given (checked to be a number). */
  public Optional<BigDecimal> number(String input) {
    return word(input).map(BigDecimal::new);
  }

  /** Where {@code folio.yaml} gives an input, else where it enables the extension. */
  public SourcePos pos(String input) {
    SiteConfig.Setting setting = settings.values().get(input);
    return setting == null ? settings.pos() : setting.pos();
  }

  /** An interface string in every language. */
  public Text text(String key) {
    return Text.each(languages(), lang -> string(lang, key));
  }

  /**
   * An interface string in every language with its {@code {placeholders}} filled in for each
   * language, e.g. numbers written the language's way.
   */
  public Text text(String key, Function<Language, Map<String, String>> values) {
    return Text.each(
        languages(),
        lang -> {
          String text = string(lang, key);
          for (Map.Entry<String, String> value : values.apply(lang).entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
          }
          return text;
        });
  }

  /** An interface string of one language. */
  public String string(Language lang, String key) {
    String text = strings.read(content.strings(lang), key);
    if (text == null) {
      throw new IllegalStateException(
          "interface string "
              + key
              + " of "
              + settings.name()
              + " is missing in "
              + lang.folder()
              + ", which the check of strings lets through");
    }
    return text;
  }

  /** How numbers and dates read in a language. */
  public Formats formats(Language lang) {
    return new Formats(lang, key -> string(lang, key));
  }
}
