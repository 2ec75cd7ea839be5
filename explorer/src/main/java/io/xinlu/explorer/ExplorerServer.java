package io.xinlu.explorer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.xinlu.decision.Variable;
import io.xinlu.decision.city.Decision;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.Target;
import io.xinlu.indicator.TargetCheck;
import io.xinlu.uncertainty.sampling.UncertainParameter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The explorer's local HTTP server, on the JDK's own {@link HttpServer} (module {@code jdk.httpserver}): the JSON API
 * over an {@link Explorer} and the page's assets, served from this jar's resources by a fixed list (no file path ever
 * comes from a request). Documented in {@code docs/EXPLORER.md}.
 *
 * <p>Every answer carries a Content-Security-Policy without inline script ({@code default-src 'self'}, no framing),
 * {@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy: no-referrer}. A request body is read up to
 * {@value #MAX_BODY_BYTES} bytes; an ensemble runs at most {@link Explorer#MAX_ENSEMBLE_RUNS} times. A bad request
 * gets a 4xx answer {@code {"error": "..."}} that says what is wrong, and the server keeps serving. Bound to a
 * loopback address, it answers only requests whose {@code Host} names the loopback (against DNS rebinding).
 * Requests are handled by a bounded pool of {@value #THREADS} threads with a queue of {@value #QUEUE} requests (when
 * it is full the server's own thread handles the request, slowing the intake); a client that takes more than
 * {@value #MAX_REQUEST_SECONDS} s to send its request is disconnected (the JDK server's
 * {@code sun.net.httpserver.maxReqTime}, which this class sets for the whole JVM unless it is already set).
 *
 * <p>Thread-safe; {@link #close} stops it.
 */
public final class ExplorerServer implements AutoCloseable {
  /** The largest request body read, in bytes (64 KiB). */
  public static final int MAX_BODY_BYTES = 64 * 1024;
  /** The threads that handle requests. */
  public static final int THREADS = 4;
  /** The requests that may wait for a thread. */
  public static final int QUEUE = 64;
  /** The version of Apache ECharts served (the WebJar's, as in the parent pom). */
  static final String ECHARTS_VERSION = "5.3.1";
  /** The Content-Security-Policy of every answer. */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; "
      + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  /** The most seconds a client may take to send a request's headers and body before its connection is closed. */
  public static final int MAX_REQUEST_SECONDS = 10;
  /** The most seconds an answer may take to be written before its connection is closed. */
  public static final int MAX_RESPONSE_SECONDS = 60;

  static {
    // The JDK's server reads these once, when its first server is made (sun.net.httpserver.ServerConfig): without
    // them a client that sends its request slowly holds a thread for ever, and a few such clients stop the server.
    // Set here unless the JVM was started with them.
    if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
      System.setProperty("sun.net.httpserver.maxReqTime", Integer.toString(MAX_REQUEST_SECONDS));
    }
    if (System.getProperty("sun.net.httpserver.maxRspTime") == null) {
      System.setProperty("sun.net.httpserver.maxRspTime", Integer.toString(MAX_RESPONSE_SECONDS));
    }
    // an answer larger than the server's output buffer goes out in several writes: with TCP_NODELAY none of them
    // waits for the client's acknowledgement of the one before (Nagle's algorithm) on a kept-alive connection
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private static final String WEB = "/io/xinlu/explorer/web/";
  /** The page's assets: request path to class-path resource and content type. The only files ever served. */
  private static final Map<String, String[]> ASSETS = ImmutableMap.<String, String[]>builder()
      .put("/", new String[] {WEB + "index.html", "text/html; charset=utf-8"})
      .put("/index.html", new String[] {WEB + "index.html", "text/html; charset=utf-8"})
      .put("/style.css", new String[] {WEB + "style.css", "text/css; charset=utf-8"})
      .put("/app.js", new String[] {WEB + "app.js", "text/javascript; charset=utf-8"})
      .put("/api.js", new String[] {WEB + "api.js", "text/javascript; charset=utf-8"})
      .put("/charts.js", new String[] {WEB + "charts.js", "text/javascript; charset=utf-8"})
      .put("/i18n.js", new String[] {WEB + "i18n.js", "text/javascript; charset=utf-8"})
      .put("/favicon.svg", new String[] {WEB + "favicon.svg", "image/svg+xml"})
      .put("/vendor/echarts.min.js", new String[] {"/META-INF/resources/webjars/echarts/" + ECHARTS_VERSION
          + "/dist/echarts.min.js", "text/javascript; charset=utf-8"})
      .put("/vendor/echarts-LICENSE.txt", new String[] {"/META-INF/resources/webjars/echarts/" + ECHARTS_VERSION
          + "/LICENSE", "text/plain; charset=utf-8"})
      .build();

  private static final Set<String> GET_API = Set.of("/api/levers", "/api/indicators", "/api/targets");
  private static final Set<String> POST_API = Set.of("/api/run", "/api/ensemble", "/api/scenario-file",
      "/api/results.csv");

  private final Explorer explorer;
  private final HttpServer server;
  private final ThreadPoolExecutor pool;
  private final ObjectMapper json;
  private final boolean loopback;
  private final Map<String, byte[]> assets = new LinkedHashMap<>();
  private final byte[] levers;
  private final byte[] indicators;
  private final byte[] targets;
  /** The reference scenario's part of every run's answer, and its targets' checks: the same for every request. */
  private final ObjectNode referenceJson;
  private final List<TargetCheck> referenceChecks;

  private ExplorerServer(Explorer explorer, InetSocketAddress address) throws IOException {
    this.explorer = explorer;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(4_096)
            .maxNumberLength(64).maxDocumentLength(MAX_BODY_BYTES).build())
        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    this.json = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    json.configure(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS, false);
    for (Map.Entry<String, String[]> e : ASSETS.entrySet()) {
      try (InputStream in = ExplorerServer.class.getResourceAsStream(e.getValue()[0])) {
        if (in == null) {
          throw new IllegalStateException("the page's asset " + e.getValue()[0] + " is missing from the class path");
        }
        assets.put(e.getKey(), in.readAllBytes());
      }
    }
    this.levers = bytes(leversJson());
    this.indicators = bytes(indicatorsJson());
    this.targets = bytes(targetsJson());
    this.referenceJson = runJson(explorer.city().reference(), explorer.reference());
    this.referenceChecks = explorer.targets(explorer.reference());
    this.loopback = address.getAddress() == null || address.getAddress().isLoopbackAddress();
    this.server = HttpServer.create(address, 0);
    AtomicInteger count = new AtomicInteger();
    ThreadFactory threads = r -> {
      Thread t = new Thread(r, "xinlu-explorer-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    this.pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
        threads, new ThreadPoolExecutor.CallerRunsPolicy());
    server.setExecutor(pool);
    server.createContext("/", this::handle);
  }

  /**
   * Starts a server for the explorer on the address (port 0: any free port).
   *
   * @throws IOException if the address cannot be bound (in use, not local)
   */
  public static ExplorerServer start(Explorer explorer, InetSocketAddress address) throws IOException {
    ExplorerServer s = new ExplorerServer(explorer, address);
    s.server.start();
    return s;
  }

  /** Starts a server on 127.0.0.1 and the port (0: any free port). */
  public static ExplorerServer startLocal(Explorer explorer, int port) throws IOException {
    return start(explorer, new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
  }

  /** The port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The page's address, such as {@code http://127.0.0.1:8642/}. */
  public URI uri() {
    InetSocketAddress a = server.getAddress();
    String host = a.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + a.getPort() + "/");
  }

  /** Stops the server: no new requests; those under way get up to one second. */
  @Override
  public void close() {
    server.stop(1);
    pool.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try {
      Answer a;
      try {
        a = route(ex);
      } catch (ExplorerException e) {
        a = error(e.status(), e.getMessage());
      } catch (RuntimeException e) {
        a = error(500, "unexpected failure: " + firstLine(String.valueOf(e)));
      }
      send(ex, a);
    } catch (IOException | RuntimeException e) {
      // the client went away or the answer could not be written: nothing more to tell it
    } finally {
      ex.close();
    }
  }

  private record Answer(int status, String type, byte[] body, Map<String, String> headers) {}

  private Answer route(HttpExchange ex) throws IOException {
    checkHost(ex);
    String path = ex.getRequestURI().getRawPath();
    String method = ex.getRequestMethod();
    if (path == null) {
      throw new ExplorerException(404, "no such resource");
    }
    boolean get = method.equals("GET") || method.equals("HEAD");
    if (ASSETS.containsKey(path)) {
      requireMethod(get, method, "GET");
      return new Answer(200, ASSETS.get(path)[1], assets.get(path), Map.of("Cache-Control", "no-cache"));
    }
    if (GET_API.contains(path)) {
      requireMethod(get, method, "GET");
      byte[] body = switch (path) {
        case "/api/levers" -> levers;
        case "/api/indicators" -> indicators;
        default -> targets;
      };
      return new Answer(200, "application/json", body, Map.of());
    }
    if (POST_API.contains(path)) {
      requireMethod(method.equals("POST"), method, "POST");
      JsonNode body = readJson(ex);
      return switch (path) {
        case "/api/run" -> run(body);
        case "/api/ensemble" -> ensemble(body);
        case "/api/scenario-file" -> scenarioFile(body);
        default -> csv(body);
      };
    }
    throw new ExplorerException(404, "no such resource '" + shorten(path) + "'; the API: GET /api/levers, "
        + "/api/indicators, /api/targets; POST /api/run, /api/ensemble, /api/scenario-file, /api/results.csv "
        + "(docs/EXPLORER.md)");
  }

  /** Bound to the loopback, answers only a Host that names it (a page of another site cannot rebind to it). */
  private void checkHost(HttpExchange ex) {
    if (!loopback) {
      return;
    }
    String host = ex.getRequestHeaders().getFirst("Host");
    String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
    int port = port();
    if (!(h.equals("127.0.0.1:" + port) || h.equals("localhost:" + port) || h.equals("[::1]:" + port))) {
      throw new ExplorerException(403, "the explorer answers only requests to 127.0.0.1:" + port + " or localhost:"
          + port + ", not to host '" + shorten(h) + "'");
    }
  }

  private static void requireMethod(boolean ok, String method, String allowed) {
    if (!ok) {
      throw new ExplorerException(405, "method " + shorten(method) + " is not allowed here; use " + allowed);
    }
  }

  /** Reads the body as JSON: content type application/json, at most {@link #MAX_BODY_BYTES}, strict UTF-8, an object. */
  private JsonNode readJson(HttpExchange ex) throws IOException {
    String type = ex.getRequestHeaders().getFirst("Content-Type");
    String mime = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!mime.equals("application/json")) {
      throw new ExplorerException(415, "the body must be JSON (Content-Type: application/json), got "
          + (type == null ? "no content type" : "'" + shorten(type) + "'"));
    }
    String length = ex.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      long n;
      try {
        n = Long.parseLong(length.strip());
      } catch (NumberFormatException e) {
        throw new ExplorerException("Content-Length '" + shorten(length) + "' is not a number");
      }
      if (n > MAX_BODY_BYTES) {
        throw new ExplorerException(413, "the body has " + n + " bytes; the most a request may send is "
            + MAX_BODY_BYTES + " bytes");
      }
    }
    byte[] bytes;
    try (InputStream in = ex.getRequestBody()) {
      bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (bytes.length > MAX_BODY_BYTES) {
      throw new ExplorerException(413, "the body has more than " + MAX_BODY_BYTES + " bytes, the most a request "
          + "may send");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new ExplorerException("the body is not valid UTF-8");
    }
    if (text.isBlank()) {
      throw new ExplorerException("the body is empty; send a JSON object such as {\"levers\": {}}");
    }
    JsonNode node;
    try {
      node = json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new ExplorerException("malformed JSON: " + firstLine(e.getOriginalMessage()) + location(e));
    }
    if (node == null || !node.isObject()) {
      throw new ExplorerException("the body must be a JSON object, got " + kind(node));
    }
    return node;
  }

  private static String location(JsonProcessingException e) {
    var l = e.getLocation();
    return l == null || l.getLineNr() < 0 ? "" : " (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
  }

  private static String kind(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing";
    }
    return switch (n.getNodeType()) {
      case ARRAY -> "an array";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case NUMBER -> "a number";
      case OBJECT -> "an object";
      case STRING -> "a string";
      default -> n.getNodeType().toString().toLowerCase(Locale.ROOT);
    };
  }

  /** Checks that the object has only these fields. */
  private static void fields(JsonNode body, String where, List<String> allowed) {
    Iterator<String> names = body.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!allowed.contains(n)) {
        throw new ExplorerException("unknown field '" + shorten(n) + "'" + where + "; fields: "
            + String.join(", ", allowed));
      }
    }
  }

  /** A field holding an object of numbers, such as {@code "levers": {"strategy/ecology/intensity": 0.8}}. */
  private static Map<String, Double> numbers(JsonNode body, String field) {
    JsonNode n = body.get(field);
    Map<String, Double> out = new LinkedHashMap<>();
    if (n == null) {
      return out;
    }
    if (!n.isObject()) {
      throw new ExplorerException("'" + field + "' must be an object of path: number, got " + kind(n));
    }
    Iterator<Map.Entry<String, JsonNode>> it = n.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isNumber()) {
        throw new ExplorerException("'" + field + "' > '" + shorten(e.getKey()) + "': expected a number, got "
            + kind(e.getValue()));
      }
      double v = e.getValue().doubleValue();
      if (!Double.isFinite(v)) {
        throw new ExplorerException("'" + field + "' > '" + shorten(e.getKey()) + "': " + e.getValue().asText()
            + " is not a finite number");
      }
      out.put(e.getKey(), v);
    }
    return out;
  }

  private Answer run(JsonNode body) {
    fields(body, "", List.of("levers", "uncertain"));
    double[] x = explorer.levers(numbers(body, "levers"));
    double[] u = explorer.uncertain(numbers(body, "uncertain"));
    Run run = explorer.run(x, u);
    ObjectNode out = json.createObjectNode();
    ArrayNode years = out.putArray("years");
    for (int y : run.years()) {
      years.add(y);
    }
    out.set("scenario", runJson(explorer.city().scenario(), run));
    out.set("reference", referenceJson);
    ArrayNode ts = out.putArray("targets");
    List<TargetCheck> mine = explorer.targets(run);
    List<TargetCheck> ref = referenceChecks;
    for (int i = 0; i < mine.size(); i++) {
      ObjectNode t = ts.addObject();
      t.put("id", mine.get(i).target().id());
      t.put("met", mine.get(i).met());
      t.put("value", finite(mine.get(i).value()));
      t.put("year", mine.get(i).valueYear());
      t.put("referenceMet", ref.get(i).met());
      t.put("referenceValue", finite(ref.get(i).value()));
    }
    return ok(out);
  }

  private static double finite(double v) {
    return Double.isFinite(v) ? v : 0.0;
  }

  private ObjectNode runJson(String name, Run run) {
    ObjectNode o = json.createObjectNode();
    o.put("name", name);
    ObjectNode series = o.putObject("series");
    for (Indicator i : explorer.series()) {
      ArrayNode a = series.putArray(i.id());
      for (double v : i.series(run)) {
        a.add(v);
      }
    }
    return o;
  }

  private Answer ensemble(JsonNode body) {
    fields(body, "", List.of("levers", "runs"));
    double[] x = explorer.levers(numbers(body, "levers"));
    int runs = Explorer.DEFAULT_ENSEMBLE_RUNS;
    JsonNode r = body.get("runs");
    if (r != null) {
      if (!r.isIntegralNumber() || !r.canConvertToInt()) {
        throw new ExplorerException("'runs' must be a whole number in [2, " + Explorer.MAX_ENSEMBLE_RUNS + "], got "
            + (r.isNumber() ? r.asText() : kind(r)));
      }
      runs = r.intValue();
    }
    Map<String, double[][]> fan = explorer.ensemble(x, runs);
    ObjectNode out = json.createObjectNode();
    out.put("runs", runs);
    out.put("design", "latin hypercube, seed " + Explorer.ENSEMBLE_SEED);
    ArrayNode years = out.putArray("years");
    for (int y : explorer.reference().years()) {
      years.add(y);
    }
    ArrayNode ps = out.putArray("percentiles");
    Explorer.PERCENTILES.forEach(ps::add);
    ObjectNode series = out.putObject("series");
    fan.forEach((id, rows) -> {
      ObjectNode s = series.putObject(id);
      for (int p = 0; p < rows.length; p++) {
        ArrayNode a = s.putArray("p" + Explorer.PERCENTILES.get(p));
        for (double v : rows[p]) {
          a.add(v);
        }
      }
    });
    return ok(out);
  }

  private Answer scenarioFile(JsonNode body) {
    fields(body, "", List.of("levers", "uncertain"));
    double[] x = explorer.levers(numbers(body, "levers"));
    double[] u = explorer.uncertain(numbers(body, "uncertain"));
    String yaml = explorer.scenarioFile(x, u);
    return new Answer(200, "application/yaml; charset=utf-8", yaml.getBytes(StandardCharsets.UTF_8),
        Map.of("Content-Disposition", "attachment; filename=\"explorer.yaml\""));
  }

  private Answer csv(JsonNode body) {
    fields(body, "", List.of("levers", "uncertain"));
    double[] x = explorer.levers(numbers(body, "levers"));
    double[] u = explorer.uncertain(numbers(body, "uncertain"));
    String csv = explorer.csv(explorer.run(x, u));
    return new Answer(200, "text/csv; charset=utf-8", csv.getBytes(StandardCharsets.UTF_8),
        Map.of("Content-Disposition", "attachment; filename=\"explorer.csv\""));
  }

  private ObjectNode leversJson() {
    ExplorerCity city = explorer.city();
    ObjectNode out = json.createObjectNode();
    out.put("city", city.name());
    out.put("scenario", city.scenario());
    out.put("reference", city.reference());
    int[] ys = explorer.reference().years();
    out.put("baseYear", ys[0]);
    out.put("endYear", ys[ys.length - 1]);
    ArrayNode ls = out.putArray("levers");
    double[] defaults = city.defaults();
    for (int i = 0; i < city.levers().size(); i++) {
      Decision d = city.levers().get(i);
      Variable v = d.variable();
      ObjectNode l = ls.addObject();
      l.put("path", d.path());
      l.put("kind", d instanceof Decision.Intensity ? "intensity" : d instanceof Decision.StartYear ? "start"
          : d instanceof Decision.Scale ? "scale" : "carried-out");
      l.put("integer", v.type() != Variable.Type.REAL);
      l.put("min", v.lower());
      l.put("max", v.upper());
      l.put("step", v.type() == Variable.Type.REAL ? 0.01 : 1);
      l.put("value", defaults[i]);
      label(l, Labels.lever(city.model(), d));
    }
    ArrayNode us = out.putArray("uncertain");
    double[] ud = explorer.uncertainDefaults();
    for (int k = 0; k < city.uncertain().size(); k++) {
      UncertainParameter p = city.uncertain().get(k);
      ObjectNode o = us.addObject();
      o.put("path", p.name());
      o.put("min", explorer.uncertainLower(k));
      o.put("max", explorer.uncertainUpper(k));
      o.put("value", ud[k]);
      o.put("distribution", p.distribution().describe());
      o.put("applies", explorer.uncertainMerge(k));
      label(o, Labels.uncertain(city.model(), p.name(), explorer.uncertainMerge(k)));
    }
    ObjectNode limits = out.putObject("limits");
    limits.put("bodyBytes", MAX_BODY_BYTES);
    limits.put("ensembleRuns", Explorer.MAX_ENSEMBLE_RUNS);
    limits.put("ensembleDefaultRuns", Explorer.DEFAULT_ENSEMBLE_RUNS);
    return out;
  }

  private static void label(ObjectNode o, Labels.Label l) {
    ObjectNode n = o.putObject("label");
    n.put("en", l.en());
    n.put("zh", l.zh());
  }

  private ObjectNode indicatorsJson() {
    ObjectNode out = json.createObjectNode();
    ArrayNode a = out.putArray("indicators");
    for (Indicator i : explorer.series()) {
      ObjectNode o = a.addObject();
      o.put("id", i.id());
      o.put("name", i.name());
      o.put("unit", i.unit());
      o.put("fan", explorer.fanSeries().contains(i));
      label(o, Labels.indicator(i.id(), i.name()));
    }
    return out;
  }

  private ObjectNode targetsJson() {
    ObjectNode out = json.createObjectNode();
    ArrayNode a = out.putArray("targets");
    for (Target t : explorer.city().targets()) {
      ObjectNode o = a.addObject();
      o.put("id", t.id());
      o.put("indicator", t.indicator().id());
      o.put("year", t.targetYear());
      o.put("description", t.describe());
    }
    return out;
  }

  private byte[] bytes(JsonNode node) {
    try {
      return json.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Answer ok(JsonNode node) {
    return new Answer(200, "application/json", bytes(node), Map.of());
  }

  private Answer error(int status, String message) {
    ObjectNode o = json.createObjectNode();
    o.put("error", message);
    return new Answer(status, "application/json", bytes(o), Map.of());
  }

  private static void send(HttpExchange ex, Answer a) throws IOException {
    var h = ex.getResponseHeaders();
    h.set("Content-Type", a.type());
    h.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Referrer-Policy", "no-referrer");
    h.set("X-Frame-Options", "DENY");
    h.set("Cross-Origin-Resource-Policy", "same-origin");
    h.set("Cache-Control", "no-store");
    a.headers().forEach(h::set);
    if (a.status() == 405) {
      h.set("Allow", ex.getRequestURI().getRawPath() != null && POST_API.contains(ex.getRequestURI().getRawPath())
          ? "POST" : "GET, HEAD");
    }
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(a.status(), head ? -1 : a.body().length == 0 ? -1 : a.body().length);
    if (!head && a.body().length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(a.body());
      }
    }
  }

  private static String shorten(String s) {
    String t = s.length() > 120 ? s.substring(0, 120) + "..." : s;
    StringBuilder b = new StringBuilder();
    t.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return b.toString();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "no message";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl).strip();
  }
}
