package io.xinlu.examples;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures its output and exit code. */
final class Cli {
  record Result(int code, String out, String err) {}

  private Cli() {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = XinluCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }
}
