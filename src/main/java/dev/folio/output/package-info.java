/**
 * One class per kind of file the site holds: the content pages, Folio's own pages (search,
 * contents), the root pages (language chooser, 404), the search index, the data downloads, the
 * files hosts and crawlers read, the assets and the project's static files. Each returns an {@link
 * dev.folio.output.Output}: its files and the problems that kept any out. {@code Pipeline} lists
 * them as steps.
 */
package dev.folio.output;
