package pyfix.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One long-running python3 that parses snippets in batches with {@code compile(..., ast.
 * PyCF_ONLY_AST)}, which accepts exactly what {@code ast.parse} does, and answers for each the line
 * and message of its syntax error, or line 0 when it parses.
 */
final class CompileOracle implements AutoCloseable {
  // Reads "<byte count>\n<bytes>" records; answers one line per record.
  private static final String SERVER =
      """
      import ast, sys, warnings
      warnings.simplefilter('ignore')
      src, out = sys.stdin.buffer, sys.stdout
      while True:
          header = src.readline()
          if not header:
              break
          if header == b'flush\\n':
              out.flush()
              continue
          text = src.read(int(header)).decode('utf-8')
          try:
              compile(text, '<snippet>', 'exec', ast.PyCF_ONLY_AST, dont_inherit=True)
              out.write('0\\n')
          except SyntaxError as e:
              out.write('%d %s\\n' % (max(e.lineno or 1, 1), e.msg.replace('\\n', ' ')))
      """;

  private final Process process;
  private final OutputStream in;
  private final BufferedReader out;

  private CompileOracle(Process process) {
    this.process = process;
    this.in = process.getOutputStream();
    this.out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Starts python3, or returns null when there is none on the path. */
  static CompileOracle start() {
    try {
      Process p =
          new ProcessBuilder("python3", "-c", SERVER)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      return new CompileOracle(p);
    } catch (IOException e) {
      return null;
    }
  }

  /** What python3 said of a snippet: the line of its syntax error (0: it parses) and message. */
  record Verdict(int line, String message) {}

  /**
   * python3's verdict on each snippet. Throws when python3 dies or answers something else, since a
   * crashed oracle must fail the test.
   */
  List<Verdict> verdicts(List<String> snippets) throws IOException {
    for (String s : snippets) {
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      in.write((bytes.length + "\n").getBytes(StandardCharsets.US_ASCII));
      in.write(bytes);
    }
    in.write("flush\n".getBytes(StandardCharsets.US_ASCII));
    in.flush();
    List<Verdict> verdicts = new ArrayList<>(snippets.size());
    for (int i = 0; i < snippets.size(); i++) {
      String answer = out.readLine();
      if (answer == null) {
        throw new IOException("python3 stopped answering (exit " + exitValue() + ")");
      }
      int space = answer.indexOf(' ');
      verdicts.add(
          space < 0
              ? new Verdict(Integer.parseInt(answer), "")
              : new Verdict(
                  Integer.parseInt(answer.substring(0, space)), answer.substring(space + 1)));
    }
    return verdicts;
  }

  private String exitValue() {
    return process.isAlive() ? "still running" : String.valueOf(process.exitValue());
  }

  @Override
  public void close() throws IOException {
    in.close();
    process.destroy();
  }
}
