package pyfix.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs pyfix in-process in a folder, capturing what it prints. */
final class Cli {
  private final Path dir;

  Cli(Path dir) {
    this.dir = dir;
  }

  /** What a run printed and returned. */
  record Ran(int code, String out, String err, byte[] stdout) {
    /** The bytes {@code fix -} wrote, as UTF-8. */
    String stdoutText() {
      return new String(stdout, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- out:\n" + out + "--- err:\n" + err;
    }
  }

  Ran run(String... args) {
    return runWithStdin(new byte[0], args);
  }

  Ran runWithStdin(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    PyfixCommand command = new PyfixCommand(dir, new ByteArrayInputStream(stdin), stdout);
    int code =
        command
            .commandLine(args.length > 0 ? args[0] : null) // as Main builds it
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(err))
            .execute(args);
    return new Ran(code, out.toString(), err.toString(), stdout.toByteArray());
  }

  /** Writes {@code text} as UTF-8 to {@code name} under the folder. */
  Path write(String name, String text) throws IOException {
    return writeBytes(name, text.getBytes(StandardCharsets.UTF_8));
  }

  Path writeBytes(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }

  String read(String name) throws IOException {
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }

  byte[] readBytes(String name) throws IOException {
    return Files.readAllBytes(dir.resolve(name));
  }
}
