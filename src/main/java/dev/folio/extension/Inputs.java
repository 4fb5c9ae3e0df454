package dev.folio.extension;

import dev.folio.model.Language;
import dev.folio.config.SiteConfig;
import dev.folio.format.Formats;
import dev.folio.model.Content;
import dev.folio.model.DataTable;
import dev.folio.model.SourcePos;
import dev.folio.model.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What an extension is given: its inputs as {@code folio.yaml} names them (already checked
 * against their declared fields), the site's languages, and the interface strings and number
 * formats of each language for the words and figures it computes.
 */
public final class Inputs {
  private final Content content;
  private final SiteConfig.ExtensionSettings settings;
  private final Map<String, DataTable> tables;

  /** The interface strings read so far: (language folder, key) → the text read. */
  private final Map<List<String>, String> stringsRead =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** Set once the extension's compute has returned: strings may no longer be read. */
  private volatile boolean computed;

  Inputs(Content content, SiteConfig.ExtensionSettings settings, Map<String, DataTable> tables) {
    this.content = content;
    this.settings = settings;
    this.tables = Map.copyOf(tables);
  }

  /**
   * Everything an extension can read through these inputs but the interface strings, as a
   * value: equal keys and the same strings read ({@link #stringsRead}) mean equal inputs,
   * so a computation from them may be reused (extensions compute from their inputs only).
   * Tables are parts {@link dev.folio.memo.Memo#share shared} by the memo.
   */
  Object memoKey(dev.folio.memo.Memo memo) {
    Map<String, Object> tableParts = new java.util.TreeMap<>();
    tables.forEach((input, table) -> tableParts.put(input, memo.share(table)));
    return List.of(settings, tableParts, content.config());
  }

  /**
   * The extension's compute has returned: what it made must not read strings from here later
   * (an embed's view reads them through its context), or a reused contribution could show a
   * string as it was when it was computed.
   */
  void computed() {
    computed = true;
  }

  /**
   * The interface strings read through these inputs so far: (language folder, key) → text.
   * What a kept check or contribution holds (not the inputs, which hold the whole content).
   */
  Map<List<String>, String> stringsRead() {
    return Map.copyOf(stringsRead);
  }

  /** Whether every string of {@code read} ({@link #stringsRead}) reads the same in {@code now}. */
  static boolean readSameStrings(Map<List<String>, String> read, Content now) {
    return read.entrySet().stream().allMatch(one -> {
      var strings = now.strings().get(one.getKey().get(0));
      return strings != null && one.getValue().equals(strings.strings().get(one.getKey().get(1)));
    });
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
    return Text.each(languages(), lang -> {
      String text = string(lang, key);
      for (Map.Entry<String, String> value : values.apply(lang).entrySet()) {
        text = text.replace("{" + value.getKey() + "}", value.getValue());
      }
      return text;
    });
  }

  /** An interface string of one language. */
  public String string(Language lang, String key) {
    if (computed) {
      throw new IllegalStateException("interface string " + key + " read through the inputs of "
          + settings.name() + " after its compute returned; an embed's view reads strings"
          + " through its context");
    }
    String text = content.strings(lang).get(key).orElseThrow(() -> new IllegalStateException(
        "interface string " + key + " of " + settings.name() + " is missing in "
            + lang.folder() + ", which the check of strings lets through"));
    stringsRead.put(List.of(lang.folder(), key), text);
    return text;
  }

  /** How numbers and dates read in a language. */
  public Formats formats(Language lang) {
    return new Formats(lang, key -> string(lang, key));
  }
}
