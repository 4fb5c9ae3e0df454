package dev.folio.extensions.inference.model;

/**
 * Mode 2: a roofline model of decoder-only transformer inference (design note "Mode 2").
 *
 * <p>Every step takes the longer of its memory traffic and its arithmetic, plus tensor-parallel
 * communication. All counts are held as doubles so that products such as B·n_in² cannot overflow an
 * int.
 */
final class FirstPrinciples {

  private static final String INPUTS = "scenario inputs";

  private final Scenario scenario;
  private final double layers;
  private final double hidden;
  private final double batch;
  private final double promptTokens;
  private final int outputTokens;
  private final double parameters;
  private final double weightBytes;
  private final double kvBytesPerToken;
  private final double activationBytes;
  private final int acceleratorCount;
  private final double flops;
  private final double bandwidth;
  private final double linkBandwidth;
  private final double linkLatency;

  private FirstPrinciples(Scenario scenario) {
    ModelShape model = scenario.model();
    Precision precision = scenario.precision();
    Workload workload = scenario.workload();
    Deployment deployment = scenario.deployment();
    AcceleratorSpec accelerator = deployment.accelerator();
    this.scenario = scenario;
    this.layers = model.layers();
    this.hidden = model.hiddenSize();
    this.batch = workload.batchSize();
    this.promptTokens = workload.promptTokens();
    this.outputTokens = workload.outputTokens();
    this.parameters = finite("parameters", model.parameters());
    this.weightBytes = finite("weightBytes", precision.bytesPerParameter() * parameters);
    this.kvBytesPerToken =
        finite(
            "kvBytesPerToken",
            2 * layers * hidden * model.kvHeadRatio() * precision.kvBytesPerElement());
    this.activationBytes = precision.activationBytesPerElement();
    this.acceleratorCount = deployment.acceleratorCount();
    this.flops =
        finite(
            "effectiveFlops",
            acceleratorCount * accelerator.densePeakFlops() * deployment.utilisation());
    this.bandwidth =
        finite(
            "effectiveBandwidth",
            acceleratorCount * accelerator.hbmBandwidth() * deployment.bandwidthEfficiency());
    this.linkBandwidth = accelerator.interconnectBandwidthPerDirection();
    this.linkLatency = accelerator.linkLatencySeconds();
  }

  static Estimate estimate(Scenario scenario) {
    Check.present("scenario", scenario);
    return new FirstPrinciples(scenario).evaluate();
  }

  private Estimate evaluate() {
    Footprint footprint = new Footprint(parameters, weightBytes, kvBytesPerToken);
    Roofline roofline = roofline();
    MemoryCheck memory = memoryCheck();
    if (!memory.fits()) {
      return new Estimate.DoesNotFit(scenario, footprint, roofline, memory);
    }
    Timing timing = timing();
    return new Estimate.Priced(scenario, footprint, roofline, memory, timing, cost(timing));
  }

  private Roofline roofline() {
    double ridgePoint = finite("ridgePoint", flops / bandwidth);
    double criticalBatch =
        finite("criticalBatch", ridgePoint * scenario.precision().bytesPerParameter() / 2);
    return new Roofline(flops, bandwidth, ridgePoint, criticalBatch);
  }

  private MemoryCheck memoryCheck() {
    double contextTokens = promptTokens + outputTokens;
    double required =
        finite("requiredBytes", weightBytes + batch * contextTokens * kvBytesPerToken);
    double available =
        finite(
            "availableBytes",
            acceleratorCount * scenario.deployment().accelerator().hbmCapacityBytes());
    return new MemoryCheck(required, available);
  }

