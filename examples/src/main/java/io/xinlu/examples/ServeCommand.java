package io.xinlu.examples;

import com.google.common.collect.ImmutableList;
import io.xinlu.decision.city.CityProblem;
import io.xinlu.decision.city.Decision;
import io.xinlu.explorer.Explorer;
import io.xinlu.explorer.ExplorerCity;
import io.xinlu.explorer.ExplorerServer;
import io.xinlu.io.LoadedModel;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import io.xinlu.uncertainty.sampling.UncertainParameter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code xinlu serve}: the explorer in the browser. Starts a local web server (the JDK's own HTTP server, module
 * {@code io.xinlu.explorer}) with the JSON API and the page, prints its address and runs until stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Starts the explorer in the browser: a slider for each lever (strategy intensities, main projects' "
        + "start years) and control for each uncertain parameter; the industrial mix, GDP, CO2, jobs and displaced "
        + "workers and the targets met, recomputed as a slider moves, beside the reference scenario; an ensemble fan "
        + "on request; labels in Chinese and English; the settings as a scenario file, the results as CSV.",
        "Listens on 127.0.0.1 only, unless --bind says otherwise; prints its address and runs until stopped "
            + "(Ctrl-C). The JSON API is documented in docs/EXPLORER.md."})
final class ServeCommand implements Callable<Integer> {
  /** The port when none is given. */
  static final int DEFAULT_PORT = 8642;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin CityOptions cityOptions;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + DEFAULT_PORT,
      description = "the port to listen on, 0 to 65535 (default: ${DEFAULT-VALUE}; 0: any free port)")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS",
      description = "listen on this address of this machine instead of 127.0.0.1 (such as 0.0.0.0 for every "
          + "interface): the explorer then answers anyone who can reach it, and says so in a warning")
  String bind;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new BadInputException("--port " + port + ": give a port from 1 to 65535, or 0 for any free port");
    }
    InetAddress address = address();
    ExplorerCity explorerCity = explorerCity();
    Explorer explorer;
    try {
      explorer = new Explorer(explorerCity);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("the explorer cannot explore " + explorerCity.name() + ": " + e.getMessage());
    }
    ExplorerServer server;
    try {
      server = ExplorerServer.start(explorer, new InetSocketAddress(address, port));
    } catch (BindException e) {
      throw new BadInputException("--port " + port + ": cannot listen on " + address.getHostAddress() + ":" + port
          + " (" + e.getMessage() + "): give another port, or 0 for any free port");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!address.isLoopbackAddress()) {
      err.println("xinlu: warning: the explorer listens on " + address.getHostAddress() + ", not on 127.0.0.1 "
          + "alone: anyone who can reach this machine on port " + server.port() + " can use it (it reads no files "
          + "and writes none, but runs the model for every request)");
      err.flush();
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "xinlu-explorer-stop"));
    out.println("Xinlu explorer of " + explorerCity.name() + " (scenario " + explorerCity.scenario() + ", "
        + explorerCity.levers().size() + " levers, " + explorerCity.uncertain().size()
        + " uncertain parameters) at " + (address.isAnyLocalAddress() ? "http://127.0.0.1:" + server.port() + "/"
            : server.uri()));
    out.println("Press Ctrl-C to stop it.");
    out.flush();
    new CountDownLatch(1).await();
    return 0;
  }

  /** The address to listen on: the loopback, or {@code --bind}'s, which must belong to this machine. */
  private InetAddress address() {
    if (bind == null) {
      return InetAddress.getLoopbackAddress();
    }
    String literal = bind.startsWith("[") && bind.endsWith("]") ? bind.substring(1, bind.length() - 1) : bind;
    boolean v4 = literal.matches("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
        + "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
    boolean v6 = literal.contains(":") && literal.matches("[0-9A-Fa-f:.]{2,45}");
    InetAddress a;
    try {
      // an IP literal only (or localhost): no name is looked up
      if (literal.equals("localhost")) {
        a = InetAddress.getLoopbackAddress();
      } else if (v4 || v6) {
        a = InetAddress.getByName(literal);
      } else {
        throw new UnknownHostException(bind);
      }
    } catch (UnknownHostException e) {
      throw new BadInputException("--bind '" + bind + "': not an IP address (give an address of this machine, such "
          + "as 127.0.0.1, ::1 or 0.0.0.0 for every interface)");
    }
    try {
      if (!a.isAnyLocalAddress() && !a.isLoopbackAddress() && NetworkInterface.getByInetAddress(a) == null) {
        throw new BadInputException("--bind " + bind + ": " + a.getHostAddress() + " is not an address of this "
            + "machine (give one of its own, or 0.0.0.0 for every interface)");
      }
    } catch (SocketException e) {
      throw new BadInputException("--bind " + bind + ": cannot list this machine's addresses (" + e.getMessage()
          + ")");
    }
    return a;
  }

  /**
   * What the explorer explores: Yangquan's search levers over seed-plan; the synthetic city's search levers
   * (intensity and project scales, as {@code xinlu search}); scenario files' {@code search} section's levers over its
   * scenario, or without one the intensity of each strategy the policy scenario adopts, in [0, 1].
   */
  ExplorerCity explorerCity() {
    City city = cityOptions.resolve();
    List<UncertainParameter> uncertain = city.uncertainty().map(ParameterSpace::parameters)
        .orElse(ImmutableList.of());
    if (cityOptions.files().isEmpty()) {
      if (city.name().equals("yangquan")) {
        return ExplorerCity.yangquan();
      }
      SearchSetup s = SearchSetup.synthetic(city, city.policy(), 2, 1L, OptionalDouble.empty());
      return ExplorerCity.of(city.label(), city.model(), city.policy(), city.reference(), s.problem().decisions(),
          uncertain, city.targets());
    }
    LoadedModel loaded = cityOptions.load();
    String scenario = city.policy();
    List<Decision> levers;
    if (loaded.search().isPresent()) {
      CityProblem problem = SearchSetup.fromFiles(loaded, city.label()).problem();
      scenario = problem.scenarioName();
      levers = problem.decisions();
    } else {
      levers = ExplorerCity.intensityLevers(city.model(), scenario);
    }
    if (levers.isEmpty()) {
      throw new BadInputException("scenario '" + scenario + "' of " + city.label() + " adopts no strategy: the "
          + "explorer has no lever to move (give the files a 'search' section with levers, docs/FILE-FORMAT.md)");
    }
    return ExplorerCity.of(city.name(), city.model(), scenario, city.reference(), levers, uncertain,
        city.targets());
  }
}
