package io.xinlu.examples;

/** Placeholder until the command line lands. */
public final class XinluCommand {
  private XinluCommand() {}

  public static void main(String[] args) {}
}
