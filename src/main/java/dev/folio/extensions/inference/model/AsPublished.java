package dev.folio.extensions.inference.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Mode 1: the report's own arithmetic, step by step (design note "Mode 1").
 *
 * <p>Formula symbols: L layers, h hidden size, b bytes per parameter, F server peak FLOP/s, u
 * utilisation, BW server "bandwidth", loss bandwidth loss, n_out output tokens, price USD/hour,
 * T_published the printed request time, N accelerators, HBM one accelerator's memory bandwidth.
 */
final class AsPublished {

  private static final String INPUTS = "table inputs";

  private AsPublished() {}

  static Reproduction reproduce(PublishedTable table, ServerHardware server) {
    Check.present("table", table);
    Check.present("server", server);
    Arithmetic arithmetic = Arithmetic.of(table, server);
    return new Reproduction(
        table,
        arithmetic.parameters(),
        figures(table, arithmetic),
        HardwareChecks.check(server, arithmetic.peakFlops(), arithmetic.bandwidth()));
  }

  private static List<Figure> figures(PublishedTable table, Arithmetic a) {
    PublishedFigures printed = table.printed();
    List<Figure> figures = new ArrayList<>();
    figures.add(
        Figure.recomputed(
            FigureKey.BYTES_PER_TOKEN,
            printed.bytesPerToken(),
            a.bytesPerToken(),
            "M = b · 12 · L · h²"));
    figures.add(
        Figure.recomputed(
            FigureKey.MEMORY_TIME_PER_TOKEN,
            printed.memoryTimePerToken(),
            a.memoryTime(),
            "t_mem = M / (BW · (1 − loss))"));
    figures.add(
        Figure.recomputed(
            FigureKey.COMPUTE_TIME_PER_TOKEN,
            printed.computeTimePerToken(),
            a.computeTime(),
            "t_cmp = M / (F · u)"));
    figures.add(
        Figure.recomputed(
            FigureKey.PROMPT_TOKENS_PER_WEIGHT_LOAD,
            printed.promptTokensPerWeightLoad(),
            a.promptTokens(),
            "⌊t_mem / t_cmp⌋ = ⌊F · u / (BW · (1 − loss))⌋"));
    figures.add(
        Figure.notDerivable(
            FigureKey.WEIGHT_LOAD_TIME,
            printed.weightLoadTime(),
            a.weightLoadOverHbm(),
            "M / (N · HBM)"));
    figures.add(
        Figure.recomputed(
            FigureKey.CRITICAL_INTENSITY,
            printed.criticalIntensity(),
            a.criticalIntensity(),
            "F · u / BW"));
    figures.add(
        Figure.recomputed(
            FigureKey.REQUEST_TIME, printed.requestTime(), a.requestTime(), "T = n_out · t_mem"));
    figures.add(
        Figure.recomputed(
            FigureKey.COST_PER_REQUEST,
            printed.costPerRequestCents(),
            costInCents(table, printed.requestTime().value()),
            "C = 100 · T_published · price / 3600"));
    figures.add(
        Figure.recomputed(
            FigureKey.COST_PER_REQUEST_FROM_RECOMPUTED_TIME,
            printed.costPerRequestCents(),
            costInCents(table, a.requestTime()),
            "C = 100 · T · price / 3600"));
    return figures;
  }

  private static double costInCents(PublishedTable table, double requestSeconds) {
    return finite("costPerRequest", 100 * requestSeconds * table.usdPerHour() / 3600);
  }

  private static double finite(String quantity, double value) {
    return Check.finiteResult(INPUTS, quantity, value);
  }

  /** The table's quantities in SI units, each guarded against overflow. */
  private record Arithmetic(
      double parameters,
      double bytesPerToken,
      double peakFlops,
      double bandwidth,
      double memoryTime,
      double computeTime,
      double promptTokens,
      double criticalIntensity,
      double requestTime,
      double weightLoadOverHbm) {

    static Arithmetic of(PublishedTable table, ServerHardware server) {
      double h = table.hiddenSize();
      double parameters = finite("parameters", 12.0 * table.layers() * h * h);
      double bytesPerToken = finite("bytesPerToken", table.bytesPerParameter() * parameters);
      double peakFlops = finite("serverPeakFlops", table.serverPeakFlops());
      double bandwidth = finite("serverBandwidth", table.serverBandwidth());
      double usableBandwidth = bandwidth * (1 - table.bandwidthLoss());
      double usableFlops = peakFlops * table.utilisation();
      double memoryTime = finite("memoryTimePerToken", bytesPerToken / usableBandwidth);
      // The report reuses the byte count as the FLOP count (2 FLOPs per parameter would be usual).
      double computeTime = finite("computeTimePerToken", bytesPerToken / usableFlops);
      // ⌊t_mem / t_cmp⌋ as one ratio of rates: a quotient of two rounded quotients could
      // land just below a whole number and floor one too low.
      double promptTokens =
          finite("promptTokensPerWeightLoad", Math.floor(usableFlops / usableBandwidth));
      double criticalIntensity = finite("criticalIntensity", usableFlops / bandwidth);
      double requestTime = finite("requestTime", table.outputTokens() * memoryTime);
      double weightLoadOverHbm =
          finite(
              "weightLoadTime",
              bytesPerToken / (server.acceleratorCount() * server.accelerator().hbmBandwidth()));
      return new Arithmetic(
          parameters,
          bytesPerToken,
          peakFlops,
          bandwidth,
          memoryTime,
          computeTime,
          promptTokens,
          criticalIntensity,
          requestTime,
          weightLoadOverHbm);
    }
  }

  /** The hardware half of the reproduction: which datasheet quantity each server figure is. */
  private static final class HardwareChecks {

    private HardwareChecks() {}

    static HardwareCheck check(ServerHardware server, double peak, double bandwidth) {
      AcceleratorSpec accelerator = server.accelerator();
      int count = server.acceleratorCount();
      List<HardwareCheck.Reading> readings = new ArrayList<>();
      readings.add(
          reading(
              HardwareCheck.Quantity.DENSE_PEAK_FLOPS, accelerator.densePeakFlops(), count, peak));
      readings.add(
          reading(
              HardwareCheck.Quantity.SPARSE_PEAK_FLOPS,
              server.sparsePeakFlopsPerAccelerator(),
              count,
              peak));
      readings.add(
          reading(
              HardwareCheck.Quantity.HBM_BANDWIDTH, accelerator.hbmBandwidth(), count, bandwidth));
      readings.add(
          reading(
              HardwareCheck.Quantity.INTERCONNECT_BANDWIDTH,
              accelerator.interconnectBandwidthBothDirections(),
              count,
              bandwidth));
      return new HardwareCheck(accelerator.id(), count, readings);
    }

    private static HardwareCheck.Reading reading(
        HardwareCheck.Quantity quantity, double perAccelerator, int count, double published) {
      double total = finite(quantity.id(), perAccelerator * count);
      double difference =
          finite(
              quantity.id() + " relative difference",
              Comparison.relativeDifference(total, published));
      return new HardwareCheck.Reading(
          quantity,
          perAccelerator,
          total,
          published,
          difference,
          Comparison.withinTolerance(total, published));
    }
  }
}
