package pyfix.fixers.common;

import java.util.regex.Pattern;
import pyfix.parse.ParsedFile;
import pyfix.parse.PythonParser;
import pyfix.semantic.Syntax;
import pyfix.source.Token;

/**
 * PEP 484's type comments on a function's signature ({@code def f(x): # type: (int) -> None}, on
 * the line after the header, or after each parameter), which mypy reads as its annotations: a fix
 * that writes annotations or lines into such a function would contradict them or cut them off.
 */
public final class SignatureTypeComment {
  /** A type comment that is not {@code # type: ignore}. */
  private static final Pattern TYPE_COMMENT = Pattern.compile("#\\s*type:(?!\\s*ignore\\b).*");

  private SignatureTypeComment() {}

  /** Whether a type comment sits between the start of {@code def} and its body's code. */
  public static boolean in(ParsedFile file, PythonParser.FunctionDefContext def) {
    int from = Syntax.start(def);
    int to =
        Syntax.inlineBody(def.block()) != null
            ? Syntax.start(def.block())
            : Syntax.start(def.block().statement(0));
    for (int i : file.comments()) {
      Token c = file.tokens().get(i);
      if (c.start() >= from
          && c.start() < to
          && TYPE_COMMENT.matcher(c.text(file.text())).matches()) {
        return true;
      }
    }
    return false;
  }
}
