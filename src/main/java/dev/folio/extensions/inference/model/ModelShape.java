package dev.folio.extensions.inference.model;

import java.util.OptionalDouble;

/**
 * The shape of a decoder-only transformer.
 *
 * @param layers L
 * @param hiddenSize h
 * @param vocabularySize V, for the embedding's V·h parameters; 0 leaves them out
 * @param parameterCount P when known exactly; overrides 12·L·h² + V·h for weights and FLOPs
 * @param kvHeadRatio g = n_kv_heads / n_heads: 1 for multi-head attention, less for grouped-query
 *     attention
 */
public record ModelShape(
    int layers,
    int hiddenSize,
    int vocabularySize,
    OptionalDouble parameterCount,
    double kvHeadRatio) {

  public ModelShape {
    Check.atLeast("layers", layers, 1);
    Check.atLeast("hiddenSize", hiddenSize, 1);
    Check.atLeast("vocabularySize", vocabularySize, 0);
    Check.present("parameterCount", parameterCount);
    if (parameterCount.isPresent()) {
      Check.positive("parameterCount", parameterCount.getAsDouble());
    }
    Check.fraction("kvHeadRatio", kvHeadRatio);
  }

  /** Multi-head attention, no vocabulary, parameters from the shape. */
  public static ModelShape of(int layers, int hiddenSize) {
    return new ModelShape(layers, hiddenSize, 0, OptionalDouble.empty(), 1);
  }

  public ModelShape withVocabularySize(int vocabularySize) {
    return new ModelShape(layers, hiddenSize, vocabularySize, parameterCount, kvHeadRatio);
  }

  public ModelShape withParameterCount(double parameterCount) {
    return new ModelShape(
        layers, hiddenSize, vocabularySize, OptionalDouble.of(parameterCount), kvHeadRatio);
  }

  public ModelShape withKvHeadRatio(double kvHeadRatio) {
    return new ModelShape(layers, hiddenSize, vocabularySize, parameterCount, kvHeadRatio);
  }

  /** P = the explicit count if given, else 12·L·h² + V·h. */
  double parameters() {
    double h = hiddenSize;
    return parameterCount.orElse(12.0 * layers * h * h + vocabularySize * h);
  }
}
