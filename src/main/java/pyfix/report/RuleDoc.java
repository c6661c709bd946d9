package pyfix.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A rule's document, {@code fixers/CODE.md}, as bundled in the jar under {@code /pyfix/fixers/}.
 */
public record RuleDoc(String code, String markdown) {

  /** The bundled document of {@code code}, if there is one. */
  public static Optional<RuleDoc> load(String code) {
    try (InputStream in = RuleDoc.class.getResourceAsStream("/pyfix/fixers/" + code + ".md")) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new RuleDoc(code, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The paragraph under "## What it does", its lines joined. */
  public String whatItDoes() {
    int at = markdown.indexOf("\n## What it does\n");
    if (at < 0) {
      return "";
    }
    int from = at + "\n## What it does\n".length();
    int to = markdown.indexOf("\n\n", from);
    String paragraph = markdown.substring(from, to < 0 ? markdown.length() : to);
    return paragraph.strip().replaceAll("\\s*\\n\\s*", " ");
  }

  /** The first sentence of {@link #whatItDoes}. */
  public String summary() {
    String what = whatItDoes();
    int end = what.indexOf(". ");
    return end < 0 ? what : what.substring(0, end + 1);
  }
}
