/**
 * How numbers and dates read in a language, from the JDK's locale data (CLDR), never from
 * hand-written rules: compact figures (1750亿, 175B), percentages, long dates.
 */
package dev.folio.format;
