package dev.folio.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interface strings a step read while it ran, with the text it read, by language folder and
 * key: a page body's templates and an extension's computation learn which strings they need only as
 * they run. A result that holds one is still right while each reads the same.
 */
public record StringsRead(Map<String, Map<String, String>> byFolder) {
  public static final StringsRead NONE = new StringsRead(Map.of());

  public StringsRead {
    Map<String, Map<String, String>> copy = new TreeMap<>();
    byFolder.forEach((folder, read) -> copy.put(folder, Map.copyOf(read)));
    byFolder = Collections.unmodifiableMap(copy);
  }

  /** Whether every string read reads the same in {@code strings} (by language folder). */
  public boolean sameIn(Map<String, InterfaceStrings> strings) {
    return byFolder.entrySet().stream()
        .allMatch(
            folder -> {
              InterfaceStrings now = strings.get(folder.getKey());
              return now != null
                  && folder.getValue().entrySet().stream()
                      .allMatch(read -> read.getValue().equals(now.strings().get(read.getKey())));
            });
  }

  /**
   * Records the strings one step reads, from any thread, until the step is done: what it made must
   * not read strings later (an embed's view reads them through its own context), or a result kept
   * for a later build could show a string as it was when the step ran.
   */
  public static final class Recorder {
    private final Map<String, Map<String, String>> read = new ConcurrentHashMap<>();
    private volatile boolean done;

    /** Looks a string up in {@code strings} and records it; null where it is not defined. */
    public String read(InterfaceStrings strings, String key) {
      if (done) {
        throw new IllegalStateException(
            "interface string \""
                + key
                + "\" read after the step"
                + " that reads it returned; read it through the context of the view that shows it");
      }
      String text = strings.strings().get(key);
      if (text != null) {
        read.computeIfAbsent(strings.lang().folder(), folder -> new ConcurrentHashMap<>())
            .put(key, text);
      }
      return text;
    }

    /** The step is done: what it read, and no more reads from here on. */
    public StringsRead finish() {
      done = true;
      return new StringsRead(read);
    }
  }
}
