package pyfix.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import pyfix.report.RuleDoc;

/**
 * Links to the rules' documents. pyfix has no web site, so each document bundled in the jar is
 * written once to a temporary folder of this server process and linked as a {@code file:} URI,
 * which editors open beside the code.
 */
final class RuleDocs {
  private final Map<String, Optional<String>> links = new ConcurrentHashMap<>();
  private Path folder;

  /** The link to rule {@code code}'s document; empty when it has none or it cannot be written. */
  Optional<String> link(String code) {
    return links.computeIfAbsent(code, this::write);
  }

  private synchronized Optional<String> write(String code) {
    Optional<RuleDoc> doc = RuleDoc.load(code);
    if (doc.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (folder == null) {
        folder = Files.createTempDirectory("pyfix-rules-");
        folder.toFile().deleteOnExit();
      }
      Path file = folder.resolve(code + ".md");
      Files.writeString(file, doc.get().markdown(), StandardCharsets.UTF_8);
      file.toFile().deleteOnExit();
      return Optional.of(file.toUri().toString());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