  private Timing timing() {
    double prefillCompute = prefillFlops() / flops;
    double prefillMemory = prefillBytes() / bandwidth;
    double prefill =
        finite(
            "prefillSeconds",
            Math.max(prefillCompute, prefillMemory) + communicationSeconds(batch * promptTokens));
    DecodeSum decode = decode();
    double firstContext = promptTokens;
    double lastContext = promptTokens + outputTokens - 1;
    double request = finite("requestSeconds", prefill + decode.seconds());
    double tokensPerSecond =
        finite("outputTokensPerSecond", batch * outputTokens / decode.seconds());
    return new Timing(
        prefill,
        finite("firstDecodeStepSeconds", decodeStepSeconds(firstContext)),
        decode.seconds(),
        request,
        tokensPerSecond,
        bound(prefillMemory, prefillCompute),
        decodeBound(firstContext),
        decodeBound(lastContext),
        outputTokens,
        decode.memoryBoundSteps());
  }

  /** An exact sum: each step reads a KV cache one token longer than the one before. */
  private DecodeSum decode() {
    double seconds = 0;
    int memoryBoundSteps = 0;
    for (int i = 0; i < outputTokens; i++) {
      double context = promptTokens + i;
      seconds += decodeStepSeconds(context);
      if (decodeBound(context) == Bound.MEMORY) {
        memoryBoundSteps++;
      }
    }
    return new DecodeSum(finite("decodeSeconds", seconds), memoryBoundSteps);
  }

  private record DecodeSum(double seconds, int memoryBoundSteps) {}

  private Cost cost(Timing timing) {
    double usdPerRequest =
        finite(
            "usdPerRequest",
            timing.requestSeconds() * scenario.deployment().usdPerHour() / 3600 / batch);
    double usdPerThousand =
        finite("usdPerThousandOutputTokens", usdPerRequest / outputTokens * 1000);
    return new Cost(usdPerRequest, usdPerThousand);
  }

  /** Stream all weights once, plus every sequence's KV cache at this context length. */
  private double decodeBytes(double context) {
    return weightBytes + batch * context * kvBytesPerToken;
  }

  /** 2 FLOPs per parameter per token, plus attention over the context (QKᵀ and AV). */
  private double decodeFlops(double context) {
    return batch * (2 * parameters + 4 * layers * hidden * context);
  }

  private double decodeMemorySeconds(double context) {
    return decodeBytes(context) / bandwidth;
  }

  private double decodeComputeSeconds(double context) {
    return decodeFlops(context) / flops;
  }

  /** The whole prompt in one pass: 2 FLOPs per parameter per token plus causal attention. */
  private double prefillFlops() {
    return batch
        * (2 * parameters * promptTokens + 2 * layers * hidden * promptTokens * promptTokens);
  }

  /** The weights once, and the prompt's KV cache written. */
  private double prefillBytes() {
    return weightBytes + batch * promptTokens * kvBytesPerToken;
  }

  static Intensity intensity(Scenario scenario) {
    Check.present("scenario", scenario);
    FirstPrinciples model = new FirstPrinciples(scenario);
    return new Intensity(
        finite("prefillIntensity", model.prefillFlops() / model.prefillBytes()),
        finite(
            "firstDecodeStepIntensity",
            model.decodeFlops(model.promptTokens) / model.decodeBytes(model.promptTokens)),
        model.roofline().ridgePoint());
  }

  private double decodeStepSeconds(double context) {
    return Math.max(decodeMemorySeconds(context), decodeComputeSeconds(context))
        + communicationSeconds(batch);
  }

  private Bound decodeBound(double context) {
    return bound(decodeMemorySeconds(context), decodeComputeSeconds(context));
  }

  private static Bound bound(double memorySeconds, double computeSeconds) {
    return memorySeconds >= computeSeconds ? Bound.MEMORY : Bound.COMPUTE;
  }

  /**
   * Tensor parallelism all-reduces the activations twice per layer; a ring all-reduce sends 2(N −
   * 1)/N of them over each link, and no transfer is faster than the link's latency.
   */
  private double communicationSeconds(double tokens) {
    if (acceleratorCount == 1) {
      return 0;
    }
    double ringShare = 2.0 * (acceleratorCount - 1) / acceleratorCount;
    double transferSeconds = ringShare * tokens * hidden * activationBytes / linkBandwidth;
    return 2 * layers * Math.max(transferSeconds, linkLatency);
  }

  private static double finite(String quantity, double value) {
    return Check.finiteResult(INPUTS, quantity, value);
  }
}
