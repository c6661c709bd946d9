package pyfix.fix;

import java.util.List;

/**
 * What checking or fixing one text gave.
 *
 * @param output the text after the applied fixes; the input string itself when nothing changed
 * @param fixed findings whose fixes were applied, positions in the text of the round that fixed
 *     them
 * @param remaining findings left, positions in {@code output}
 * @param internalErrors fixes pyfix dropped because of a bug (broken output, a layout fix that
 *     changed the program, no fixpoint); the CLI prints them and exits 2
 */
public record FileResult(
    String output, List<Finding> fixed, List<Finding> remaining, List<String> internalErrors) {

  /** Copies the lists. */
  public FileResult {
    fixed = List.copyOf(fixed);
    remaining = List.copyOf(remaining);
    internalErrors = List.copyOf(internalErrors);
  }

  /** Whether {@code output} differs from {@code input}, the text this result was made from. */
  public boolean changed(String input) {
    return !output.equals(input);
  }
}
