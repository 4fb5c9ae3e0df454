package dev.folio.extensions.inference.model;

/**
 * The output figures of the report's cost table, as printed.
 *
 * @param bytesPerToken 生成1个token需要内存 (Bytes), e.g. 2.61E+11
 * @param memoryTimePerToken 带宽限制生成一个Token的时间 (s), e.g. 0.064
 * @param computeTimePerToken 算力计算一个Token的时间 (s), e.g. 1.7e-4
 * @param promptTokensPerWeightLoad 加载权重时Input长度, e.g. 367
 * @param weightLoadTime 加载参数权重需要的时间 (s), e.g. 0.015
 * @param criticalIntensity 算力密度临界值, e.g. 320
 * @param requestTime 单次请求生成时间 (s), e.g. 12.22
 * @param costPerRequestCents 单次生成理论最高成本 (美分), e.g. 2.7
 */
public record PublishedFigures(
    PrintedNumber bytesPerToken,
    PrintedNumber memoryTimePerToken,
    PrintedNumber computeTimePerToken,
    PrintedNumber promptTokensPerWeightLoad,
    PrintedNumber weightLoadTime,
    PrintedNumber criticalIntensity,
    PrintedNumber requestTime,
    PrintedNumber costPerRequestCents) {

  public PublishedFigures {
    Check.present("bytesPerToken", bytesPerToken);
    Check.present("memoryTimePerToken", memoryTimePerToken);
    Check.present("computeTimePerToken", computeTimePerToken);
    Check.present("promptTokensPerWeightLoad", promptTokensPerWeightLoad);
    Check.present("weightLoadTime", weightLoadTime);
    Check.present("criticalIntensity", criticalIntensity);
    Check.present("requestTime", requestTime);
    Check.present("costPerRequestCents", costPerRequestCents);
  }
}
