package dev.folio.load;

import java.io.CharArrayReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * How YAML text reaches snakeyaml-engine. Its reader (3.0.1) fills the whole of its buffer and,
 * when the buffer then ends with the first half of a surrogate pair (an emoji, say, at character
 * 1,025), reads the second half one slot past the end: an {@code IndexOutOfBoundsException} instead
 * of the file's values. Handing it a reader that never fills the last slot of a buffer avoids that;
 * both passes over YAML (the scan and the tree) read through it.
 */
final class YamlInput {
  private YamlInput() {}

  /** {@code text} as a reader snakeyaml-engine can read whatever its characters. */
  static Reader reader(String text) {
    return new LastSlotFree(new StringReader(text));
  }

  /** A YAML factory whose parsers read through {@link LastSlotFree}. */
  static YAMLFactory factory() {
    return new Factory();
  }

  /** Reads at most {@code len - 1} characters when asked for more than one. */
  static final class LastSlotFree extends FilterReader {
    LastSlotFree(Reader in) {
      super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      return super.read(buffer, offset, length > 1 ? length - 1 : length);
    }
  }

  private static final class Factory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    /**
     * snakeyaml-engine's defaults, made once: a factory without settings has each parser make them
     * anew, a YAML schema with its resolvers included, for every page's front matter.
     */
    private static final LoadSettings SETTINGS = LoadSettings.builder().build();

    Factory() {
      super(YAMLFactory.builder().loadSettings(SETTINGS));
    }

    private Factory(Factory source) {
      super(source);
    }

    @Override
    public YAMLFactory copy() {
      return new Factory(this);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext context, IOContext io, Reader reader) {
      return super._createParser(
          context, io, reader instanceof LastSlotFree ? reader : new LastSlotFree(reader));
    }

    @Override
    protected YAMLParser _createParser(
        ObjectReadContext context,
        IOContext io,
        char[] data,
        int offset,
        int length,
        boolean recyclable) {
      return _createParser(context, io, new CharArrayReader(data, offset, length));
    }

    @Override
    protected Reader _createReader(InputStream in, JsonEncoding enc, IOContext io, int features) {
      return new LastSlotFree(super._createReader(in, enc, io, features));
    }

    @Override
    protected Reader _createReader(
        byte[] data, int offset, int length, JsonEncoding enc, IOContext io) {
      return new LastSlotFree(super._createReader(data, offset, length, enc, io));
    }
  }
}
