package pyfix.fix;

import java.util.List;

/**
 * What the engine gave for one text.
 *
 * @param output the text after the applied fixes; the input string itself when nothing changed
 * @param fixed findings whose fixes were applied, positions in the text of the round that fixed
 *     them
 * @param remaining findings left, positions in {@code output}
 * @param internalErrors fixes dropped because of a bug in a fixer, and rounds that did not converge
 */
public record EngineResult(
    String output, List<Finding> fixed, List<Finding> remaining, List<String> internalErrors) {

  /** Copies the lists. */
  public EngineResult {
    fixed = List.copyOf(fixed);
    remaining = List.copyOf(remaining);
    internalErrors = List.copyOf(internalErrors);
  }
}
