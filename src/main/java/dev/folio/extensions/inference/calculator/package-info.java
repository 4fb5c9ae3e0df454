/**
 * The live calculator's computation, for the browser: {@link
 * dev.folio.extensions.inference.calculator.Calculation} maps named numbers to a cost-model
 * scenario and the estimate back to named results, and {@link
 * dev.folio.extensions.inference.calculator.CalculatorBridge} exposes it to the page as {@code
 * folioCost}.
 *
 * <p>TeaVM compiles this package and {@code compute/cost} to JavaScript at build time ({@code
 * pom.xml}, phase {@code process-classes}); the result, {@code dev/folio/calculator/calculator.js},
 * travels in {@code folio.jar} and the renderer writes it to {@code site/assets/calculator.js}.
 * Only the bridge knows TeaVM (JSO); the JVM never loads it. Like the cost model, this package
 * keeps to basic {@code java.lang}: no streams, no formatting, no I/O.
 */
package dev.folio.extensions.inference.calculator;
