package io.xinlu.search;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.xinlu.decision.Candidate;
import io.xinlu.decision.SearchProblem;
import io.xinlu.decision.Variable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The state of a search after a generation, to resume it with {@link Search.Builder#resume}: a format version, the
 * problem's variables (names, types, ranges), objectives, constraints and {@link SearchProblem#identity()}, the
 * settings that decide the stream of candidates (algorithm, population size, epsilons, seed), the reference point,
 * the algorithm's own state (MOEA Framework's {@code saveState}), the random generator's state, the archive and the
 * convergence history.
 *
 * <p>{@link #toBytes()} and {@link #fromBytes} convert it; the search itself does no file I/O (a caller writes the
 * bytes, atomically). {@link #fromBytes} reads untrusted bytes: a fixed header, lengths checked against what is left,
 * and the algorithm's state deserialised through an {@link java.io.ObjectInputFilter} that admits only the classes a
 * saved algorithm holds.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SearchCheckpoint {
  private static final byte[] MAGIC = "XINLU-SEARCH-CHECKPOINT".getBytes(StandardCharsets.US_ASCII);
  /** The format version this code writes and reads. */
  public static final int FORMAT = 1;

  final ImmutableList<Variable> variables;
  final ImmutableList<String> objectives;
  final ImmutableList<String> constraints;
  final String identity;
  final Algorithm algorithm;
  final int populationSize;
  final double[] epsilons;
  final long seed;
  final double @Nullable [] reference;
  final long randomState;
  final long evaluations;
  final ImmutableList<Candidate> archive;
  final int archiveClosest;
  final long archiveProgress;
  final ImmutableList<SearchProgress> history;
  final byte[] algorithmState;

  SearchCheckpoint(ImmutableList<Variable> variables, ImmutableList<String> objectives,
      ImmutableList<String> constraints, String identity, Algorithm algorithm, int populationSize, double[] epsilons,
      long seed, double @Nullable [] reference, long randomState, long evaluations, ImmutableList<Candidate> archive,
      int archiveClosest, long archiveProgress, ImmutableList<SearchProgress> history, byte[] algorithmState) {
    this.variables = variables;
    this.objectives = objectives;
    this.constraints = constraints;
    this.identity = identity;
    this.algorithm = algorithm;
    this.populationSize = populationSize;
    this.epsilons = epsilons.clone();
    this.seed = seed;
    this.reference = reference == null ? null : reference.clone();
    this.randomState = randomState;
    this.evaluations = evaluations;
    this.archive = archive;
    this.archiveClosest = archiveClosest;
    this.archiveProgress = archiveProgress;
    this.history = history;
    this.algorithmState = algorithmState.clone();
  }

  /** The generations run up to this checkpoint. */
  public int generations() {
    return history.size();
  }

  /** The evaluations done up to this checkpoint. */
  public long evaluations() {
    return evaluations;
  }

  /** The archive's candidates at this checkpoint. */
  public ImmutableList<Candidate> archive() {
    return archive;
  }

  /** The convergence history up to this checkpoint. */
  public ImmutableList<SearchProgress> history() {
    return history;
  }

  /**
   * Checks that this checkpoint was written by a search of this problem with these settings.
   *
   * @throws IllegalArgumentException naming the first thing that differs
   */
  void checkMatches(SearchProblem problem, Algorithm algorithm, int populationSize, double[] epsilons, long seed,
      double @Nullable [] reference) {
    checkArgument(variables.equals(problem.variables()),
        "the checkpoint was written for variables %s, this search has %s", variables, problem.variables());
    checkArgument(objectives.equals(problem.objectives()),
        "the checkpoint was written for objectives %s, this search has %s", objectives, problem.objectives());
    checkArgument(constraints.equals(problem.constraints()),
        "the checkpoint was written for constraints %s, this search has %s", constraints, problem.constraints());
    checkArgument(identity.equals(problem.identity()),
        "the checkpoint was written for a problem with identity '%s', this problem's is '%s'", identity,
        problem.identity());
    checkArgument(this.algorithm == algorithm, "the checkpoint was written by algorithm %s, this search uses %s",
        this.algorithm, algorithm);
    checkArgument(this.populationSize == populationSize,
        "the checkpoint was written with population size %s, this search has %s", this.populationSize,
        populationSize);
    checkArgument(Arrays.equals(this.epsilons, epsilons), "the checkpoint was written with epsilons %s, this search has %s",
        Arrays.toString(this.epsilons), Arrays.toString(epsilons));
    checkArgument(this.seed == seed, "the checkpoint was written with seed %s, this search has %s", this.seed, seed);
    checkArgument(reference == null || Arrays.equals(this.reference, reference),
        "the checkpoint was written with reference point %s, this search has %s",
        this.reference == null ? "none yet" : Arrays.toString(this.reference), Arrays.toString(reference));
  }

  /** The checkpoint as bytes, for {@link #fromBytes}. */
  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(MAGIC);
      out.writeInt(FORMAT);
      out.writeInt(variables.size());
      for (Variable v : variables) {
        writeString(out, v.name());
        out.writeByte(v.type().ordinal());
        out.writeDouble(v.lower());
        out.writeDouble(v.upper());
      }
      writeStrings(out, objectives);
      writeStrings(out, constraints);
      writeString(out, identity);
      out.writeByte(algorithm.ordinal());
      out.writeInt(populationSize);
      writeDoubles(out, epsilons);
      out.writeLong(seed);
      out.writeBoolean(reference != null);
      if (reference != null) {
        writeDoubles(out, reference);
      }
      out.writeLong(randomState);
      out.writeLong(evaluations);
      out.writeInt(archiveClosest);
      out.writeLong(archiveProgress);
      out.writeInt(archive.size());
      for (Candidate c : archive) {
        writeDoubles(out, c.x().toArray());
        writeDoubles(out, c.objectives().toArray());
        writeDoubles(out, c.violations().toArray());
      }
      out.writeInt(history.size());
      for (SearchProgress p : history) {
        out.writeInt(p.generation());
        out.writeLong(p.evaluations());
        out.writeDouble(p.hypervolume());
        out.writeLong(p.epsilonProgress());
        out.writeInt(p.archiveSize());
        out.writeBoolean(p.feasible());
      }
      out.writeInt(algorithmState.length);
      out.write(algorithmState);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Reads a checkpoint written by {@link #toBytes()}.
   *
   * @throws IllegalArgumentException if the bytes are not a checkpoint (another file, truncated or corrupted), or a
   *     checkpoint of another format version
   */
  public static SearchCheckpoint fromBytes(byte[] bytes) {
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
      byte[] magic = new byte[MAGIC.length];
      in.readFully(magic);
      checkArgument(Arrays.equals(magic, MAGIC), "not a search checkpoint (it does not start with %s)",
          new String(MAGIC, StandardCharsets.US_ASCII));
      int format = in.readInt();
      checkArgument(format == FORMAT, "a search checkpoint of format %s; this version reads format %s", format,
          FORMAT);
      int nv = count(in, 1);
      ImmutableList.Builder<Variable> variables = ImmutableList.builder();
      for (int i = 0; i < nv; i++) {
        String name = readString(in, bytes.length);
        int type = in.readByte();
        checkArgument(type >= 0 && type < Variable.Type.values().length, "unknown variable type %s", type);
        variables.add(new Variable(name, Variable.Type.values()[type], in.readDouble(), in.readDouble()));
      }
      ImmutableList<String> objectives = readStrings(in, bytes.length);
      ImmutableList<String> constraints = readStrings(in, bytes.length);
      String identity = readString(in, bytes.length);
      int algorithm = in.readByte();
      checkArgument(algorithm >= 0 && algorithm < Algorithm.values().length, "unknown algorithm %s", algorithm);
      int populationSize = in.readInt();
      double[] epsilons = readDoubles(in, bytes.length);
      long seed = in.readLong();
      double[] reference = in.readBoolean() ? readDoubles(in, bytes.length) : null;
      long randomState = in.readLong();
      long evaluations = in.readLong();
      int closest = in.readInt();
      long progress = in.readLong();
      int na = count(in, 1);
      List<Candidate> archive = new ArrayList<>(na);
      for (int i = 0; i < na; i++) {
        archive.add(Candidate.of(readDoubles(in, bytes.length), readDoubles(in, bytes.length),
            readDoubles(in, bytes.length)));
      }
      int nh = count(in, 1);
      List<SearchProgress> history = new ArrayList<>(nh);
      for (int i = 0; i < nh; i++) {
        history.add(new SearchProgress(in.readInt(), in.readLong(), in.readDouble(), in.readLong(), in.readInt(),
            in.readBoolean()));
      }
      int ns = count(in, 1);
      byte[] state = new byte[ns];
      in.readFully(state);
      checkArgument(in.read() == -1, "not a search checkpoint (bytes after its end)");
      return new SearchCheckpoint(variables.build(), objectives, constraints, identity,
          Algorithm.values()[algorithm], populationSize, epsilons, seed, reference, randomState, evaluations,
          ImmutableList.copyOf(archive), closest, progress, ImmutableList.copyOf(history), state);
    } catch (EOFException e) {
      throw new IllegalArgumentException("not a search checkpoint (truncated: it ends early)", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("not a search checkpoint")) {
        throw e;
      }
      throw new IllegalArgumentException("not a search checkpoint (corrupted: " + e.getMessage() + ")", e);
    }
  }

  /** A count of items that follow; more than the bytes left means the file ends early. */
  private static int count(DataInputStream in, int bytesEach) throws IOException {
    int n = in.readInt();
    checkArgument(n >= 0, "a count of %s", n);
    if ((long) n * bytesEach > in.available()) {
      throw new EOFException();
    }
    return n;
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(DataInputStream in, int limit) throws IOException {
    byte[] b = new byte[count(in, 1)];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
    out.writeInt(strings.size());
    for (String s : strings) {
      writeString(out, s);
    }
  }

  private static ImmutableList<String> readStrings(DataInputStream in, int limit) throws IOException {
    int n = count(in, 1);
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (int i = 0; i < n; i++) {
      b.add(readString(in, limit));
    }
    return b.build();
  }

  private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
    out.writeInt(values.length);
    for (double v : values) {
      out.writeDouble(v);
    }
  }

  private static double[] readDoubles(DataInputStream in, int limit) throws IOException {
    double[] v = new double[count(in, 8)];
    for (int i = 0; i < v.length; i++) {
      v[i] = in.readDouble();
    }
    return v;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SearchCheckpoint c && Arrays.equals(toBytes(), c.toBytes());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(toBytes());
  }

  @Override
  public String toString() {
    return "SearchCheckpoint[" + algorithm + ", generation " + history.size() + ", " + evaluations + " evaluations]";
  }
}
