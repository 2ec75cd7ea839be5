package io.xinlu.explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicators;
import io.xinlu.indicator.Target;
import io.xinlu.io.FileFormat;
import io.xinlu.io.LoadedModel;
import io.xinlu.io.ScenarioDocument;
import io.xinlu.io.ScenarioFiles;
import io.xinlu.scenarios.Yangquan;
import io.xinlu.scenarios.YangquanDecisions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON API against a server on a free port (port 0): each endpoint's answer, and every kind of bad request
 * answered with a 4xx and a clear {@code {"error": ...}} while the server keeps serving. The run endpoint's CO2 is
 * compared, bit for bit, with an {@link Engine} run of a scenario written by hand in the file format.
 */
class ExplorerServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ExplorerServer server;
  private static HttpClient client;

  @BeforeAll
  static void start() throws IOException {
    server = ExplorerServer.startLocal(new Explorer(ExplorerCity.yangquan()), 0);
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private record Answer(int status, String body, HttpResponse<String> response) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }
  }

  private static Answer get(String path) throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.uri().resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), r.body(), r);
  }

  private static Answer post(String path, String body) throws Exception {
    return post(path, body, "application/json");
  }

  private static Answer post(String path, String body, String type) throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.uri().resolve(path))
        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), r.body(), r);
  }

  /** Sends bytes as they are (no client normalises the path or sets the Host) and returns status and body. */
  private static Answer raw(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      in.transferTo(b);
      String text = b.toString(StandardCharsets.UTF_8);
      int status = Integer.parseInt(text.substring(9, 12));
      int body = text.indexOf("\r\n\r\n");
      return new Answer(status, body < 0 ? "" : text.substring(body + 4), null);
    }
  }

  /** A refused request: the status, a JSON error containing the text, and the server still answers. */
  private static void refused(Answer a, int status, String text) throws Exception {
    assertEquals(status, a.status(), a.body());
    JsonNode error = JSON.readTree(a.body()).get("error");
    assertTrue(error != null && error.asText().contains(text), "expected an error with '" + text + "': " + a.body());
    assertFalse(a.body().contains("root:"), a.body());
    assertFalse(a.body().contains("\tat "), "no stack trace: " + a.body());
    Answer still = get("/api/levers");
    assertEquals(200, still.status(), "the server answers after a bad request");
  }

  private static double[] array(JsonNode a) {
    return StreamSupport.stream(a.spliterator(), false).mapToDouble(JsonNode::doubleValue).toArray();
  }

  @Test
  void leversAreTheSearchsLeversWithTheirRangesAndTheUncertainParameters() throws Exception {
    Answer a = get("/api/levers");
    assertEquals(200, a.status());
    JsonNode j = a.json();
    assertEquals("yangquan", j.get("city").asText());
    assertEquals("seed-plan", j.get("scenario").asText());
    assertEquals("baseline", j.get("reference").asText());
    JsonNode levers = j.get("levers");
    assertEquals(12, levers.size());
    assertEquals("strategy/industrial-empowerment/intensity", levers.get(0).get("path").asText());
    assertEquals(0.5, levers.get(0).get("min").doubleValue());
    assertEquals(1.0, levers.get(0).get("max").doubleValue());
    JsonNode retirement = levers.get(8);
    assertEquals("project/coal-power-retirement/start", retirement.get("path").asText());
    assertEquals(2024, retirement.get("min").intValue());
    assertEquals(2032, retirement.get("max").intValue());
    assertEquals(2030, retirement.get("value").intValue(), "the seed plan's start after its deferral");
    assertTrue(retirement.get("integer").booleanValue());
    assertEquals("生态筑基：实施力度", levers.get(2).get("label").get("zh").asText());
    assertEquals("Ecology as the foundation: intensity", levers.get(2).get("label").get("en").asText());
    JsonNode uncertain = j.get("uncertain");
    assertEquals(Yangquan.uncertainties().size(), uncertain.size());
    JsonNode first = uncertain.get(0);
    assertEquals("sector/coal-mining/growth", first.get("path").asText());
    assertEquals(-0.03, first.get("min").doubleValue());
    assertEquals(0.04, first.get("max").doubleValue());
    // a delay of a project whose start is a lever is added to the start chosen: it starts at 0
    for (JsonNode u : uncertain) {
      if (u.get("path").asText().equals("project/green-power-base/delay")) {
        assertEquals("add", u.get("applies").asText());
        assertEquals(0.0, u.get("value").doubleValue());
      }
    }
    assertEquals(ExplorerServer.MAX_BODY_BYTES, j.get("limits").get("bodyBytes").intValue());
  }

  @Test
  void indicatorsHaveUnitsAndLabelsInBothLanguages() throws Exception {
    JsonNode j = get("/api/indicators").json().get("indicators");
    JsonNode co2 = null;
    for (JsonNode i : j) {
      if (i.get("id").asText().equals("co2")) {
        co2 = i;
      }
      assertFalse(i.get("label").get("zh").asText().isBlank());
    }
    assertTrue(co2 != null);
    assertEquals(Indicators.co2().unit(), co2.get("unit").asText());
    assertEquals("二氧化碳排放", co2.get("label").get("zh").asText());
  }

  @Test
  void targetsAreTheCitys() throws Exception {
    JsonNode j = get("/api/targets").json().get("targets");
    List<String> ids = Yangquan.targets().stream().map(Target::id).toList();
    assertEquals(ids.size(), j.size());
    for (int i = 0; i < ids.size(); i++) {
      assertEquals(ids.get(i), j.get(i).get("id").asText());
    }
  }

  /**
   * The same levers written by hand as a scenario file: ecology at intensity 0.7; the wind and solar base starting in
   * 2025, planned for 2023 (Yangquan.java: project("green-power-base", ..., 2023, 2028, ...)), so a delay of 2 years;
   * the mining exit in 2033, planned for 2030, a delay of 3; and the levers left at the seed plan's values, which for
   * the coal-power retirement is 2030, planned for 2026: a delay of 4. The other starts are their planned ones.
   */
  private static final String HAND_WRITTEN = """
      format: xinlu/1
      scenarios:
        - name: by-hand
          parent: seed-plan
          adoptions:
            - {strategy: ecology, intensity: 0.7}
          project-overrides:
            - {project: green-power-base, delay: 2}
            - {project: coal-capacity-exit, delay: 3}
            - {project: coal-power-retirement, delay: 4}
      """;

  private static final String MOVED = "{\"levers\": {\"strategy/ecology/intensity\": 0.7, "
      + "\"project/green-power-base/start\": 2025, \"project/coal-capacity-exit/start\": 2033}}";

  @Test
  void runsCo2IsTheEnginesForTheSameLevers() throws Exception {
    Answer a = post("/api/run", MOVED);
    assertEquals(200, a.status(), a.body());
    JsonNode j = a.json();
    LoadedModel hand = ScenarioFiles.combine(List.of(ScenarioDocument.of(Yangquan.model()),
        ScenarioFiles.parse(HAND_WRITTEN, "by-hand.yaml", FileFormat.YAML)));
    Run engine = Engine.run(hand.model(), "by-hand");
    assertArrayEquals(Indicators.co2().series(engine), array(j.get("scenario").get("series").get("co2")), 0.0);
    assertArrayEquals(Indicators.gdp().series(engine), array(j.get("scenario").get("series").get("gdp")), 0.0);
    Run baseline = Engine.run(Yangquan.model(), Yangquan.BASELINE);
    assertArrayEquals(Indicators.co2().series(baseline), array(j.get("reference").get("series").get("co2")), 0.0);
    assertEquals(2022, j.get("years").get(0).intValue());
    assertEquals(Yangquan.targets().size(), j.get("targets").size());
    for (int i = 0; i < Yangquan.targets().size(); i++) {
      assertEquals(Yangquan.targets().get(i).check(engine).met(), j.get("targets").get(i).get("met").booleanValue());
      assertEquals(Yangquan.targets().get(i).check(baseline).met(),
          j.get("targets").get(i).get("referenceMet").booleanValue());
    }
  }

  @Test
  void anEmptyRequestRunsTheSeedPlan() throws Exception {
    JsonNode j = post("/api/run", "{}").json();
    Run seed = Engine.run(Yangquan.model(), Yangquan.SEED_PLAN);
    assertArrayEquals(Indicators.co2().series(seed), array(j.get("scenario").get("series").get("co2")), 0.0);
  }

  @Test
  void theScenarioFileReadsBackAndRunsToTheSameCo2() throws Exception {
    Answer a = post("/api/scenario-file", MOVED);
    assertEquals(200, a.status(), a.body());
    assertTrue(a.response().headers().firstValue("Content-Disposition").orElse("").contains("explorer.yaml"));
    LoadedModel back = ScenarioFiles.combine(List.of(ScenarioFiles.parse(a.body(), "explorer.yaml",
        FileFormat.YAML)));
    Run run = Engine.run(back.model(), Explorer.SCENARIO_NAME);
    JsonNode j = post("/api/run", MOVED).json();
    assertArrayEquals(array(j.get("scenario").get("series").get("co2")), Indicators.co2().series(run), 0.0);
    assertEquals(Yangquan.targets().size(), back.targets().size());
  }

  @Test
  void uncertainValuesChangedAreNamedInTheScenarioFile() throws Exception {
    Answer a = post("/api/scenario-file", "{\"uncertain\": {\"macro-shock\": -0.005}}");
    assertEquals(200, a.status(), a.body());
    assertTrue(a.body().startsWith("# settings of the explorer"), a.body().substring(0, 80));
    assertTrue(a.body().contains("# uncertain parameter set in the explorer (not part of the scenario): "
        + "macro-shock = -0.005"));
  }

  @Test
  void resultsCsvHasTheRunsIndicators() throws Exception {
    Answer a = post("/api/results.csv", MOVED);
    assertEquals(200, a.status(), a.body());
    assertTrue(a.response().headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(a.body().startsWith("# xinlu-version"), a.body());
    assertTrue(a.body().contains("scenario,year,indicator,value,unit\n"));
    JsonNode j = post("/api/run", MOVED).json();
    double co2In2030 = j.get("scenario").get("series").get("co2").get(2030 - 2022).doubleValue();
    assertTrue(a.body().contains("\nexplorer,2030,co2," + co2In2030 + ",Mt CO2\n"), a.body());
  }

  @Test
  void uncertainValuesChangeTheRun() throws Exception {
    JsonNode plain = post("/api/run", "{}").json();
    JsonNode shocked = post("/api/run", "{\"uncertain\": {\"macro-shock\": -0.01}}").json();
    double a = plain.get("scenario").get("series").get("gdp").get(13).doubleValue();
    double b = shocked.get("scenario").get("series").get("gdp").get(13).doubleValue();
    assertTrue(b < a, "a negative macro shock lowers GDP in 2035: " + b + " vs " + a);
  }

  @Test
  void ensembleGivesOrderedPercentiles() throws Exception {
    Answer a = post("/api/ensemble", "{\"runs\": 20}");
    assertEquals(200, a.status(), a.body());
    JsonNode j = a.json();
    assertEquals(20, j.get("runs").intValue());
    JsonNode co2 = j.get("series").get("co2");
    double[] p5 = array(co2.get("p5"));
    double[] p50 = array(co2.get("p50"));
    double[] p95 = array(co2.get("p95"));
    assertEquals(14, p50.length);
    for (int t = 0; t < p50.length; t++) {
      assertTrue(p5[t] <= p50[t] && p50[t] <= p95[t], "year " + (2022 + t));
    }
    assertTrue(p5[13] < p95[13], "the uncertain parameters spread CO2 in 2035");
    assertEquals(p5[0], p95[0], 1e-9, "the base year is data, the same in every run");
  }

  @Test
  void malformedJsonIsRefused() throws Exception {
    refused(post("/api/run", "{\"levers\": "), 400, "malformed JSON");
    refused(post("/api/run", "{\"levers\": {}} trailing"), 400, "malformed JSON");
    refused(post("/api/run", "{\"levers\": {\"strategy/ecology/intensity\": NaN}}"), 400, "malformed JSON");
    refused(post("/api/run", "{\"a\": 1, \"a\": 2}"), 400, "malformed JSON");
    refused(post("/api/run", "[".repeat(100) + "]".repeat(100)), 400, "malformed JSON");
    refused(post("/api/run", ""), 400, "the body is empty");
    refused(post("/api/run", "[1, 2]"), 400, "must be a JSON object, got an array");
  }

  @Test
  void unknownLeversAndFieldsAreRefused() throws Exception {
    refused(post("/api/run", "{\"levers\": {\"strategy/green/intensity\": 0.8}}"), 400,
        "unknown lever 'strategy/green/intensity'; levers: strategy/industrial-empowerment/intensity");
    refused(post("/api/run", "{\"uncertain\": {\"sector/coal/growth\": 0.01}}"), 400,
        "unknown uncertain parameter 'sector/coal/growth'; uncertain parameters: sector/coal-mining/growth");
    refused(post("/api/run", "{\"lever\": {}}"), 400, "unknown field 'lever'; fields: levers, uncertain");
    refused(post("/api/ensemble", "{\"uncertain\": {}}"), 400, "unknown field 'uncertain'; fields: levers, runs");
  }

  @Test
  void outOfRangeValuesAreRefusedWithTheRange() throws Exception {
    refused(post("/api/run", "{\"levers\": {\"strategy/ecology/intensity\": 1.5}}"), 400,
        "lever 'strategy/ecology/intensity' does not take 1.5; it takes a number in [0.5, 1.0]");
    refused(post("/api/run", "{\"levers\": {\"project/coal-power-retirement/start\": 2023}}"), 400,
        "lever 'project/coal-power-retirement/start' does not take 2023.0; it takes a whole number in [2024, 2032]");
    refused(post("/api/run", "{\"levers\": {\"project/intercity-rail/start\": 2027.5}}"), 400,
        "it takes a whole number in [2025, 2031]");
    refused(post("/api/run", "{\"uncertain\": {\"reemployment-rate\": 0.9}}"), 400,
        "uncertain parameter 'reemployment-rate' does not take 0.9; it takes a number in [0.3, 0.7]");
    refused(post("/api/run", "{\"levers\": {\"strategy/ecology/intensity\": 1e400}}"), 400, "not a finite number");
    refused(post("/api/ensemble", "{\"runs\": 100000}"), 400, "runs: 100000 is outside [2, 500]");
    refused(post("/api/ensemble", "{\"runs\": 1}"), 400, "runs: 1 is outside [2, 500]");
  }

  @Test
  void wrongTypesAreRefused() throws Exception {
    refused(post("/api/run", "{\"levers\": [0.8]}"), 400, "'levers' must be an object of path: number, got an array");
    refused(post("/api/run", "{\"levers\": {\"strategy/ecology/intensity\": \"high\"}}"), 400,
        "'levers' > 'strategy/ecology/intensity': expected a number, got a string");
    refused(post("/api/run", "{\"uncertain\": {\"macro-shock\": null}}"), 400, "expected a number, got null");
    refused(post("/api/ensemble", "{\"runs\": \"many\"}"), 400, "'runs' must be a whole number");
    refused(post("/api/ensemble", "{\"runs\": 2.5}"), 400, "'runs' must be a whole number");
  }

  @Test
  void aPathInAFieldIsOnlyAnUnknownName() throws Exception {
    refused(post("/api/run", "{\"levers\": {\"../../etc/passwd\": 1}}"), 400, "unknown lever '../../etc/passwd'");
    refused(post("/api/run", "{\"uncertain\": {\"../../etc/passwd\": 1}}"), 400,
        "unknown uncertain parameter '../../etc/passwd'");
    refused(post("/api/run", "{\"../../etc/passwd\": {}}"), 400, "unknown field '../../etc/passwd'");
  }

  @Test
  void aPathInTheUrlIsNotFound() throws Exception {
    for (String path : List.of("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/vendor/../../../etc/passwd",
        "/..%2f..%2fetc%2fpasswd", "/api/../../etc/passwd", "/etc/passwd", "/io/xinlu/explorer/web/app.js",
        "/META-INF/MANIFEST.MF")) {
      Answer a = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n");
      refused(a, 404, "no such resource");
    }
  }

  @Test
  void aBodyOverTheLimitIsRefused() throws Exception {
    String big = "{\"levers\": {\"strategy/ecology/intensity\": 0.8" + " ".repeat(70 * 1024) + "}}";
    refused(post("/api/run", big), 413, "the most a request may send is 65536 bytes");
    // without a length: chunked
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.uri().resolve("/api/run"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
            big.getBytes(StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString());
    refused(new Answer(r.statusCode(), r.body(), r), 413, "more than 65536 bytes");
  }

  @Test
  void aWrongMethodIsRefused() throws Exception {
    Answer a = get("/api/run");
    refused(a, 405, "method GET is not allowed here; use POST");
    assertEquals("POST", a.response().headers().firstValue("Allow").orElse(""));
    refused(post("/api/levers", "{}"), 405, "use GET");
    refused(raw("DELETE / HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n"), 405,
        "method DELETE is not allowed");
  }

  @Test
  void aWrongContentTypeIsRefused() throws Exception {
    refused(post("/api/run", "{}", "text/plain"), 415, "the body must be JSON (Content-Type: application/json)");
    refused(post("/api/run", "levers=1", "application/x-www-form-urlencoded"), 415, "Content-Type");
  }

  @Test
  void aBodyThatIsNotUtf8IsRefused() throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.uri().resolve("/api/run"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', (byte) 0xff, '}'})).build(),
        HttpResponse.BodyHandlers.ofString());
    refused(new Answer(r.statusCode(), r.body(), r), 400, "not valid UTF-8");
  }

  @Test
  void anotherHostIsRefused() throws Exception {
    refused(raw("GET /api/levers HTTP/1.1\r\nHost: evil.example:" + server.port() + "\r\nConnection: close\r\n\r\n"),
        403, "the explorer answers only requests to 127.0.0.1");
  }

  @Test
  void thePageAndItsAssetsComeWithTheSecurityHeaders() throws Exception {
    for (String path : List.of("/", "/app.js", "/api.js", "/charts.js", "/i18n.js", "/style.css",
        "/vendor/echarts.min.js", "/api/levers")) {
      Answer a = get(path);
      assertEquals(200, a.status(), path);
      var h = a.response().headers();
      String csp = h.firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self';")
          && csp.contains("frame-ancestors 'none'"), csp);
      assertFalse(csp.contains("script-src 'self' 'unsafe-inline'"));
      assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(""));
      assertEquals("no-referrer", h.firstValue("Referrer-Policy").orElse(""));
    }
    Answer page = get("/");
    assertTrue(page.body().contains("<script type=\"module\" src=\"/app.js\"></script>"));
    assertFalse(page.body().matches("(?s).*<script>.*"), "no inline script");
    assertFalse(page.body().contains("http://") || page.body().contains("https://"), "no CDN: every asset is local");
    assertTrue(get("/vendor/echarts.min.js").body().length() > 500_000, "ECharts from the WebJar");
  }

  @Test
  void clientsThatSendTheirRequestsSlowlyDoNotStopTheServer() throws Exception {
    // more slow clients than the server has threads, each sending half a request and then nothing
    List<Socket> slow = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < 2 * ExplorerServer.THREADS; i++) {
        Socket s = new Socket("127.0.0.1", server.port());
        s.getOutputStream().write(("GET /api/levers HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
        slow.add(s);
      }
      long start = System.nanoTime();
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.uri().resolve("/api/levers"))
          .timeout(java.time.Duration.ofSeconds(4L * ExplorerServer.MAX_REQUEST_SECONDS)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode());
      double seconds = (System.nanoTime() - start) / 1e9;
      assertTrue(seconds < 3.0 * ExplorerServer.MAX_REQUEST_SECONDS, "answered after " + seconds + " s");
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
  }

  @Test
  void theLeverValuesOfTheSeedPlanAreItsOwn() {
    assertArrayEquals(YangquanDecisions.seedPlanLevers(), ExplorerCity.yangquan().defaults(), 0.0);
  }
}
