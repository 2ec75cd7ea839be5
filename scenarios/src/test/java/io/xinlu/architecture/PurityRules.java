package io.xinlu.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/** The rules that keep {@code core} and {@code scenarios} pure: no I/O, clock, environment or unseeded randomness. */
final class PurityRules {
  private PurityRules() {}

  static final ArchRule NO_FILES_OR_NETWORK = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "java.nio.channels..")
      .orShould().dependOnClassesThat().belongToAnyOf(
          java.io.File.class, java.io.FileInputStream.class, java.io.FileOutputStream.class,
          java.io.FileReader.class, java.io.FileWriter.class, java.io.RandomAccessFile.class,
          java.io.PrintStream.class, java.io.Console.class)
      .as("core and scenarios touch no files, network or console");

  static final ArchRule NO_CONSOLE = noClasses()
      .should().accessField(System.class, "out")
      .orShould().accessField(System.class, "err")
      .orShould().accessField(System.class, "in")
      .as("core and scenarios print nothing and read no standard input");

  static final ArchRule NO_ENVIRONMENT_OR_CLOCK = noClasses()
      .should().callMethod(System.class, "getenv")
      .orShould().callMethod(System.class, "getenv", String.class)
      .orShould().callMethod(System.class, "getProperty", String.class)
      .orShould().callMethod(System.class, "getProperty", String.class, String.class)
      .orShould().callMethod(System.class, "getProperties")
      .orShould().callMethod(System.class, "currentTimeMillis")
      .orShould().callMethod(System.class, "nanoTime")
      .orShould().dependOnClassesThat().belongToAnyOf(Clock.class)
      .orShould().callMethod(Instant.class, "now")
      .orShould().callMethod(LocalDate.class, "now")
      .orShould().callMethod(LocalDateTime.class, "now")
      .orShould().callMethod(ZonedDateTime.class, "now")
      .as("core and scenarios read no environment, system property or clock");

  static final ArchRule NO_UNSEEDED_RANDOMNESS = noClasses()
      .should().callConstructor(Random.class)
      .orShould().callMethod(Math.class, "random")
      .orShould().dependOnClassesThat().belongToAnyOf(ThreadLocalRandom.class, SecureRandom.class)
      .as("core and scenarios use no unseeded randomness");

  static final CompositeArchRule ALL =
      CompositeArchRule.of(NO_FILES_OR_NETWORK).and(NO_CONSOLE).and(NO_ENVIRONMENT_OR_CLOCK)
          .and(NO_UNSEEDED_RANDOMNESS);
}
