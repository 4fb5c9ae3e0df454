// Folio: the live cost calculator (templates/calculator.ftlh). It reads the form, checks every
// input, runs the cost model — assets/calculator.js, Folio's Java compiled to JavaScript by
// TeaVM, which defines folioCost(inputs) — and shows the results formatted for the page's
// language. The address keeps the inputs, so a scenario can be shared. Without calculator.js the
// page keeps its notice and the precomputed tables.
(() => {
  "use strict";
  const root = document.querySelector(".calculator");
  if (!root || typeof window.folioCost !== "function") {
    return;
  }
  const form = root.querySelector("[data-calc-form]");
  const locale = root.dataset.locale || document.documentElement.lang || "en";
  const msg = (name, values) => fill(root.dataset[name] || "", values || {});

  const fields = Array.from(form.querySelectorAll("input[data-kind]"));
  const field = (name) => form.querySelector(`[name="${name}"]`);
  const modelSelect = form.querySelector("[data-calc-model]");
  const acceleratorSelect = form.querySelector("[data-calc-accelerator]");
  const precisionSelect = form.querySelector("[data-calc-precision]");
  const scenarioSelect = form.querySelector("[data-calc-scenario]");
  const status = root.querySelector("[data-calc-status]");
  const ticker = root.querySelector("[data-calc-ticker]");

  // Which inputs each kind of choice fills, from the build's one list of the cost model's inputs
  // (ScenarioField): a model <option> fills FIELDS.model, an accelerator FIELDS.accelerator, a
  // scenario FIELDS.scenario (and names its model and accelerator). Each <option> carries its
  // values as JSON in data-inputs, written so that Number() reads the doubles the build used.
  const FIELDS = JSON.parse(root.dataset.fields);
  const inputsOf = (option) => JSON.parse(option.dataset.inputs || "{}");
  const PERCENT = FIELDS.percent;
  const URL_KEYS = ["model", ...FIELDS.model, "accelerator", ...FIELDS.scenario];

  // ---- Numbers for readers ---------------------------------------------------------------------
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (whole, key) => key in values ? values[key] : whole);
  }
  // One style for every figure: four significant digits in the locale's own digits, grouping and
  // decimal sign (Intl, the browser's CLDR data, as the site's tables use the JDK's), never an
  // exponent: US$0.00001249, 26.8 ms, 13.87 TB/s (durations, bytes and rates pick their unit,
  // so the digits stay few).
  const plainFormat = new Intl.NumberFormat(locale, {
    notation: "standard", maximumSignificantDigits: 4
  });
  const groupedFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
  function number(value) {
    return Number.isFinite(value) ? plainFormat.format(value) : "—";
  }
  function duration(seconds) {
    if (seconds < 1e-3) {
      return msg("unitUs", { value: number(seconds * 1e6) });
    }
    if (seconds < 1) {
      return msg("unitMs", { value: number(seconds * 1e3) });
    }
    if (seconds < 120) {
      return msg("unitS", { value: number(seconds) });
    }
    if (seconds < 7200) {
      return msg("unitMin", { value: number(seconds / 60) });
    }
    return msg("unitH", { value: number(seconds / 3600) });
  }
  const usd = (value) => msg("unitUsd", { value: number(value) });
  // Decimal prefixes: 351.3 GB, 748.8 TFLOP/s, 13.87 TB/s.
  function scaled(value, unit) {
    const prefixes = ["", "k", "M", "G", "T", "P", "E"];
    let i = 0;
    while (i < prefixes.length - 1 && Math.abs(value) >= 1000) {
      value /= 1000;
      i++;
    }
    return `${number(value)} ${prefixes[i]}${unit}`;
  }
  // Large counts the way the page's language says them, from the browser's locale data as the
  // site's tables use the JDK's: 1739亿 / 173.9 billion / 1739億.
  const countFormat = new Intl.NumberFormat(locale, {
    notation: "compact", compactDisplay: "long", maximumSignificantDigits: 4
  });
  function count(value) {
    return Math.abs(value) >= 1e6 ? countFormat.format(value) : number(value);
  }
  const FORMATS = {
    usdPerRequest: usd, usdPerThousandOutputTokens: usd,
    requestSeconds: duration, prefillSeconds: duration, decodeSeconds: duration,
    firstDecodeStepSeconds: duration, meanDecodeStepSeconds: duration,
    outputTokensPerSecond: (v) => msg("unitTokensPerSecond", { value: number(v) }),
    decodeBound: (v) => msg(v === "memory" ? "boundMemory" : "boundCompute"),
    requiredBytes: (v) => scaled(v, "B"), availableBytes: (v) => scaled(v, "B"),
    weightBytes: (v) => scaled(v, "B"), kvBytesPerToken: (v) => scaled(v, "B"),
    parameters: count,
    effectiveFlops: (v) => scaled(v, "FLOP/s"), effectiveBandwidth: (v) => scaled(v, "B/s"),
    ridgePoint: number, criticalBatch: number
  };

  // ---- Reading and checking the inputs ---------------------------------------------------------
  // Accepts what people type: 12288, 12,288, 1.5e11, full-width digits.
  function parse(text) {
    let t = text.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0))
      .replace(/\uFF0E/g, ".").replace(/[\s_\u00A0]/g, "");
    if (/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(t)) {
      t = t.replace(/,/g, "");
    }
    return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : NaN;
  }

  // {value} (NaN for an optional input left empty) or {error}.
  function check(input) {
    const text = input.value.trim();
    const optional = input.hasAttribute("data-optional");
    if (text === "") {
      return optional ? { value: NaN } : { error: msg("msgRequired") };
    }
    const value = parse(text);
    const min = Number(input.dataset.min);
    const max = Number(input.dataset.max);
    if (!Number.isFinite(value)) {
      return { error: msg("msgNumber") };
    }
    if (input.dataset.kind === "integer" && !Number.isInteger(value)) {
      return { error: msg("msgInteger") };
    }
    if (input.hasAttribute("data-exclusive-min") && value <= min) {
      return { error: msg("msgPositive", { min: groupedFormat.format(min) }) };
    }
    if (value < min) {
      return { error: msg("msgMin", { min: groupedFormat.format(min) }) };
    }
    if (value > max) {
      return { error: msg("msgMax", { max: groupedFormat.format(max) }) };
    }
    return { value };
  }

  function mark(input, error) {
    const message = document.getElementById(`${input.id}-message`);
    if (error) {
      input.setAttribute("aria-invalid", "true");
      message.textContent = error;
    } else {
      input.removeAttribute("aria-invalid");
      message.textContent = "";
    }
  }

  // ---- Running the model and showing the results ----------------------------------------------
  const outputs = Array.from(root.querySelectorAll("output[data-key]"));
  const details = {};
  for (const el of root.querySelectorAll("[data-calc-detail]")) {
    details[el.dataset.calcDetail] = el;
  }
  let firstUpdate = true;
  // Milliseconds the last computation took: the decode sum is exact, step by step, so a very
  // long output (up to a million steps) takes a moment; then typing waits for a pause.
  let lastCost = 0;
  let pending = 0;
  function schedule() {
    clearTimeout(pending);
    if (lastCost > 30) {
      pending = setTimeout(update, 250);
    } else {
      update();
    }
  }

  function show(result) {
    for (const out of outputs) {
      const value = result ? result[out.dataset.key] : undefined;
      const known = typeof value === "string"
        || (typeof value === "number" && Number.isFinite(value));
      out.dataset.value = known ? String(value) : "";
      out.textContent = known ? FORMATS[out.dataset.key](value) : "—";
      out.closest(".calc-result").classList.toggle("is-empty", !known);
    }
    const priced = Boolean(result && result.ok && result.fits);
    const tooBig = Boolean(result && result.ok && !result.fits);
    const bound = (value) => msg(value === "memory" ? "stepMemory" : "stepCompute");
    details.request.textContent = priced ? msg("msgRequestDetail", {
      prefill: duration(result.prefillSeconds), decode: duration(result.decodeSeconds)
    }) : "";
    details.firstStep.textContent = priced ? bound(result.firstDecodeStepBound) : "";
    details.prefill.textContent = priced ? bound(result.prefillBound) : "";
    details.steps.textContent = priced ? msg("msgSteps", {
      n: number(result.memoryBoundDecodeSteps), total: number(result.decodeSteps)
    }) : "";
    details.memory.textContent = priced
      ? msg("msgFits", { available: scaled(result.availableBytes, "B") }) : "";
    root.querySelector('[data-result="requiredBytes"]').classList.toggle("is-problem", tooBig);
  }

  // Every named control of the form (the inputs and the menus) as it reads now.
  function formValues() {
    const values = {};
    for (const el of form.elements) {
      if (el.name) {
        values[el.name] = el.value;
      }
    }
    return values;
  }
  // After each computation the section's data-computed-from holds, as JSON, the form values the
  // results, the state and the status line were computed from: while typing waits for a pause
  // they still belong to earlier values, and anyone reading the page (the browser tests) can tell.
  function computedFrom(values) {
    root.dataset.computedFrom = JSON.stringify(values);
  }

  function update() {
    clearTimeout(pending);
    const inputs = {};
    let valid = true;
    for (const input of fields) {
      const checked = check(input);
      if (checked.error) {
        valid = false;
      } else {
        inputs[input.name] = checked.value;
      }
      mark(input, checked.error);
    }
    if (inputs.heads !== undefined && inputs.kvHeads !== undefined && inputs.kvHeads > inputs.heads) {
      mark(field("kvHeads"), msg("msgKvHeads"));
      valid = false;
    }
    syncSelects();
    writeAddress();
    const values = formValues();
    if (!valid) {
      show(null);
      status.textContent = msg("msgInvalid");
      ticker.textContent = status.textContent;
      root.dataset.state = "invalid";
      computedFrom(values);
      return;
    }
    for (const name of PERCENT) {
      inputs[name] = inputs[name] / 100;
    }
    inputs.bytesPerParameter = Number(precisionSelect.value);
    const accelerator = inputsOf(acceleratorSelect.selectedOptions[0]);
    for (const name of FIELDS.accelerator) {
      inputs[name] = Number(accelerator[name]);
    }
    const started = performance.now();
    const result = window.folioCost(inputs);
    lastCost = performance.now() - started;
    show(result);
    if (!result.ok) {
      const input = field(result.error);
      if (input && input.matches("input")) {
        mark(input, msg("msgExtreme"));
      }
      status.textContent = msg("msgExtreme");
      root.dataset.state = "invalid";
    } else if (!result.fits) {
      status.textContent = msg("msgDoesNotFit", {
        needed: scaled(result.requiredBytes, "B"), available: scaled(result.availableBytes, "B"),
        count: number(inputs.acceleratorCount)
      });
      root.dataset.state = "does-not-fit";
    } else {
      status.textContent = msg("msgSummary", {
        cost: usd(result.usdPerRequest), time: duration(result.requestSeconds),
        speed: FORMATS.outputTokensPerSecond(result.outputTokensPerSecond)
      });
      root.dataset.state = "priced";
    }
    ticker.textContent = status.textContent;
    computedFrom(values);
    if (firstUpdate) {
      firstUpdate = false;
      performance.mark("folio-calculator-first-update");
      root.dataset.firstUpdate = String(performance.now());
      requestAnimationFrame(() => setTimeout(() => {
        performance.mark("folio-calculator-first-frame");
      }, 0));
    }
  }

  // ---- Choices that fill several inputs --------------------------------------------------------
  function setValue(name, value) {
    const el = field(name);
    if (!el || value === null || value === undefined) {
      return;
    }
    if (el.matches("select")) {
      const option = Array.from(el.options).find((o) => o.value === value
        || (el === precisionSelect && Number(o.value) === Number(value)));
      if (option) {
        el.value = option.value;
      }
    } else {
      el.value = value;
    }
  }
  function applyModel(option) {
    const values = inputsOf(option);
    for (const name of FIELDS.model) {
      setValue(name, values[name]);
    }
  }
  function applyScenario(option) {
    setValue("model", option.dataset.model);
    setValue("accelerator", option.dataset.accelerator);
    const values = inputsOf(option);
    for (const name of FIELDS.scenario) {
      setValue(name, values[name]);
    }
    const model = Array.from(modelSelect.options)
      .find((o) => o.value === option.dataset.model);
    if (model) {
      applyModel(model);
    }
  }
  const same = (text, expected) => (expected === "" ? text.trim() === ""
    : parse(text) === Number(expected));
  // The model and scenario menus name what the inputs hold, or say "custom".
  function syncSelects() {
    const model = Array.from(modelSelect.options).find((o) => {
      if (o.value === "custom") {
        return false;
      }
      const values = inputsOf(o);
      return FIELDS.model.every((name) => same(field(name).value, values[name]));
    });
    modelSelect.value = model ? model.value : "custom";
    const scenario = Array.from(scenarioSelect.options).find((o) => {
      if (o.value === "" || field("model").value !== o.dataset.model
        || field("accelerator").value !== o.dataset.accelerator) {
        return false;
      }
      const values = inputsOf(o);
      return FIELDS.scenario.every((name) => name === "bytesPerParameter"
        ? Number(field(name).value) === Number(values[name]) : same(field(name).value, values[name]));
    });
    scenarioSelect.value = scenario ? scenario.value : "";
    const specs = inputsOf(acceleratorSelect.selectedOptions[0]);
    root.querySelector("[data-calc-accelerator-specs]").textContent = msg("unitAccelerator", {
      tflops: groupedFormat.format(Number(specs.denseTflops)),
      bandwidth: groupedFormat.format(Number(specs.hbmGBps)),
      memory: groupedFormat.format(Number(specs.hbmGB)),
      link: groupedFormat.format(Number(specs.linkGBps))
    });
  }

  // ---- The address keeps the inputs -------------------------------------------------------------
  function writeAddress() {
    const params = new URLSearchParams();
    for (const key of URL_KEYS) {
      params.set(key, field(key).value.trim());
    }
    const query = `?${params}`;
    if (query !== location.search) {
      history.replaceState(history.state, "", query + location.hash);
    }
    // The language switch leads to the same scenario in the other language.
    for (const link of document.querySelectorAll("a.lang-switch")) {
      const url = new URL(link.href);
      url.search = query;
      link.href = url.href;
    }
  }
  function readAddress() {
    const params = new URLSearchParams(location.search);
    if (!URL_KEYS.some((key) => params.has(key)) && !params.has("scenario")) {
      return;
    }
    const scenario = Array.from(scenarioSelect.options)
      .find((o) => o.value !== "" && o.value === params.get("scenario"));
    if (scenario) {
      applyScenario(scenario);
    }
    const model = Array.from(modelSelect.options)
      .find((o) => o.value !== "custom" && o.value === params.get("model"));
    if (model) {
      applyModel(model);
    }
    for (const key of URL_KEYS) {
      if (params.has(key) && key !== "model") {
        setValue(key, params.get(key));
      }
    }
  }

  // ---- Wiring ----------------------------------------------------------------------------------
  modelSelect.addEventListener("change", () => {
    const option = modelSelect.selectedOptions[0];
    if (option.value !== "custom") {
      applyModel(option);
    }
    update();
  });
  scenarioSelect.addEventListener("change", () => {
    const option = scenarioSelect.selectedOptions[0];
    if (option.value !== "") {
      applyScenario(option);
    }
    update();
  });
  acceleratorSelect.addEventListener("change", update);
  precisionSelect.addEventListener("change", update);
  for (const input of fields) {
    input.addEventListener("input", schedule);
  }
  form.addEventListener("submit", (event) => event.preventDefault());

  root.querySelector("[data-calc-needs-js]").hidden = true;
  form.hidden = false;
  readAddress();
  update();
})();
