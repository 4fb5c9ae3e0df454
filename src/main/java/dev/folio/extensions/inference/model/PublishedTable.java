package dev.folio.extensions.inference.model;

/**
 * The report's cost table (ChatGPT推理任务成本测算表): its inputs in the units it prints them in, and its
 * printed output figures.
 *
 * <p>The report's formulas describe a single sequence, so {@code batchSize} is kept as printed but
 * does not enter the reproduction.
 *
 * @param layers 模型Layers, L
 * @param hiddenSize 模型Hidden Size, h
 * @param batchSize Batch Size, as printed
 * @param serverPeakPetaflops 算力PetaFLOPS of the whole server, F
 * @param utilisation FLOPs Utilization u, as a fraction in (0, 1]
 * @param serverBandwidthTBps 带宽TB/s of the whole server, BW
 * @param bandwidthLoss 带宽损耗, as a fraction in [0, 1)
 * @param outputTokens 每次回答需要生成Token, n_out
 * @param usdPerHour server price, US dollars per hour
 * @param bytesPerParameter bytes per parameter the table implies (1.5)
 * @param printed the table's output figures as printed
 */
public record PublishedTable(
    int layers,
    int hiddenSize,
    int batchSize,
    double serverPeakPetaflops,
    double utilisation,
    double serverBandwidthTBps,
    double bandwidthLoss,
    int outputTokens,
    double usdPerHour,
    double bytesPerParameter,
    PublishedFigures printed) {

  public PublishedTable {
    Check.atLeast("layers", layers, 1);
    Check.atLeast("hiddenSize", hiddenSize, 1);
    Check.atLeast("batchSize", batchSize, 1);
    Check.positive("serverPeakPetaflops", serverPeakPetaflops);
    Check.fraction("utilisation", utilisation);
    Check.positive("serverBandwidthTBps", serverBandwidthTBps);
    Check.loss("bandwidthLoss", bandwidthLoss);
    Check.atLeast("outputTokens", outputTokens, 1);
    Check.positive("usdPerHour", usdPerHour);
    Check.positive("bytesPerParameter", bytesPerParameter);
    Check.present("printed", printed);
  }

  double serverPeakFlops() {
    return serverPeakPetaflops * 1e15;
  }

  double serverBandwidth() {
    return serverBandwidthTBps * 1e12;
  }
}
