package dev.folio.compute;

import dev.folio.compute.cost.Bound;
import dev.folio.compute.cost.HardwareCheck;
import dev.folio.compute.cost.Verdict;
import dev.folio.model.Text;
import java.util.LinkedHashMap;
import java.util.Map;

/** The words of the computed tables, in both languages, kept in one place for translators. */
final class Labels {
  static final Text SOURCE_NAME = new Text("Folio 成本模型的计算结果", "Computed by Folio's cost model");

  static final Map<String, Text> VERDICTS = codes(
      code(Verdict.REPRODUCED), new Text("可复现", "reproduced"),
      code(Verdict.CONTRADICTED), new Text("不符", "contradicted"),
      code(Verdict.NOT_DERIVABLE), new Text("无法推出", "not derivable"));

  static final Map<String, Text> BOUNDS = codes(
      code(Bound.MEMORY), new Text("显存带宽", "memory bandwidth"),
      code(Bound.COMPUTE), new Text("算力", "compute"));

  static final String FITS = "fits";
  static final String DOES_NOT_FIT = "doesNotFit";
  static final Map<String, Text> FIT = codes(
      FITS, new Text("放得下", "fits"),
      DOES_NOT_FIT, new Text("放不下，不计价", "does not fit, not priced"));

  static final String MATCHES = "matches";
  static final String DIFFERS = "differs";
  static final Map<String, Text> MATCH = codes(
      MATCHES, new Text("相符", "matches"),
      DIFFERS, new Text("不符", "does not match"));

  static final Map<String, Text> QUANTITIES = codes(
      HardwareCheck.Quantity.DENSE_PEAK_FLOPS.id(),
      new Text("稠密 FP16/BF16 峰值算力", "Dense FP16/BF16 peak"),
      HardwareCheck.Quantity.SPARSE_PEAK_FLOPS.id(),
      new Text("2:4 结构化稀疏下的峰值算力", "Peak with 2:4 structured sparsity"),
      HardwareCheck.Quantity.HBM_BANDWIDTH.id(),
      new Text("显存（HBM）带宽", "Memory (HBM) bandwidth"),
      HardwareCheck.Quantity.INTERCONNECT_BANDWIDTH.id(),
      new Text("NVLink 互连带宽（双向合计）", "NVLink interconnect (both directions)"));

  static final Text FROM_RECOMPUTED_TIME =
      new Text("（按重算的请求时间）", " (from the recomputed request time)");

  static final Text SECONDS = new Text("秒", "s");
  static final Text TOKENS_PER_SECOND = new Text("token/秒", "tokens/s");
  static final Text USD = new Text("美元", "US$");
  static final Text GB = new Text("GB", "GB");

  private Labels() {}

  static String code(Enum<?> value) {
    String name = value.name().toLowerCase(java.util.Locale.ROOT);
    StringBuilder camel = new StringBuilder();
    boolean upper = false;
    for (char c : name.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        camel.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return camel.toString();
  }

  private static Map<String, Text> codes(Object... codesAndLabels) {
    Map<String, Text> map = new LinkedHashMap<>();
    for (int i = 0; i < codesAndLabels.length; i += 2) {
      map.put((String) codesAndLabels[i], (Text) codesAndLabels[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
