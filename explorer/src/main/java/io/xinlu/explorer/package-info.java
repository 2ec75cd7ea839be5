/**
 * The explorer in the browser ({@code ./xinlu serve}): {@link io.xinlu.explorer.ExplorerCity} (what the page
 * explores: a city's model, the scenario whose levers move, the reference scenario, the levers and the uncertain
 * parameters), {@link io.xinlu.explorer.Explorer} (the runs, ensembles and exports behind the JSON API, with every
 * value validated) and {@link io.xinlu.explorer.ExplorerServer} (the local HTTP server on the JDK's own
 * {@code com.sun.net.httpserver}, serving the API and the page's assets from this jar). The API is documented in
 * {@code docs/EXPLORER.md}.
 */
package io.xinlu.explorer;
