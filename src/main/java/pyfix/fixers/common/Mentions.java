package pyfix.fixers.common;

import java.util.HashMap;
import java.util.Map;
import pyfix.parse.ParsedFile;

/**
 * Whether a text spells a word anywhere: a test cheaper than any tree query, which lets a rule skip
 * a whole file where what it looks for cannot occur (no {@code async def} without {@code async}, no
 * call of {@code print} that the text never names). Kept per text in {@link ParsedFile#derived}.
 */
public final class Mentions {
  private final String text;
  private final Map<String, Boolean> words = new HashMap<>(4);

  private Mentions(ParsedFile file) {
    this.text = file.text();
  }

  /** Whether {@code word} occurs in {@code file}'s text, even inside a longer word or a comment. */
  public static boolean of(ParsedFile file, String word) {
    Mentions m = file.derived(Mentions.class, Mentions::new);
    // asked for each node a rule visits: no bound method reference made per call
    Boolean known = m.words.get(word);
    if (known == null) {
      known = m.text.contains(word);
      m.words.put(word, known);
    }
    return known;
  }
}
