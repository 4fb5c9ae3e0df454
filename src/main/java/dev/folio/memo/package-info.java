/**
 * Results of pure build steps kept between the builds of one {@code folio serve}, keyed by
 * their inputs: the incremental build. Depends on nothing but the JDK; every stage may use it.
 */
package dev.folio.memo;
