package pyfix.testing;

import java.util.ArrayList;
import java.util.List;

/** The command line that runs pyfix's {@code main} in a fresh JVM on the tests' class path. */
public final class PyfixProcess {
  private PyfixProcess() {}

  /** {@code java ... pyfix.cli.Main args}, with the launcher's JIT and GC choices. */
  public static List<String> command(String... args) {
    return command(List.of(), args);
  }

  /** As {@link #command(String...)}, with more JVM options, e.g. {@code -Xmx48m}. */
  public static List<String> command(List<String> jvmOptions, String... args) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "pyfix.cli.Main"));
    command.addAll(List.of(args));
    return command;
  }
}
