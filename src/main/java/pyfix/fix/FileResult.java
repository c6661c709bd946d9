package pyfix.fix;

import java.util.List;
import pyfix.source.LineMap;

/**
 * What checking or fixing one text gave.
 *
 * @param output the text after the applied fixes; the input string itself when nothing changed
 * @param fixed findings whose fixes were applied, positions in the text of the round that fixed
 *     them; findings that shared one fix are all here
 * @param remaining findings left, positions in {@code output}
 * @param dropped fixes taken back because their output failed verification (broken code, a layout
 *     fix that changed the program, an f-string the target rejects); the CLI warns about them
 * @param internalErrors bugs pyfix found in itself (a fixer that threw, a parser crash on a round's
 *     output, no fixpoint); the CLI prints them and exits 2
 * @param lines the line map of {@code output}, which the parse of the engine's last round made
 */
public record FileResult(
    String output,
    List<Finding> fixed,
    List<Finding> remaining,
    List<DroppedFix> dropped,
    List<EngineError> internalErrors,
    LineMap lines) {

  /** Copies the lists. */
  public FileResult {
    fixed = List.copyOf(fixed);
    remaining = List.copyOf(remaining);
    dropped = List.copyOf(dropped);
    internalErrors = List.copyOf(internalErrors);
  }

  /** Whether {@code output} differs from {@code input}, the text this result was made from. */
  public boolean changed(String input) {
    return !output.equals(input);
  }
}
