package dev.folio.extensions.inference.model;

/** Which roofline limits a step: streaming bytes from memory or doing the arithmetic. */
public enum Bound {
  /** Memory traffic takes at least as long as the arithmetic (ties count as memory-bound). */
  MEMORY,
  /** The arithmetic takes longer than the memory traffic. */
  COMPUTE
}
