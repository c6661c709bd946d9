package pyfix.files;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pyfix.source.CellSeparator;
import pyfix.source.Keywords;
import pyfix.source.Token;
import pyfix.source.TokenKind;
import pyfix.source.TokenizeException;
import pyfix.source.Tokenizer;

/**
 * A notebook code cell with its IPython syntax masked, so that the Python parser accepts it.
 *
 * <p>A line that starts a statement with a line magic ({@code %time f()}), a shell escape ({@code
 * !ls}, {@code files = !ls}, {@code x = %who_ls}) or a help request ({@code obj?}, {@code ??obj})
 * is replaced by a placeholder call at the same indentation, one line for one line, so positions on
 * other lines do not move. The call reads the names the line mentions ({@code %timeit np.sum(x)}
 * becomes {@code __pyfix_ipython_escape__(np, x) # noqa}), so that no fix removes an import the
 * line uses; its {@code # noqa} keeps every rule off the line. {@link #unmask} puts the original
 * text back after fixing. Lines inside strings or brackets are not IPython syntax and stay as they
 * are.
 */
public final class MaskedCell {
  /** The function the placeholders call; a call is a statement no fixer removes. */
  static final String PLACEHOLDER_NAME = CellSeparator.PLACEHOLDER_NAME;

  /** The statement that stands in for an IPython line that mentions no name. */
  static final String PLACEHOLDER = PLACEHOLDER_NAME + "()";

  /** The characters that may start a Python identifier, and those that may continue it. */
  private static final String START = "\\p{L}\\p{Nl}_";

  private static final String PART = "\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}";

  private static final Pattern ESCAPE =
      Pattern.compile("[%!].*|[" + PART + ".]+(\\s*,\\s*[" + PART + ".]+)*\\s*=\\s*[%!].*");
  private static final Pattern HELP =
      Pattern.compile("\\?{1,2}[" + PART + ".*]+|[" + PART + ".*]+\\?{1,2}");

  /** A name the line may read: not an attribute, not inside a word or number. */
  private static final Pattern NAME =
      Pattern.compile("(?<![" + PART + ".])[" + START + "][" + PART + "]*");

  /** The magic's or shell command's own name, after the line's first escape. */
  private static final Pattern COMMAND =
      Pattern.compile("[%!]{1,2}[" + START + "][" + PART + ".-]*");

  private final String text;
  private final List<Masked> masked;

  /** The line break the cell's text uses, turned into {@code \n} in {@link #text}. */
  private final String newline;

  private MaskedCell(String text, List<Masked> masked, String newline) {
    this.text = text;
    this.masked = List.copyOf(masked);
    this.newline = newline;
  }

  /**
   * The cell {@code source} with its IPython lines masked; empty when the cell is not Python that
   * pyfix can fix: it starts with a cell magic ({@code %%bash}), an IPython line continues with a
   * backslash onto the next, or it holds the text pyfix puts in (a placeholder, a {@link
   * CellSeparator} line).
   */
  public static Optional<MaskedCell> mask(String cell) {
    if (cell.stripLeading().startsWith("%%")
        || cell.contains(PLACEHOLDER_NAME)
        || cell.contains(CellSeparator.LINE)) {
      return Optional.empty();
    }
    // the cells are checked as one text, whose majority line break would rewrite a cell's own
    String newline = onlyLineBreak(cell);
    String source = newline.equals("\n") ? cell : cell.replace(newline, "\n");
    List<Line> candidates = new ArrayList<>();
    for (Line line : Line.split(source)) {
      String body = line.body();
      if (ESCAPE.matcher(body).matches() || HELP.matcher(body).matches()) {
        candidates.add(line);
      }
    }
    // each candidate in turn: masked only where it starts a statement, after the ones before
    StringBuilder text = new StringBuilder(source.length() + 64);
    List<Masked> masked = new ArrayList<>();
    int at = 0;
    for (Line line : candidates) {
      text.append(source, at, line.bodyStart());
      at = line.bodyStart();
      if (!startsStatement(text.toString())) {
        continue; // inside a string or brackets, or after a backslash: it is Python after all
      }
      if (line.body().endsWith("\\")) {
        return Optional.empty();
      }
      String placeholder = placeholder(line.body());
      text.append(placeholder);
      masked.add(new Masked(line.body(), placeholder));
      at = line.bodyEnd();
    }
    text.append(source, at, source.length());
    return Optional.of(new MaskedCell(text.toString(), masked, newline));
  }

  /** The line break {@code s} uses throughout, {@code \r\n} or {@code \r}; else {@code \n}. */
  private static String onlyLineBreak(String s) {
    int crlf = 0;
    int cr = 0;
    int lf = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("\r\n", i)) {
        crlf++;
        i++;
      } else if (s.charAt(i) == '\r') {
        cr++;
      } else if (s.charAt(i) == '\n') {
        lf++;
      }
    }
    if (lf > 0 || crlf > 0 && cr > 0) {
      return "\n";
    }
    return crlf > 0 ? "\r\n" : cr > 0 ? "\r" : "\n";
  }

  /**
   * The one line that stands for a cell pyfix leaves alone (a {@code %%time} cell, an IPython line
   * continued with a backslash) among the cells it checks: a placeholder call reading every name
   * the cell mentions, so that no fix removes an import the cell uses when IPython runs it. It is
   * checked with the other cells, never written back.
   */
  public static String standIn(String source) {
    return placeholder(source) + "\n";
  }

  /**
   * The statement that stands in for the IPython line {@code body}: a call of the names it reads.
   */
  private static String placeholder(String body) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = NAME.matcher(COMMAND.matcher(body).replaceFirst(""));
    while (m.find()) {
      if (!Keywords.isReserved(m.group())) {
        names.add(m.group());
      }
    }
    return names.isEmpty()
        ? PLACEHOLDER
        : PLACEHOLDER_NAME + "(" + String.join(", ", names) + ")  # noqa";
  }

  /** The masked text, its line breaks {@code \n} when the cell uses only another one. */
  public String text() {
    return text;
  }

  /**
   * The text to check and fix: {@link #text} with a line break added when it has no final one, so
   * that rules about the end of a file see a complete last line; {@link #restore} takes it off.
   */
  public String checkedText() {
    return addsLineBreak() ? text + "\n" : text;
  }

  /**
   * The cell's source for {@code output}, a fixed version of {@link #checkedText}: the IPython
   * lines put back and an added line break taken off; empty when the fixes moved or removed a
   * placeholder, so the cell cannot be restored.
   */
  public Optional<String> restore(String output) {
    Optional<String> source = unmask(output);
    if (addsLineBreak()) {
      source = source.map(s -> s.endsWith("\n") ? s.substring(0, s.length() - 1) : s);
    }
    return newline.equals("\n") ? source : source.map(s -> s.replace("\n", newline));
  }

  private boolean addsLineBreak() {
    return !text.endsWith("\n") && !text.endsWith("\r");
  }

  /**
   * Whether {@code [start, end)} of {@code text}, a masked text or a fixed version of one, touches
   * a line that holds a placeholder.
   */
  public static boolean touchesPlaceholder(String text, int start, int end) {
    int from = start;
    while (from > 0 && text.charAt(from - 1) != '\n' && text.charAt(from - 1) != '\r') {
      from--;
    }
    int to = Math.max(start, end - 1);
    while (to < text.length() && text.charAt(to) != '\n' && text.charAt(to) != '\r') {
      to++;
    }
    int found = text.indexOf(PLACEHOLDER_NAME, from);
    return found >= 0 && found < to;
  }

  /**
   * {@code output}, a fixed version of {@link #text}, with the IPython lines put back; empty when
   * the fixes moved or removed a placeholder, so the cell cannot be restored.
   */
  Optional<String> unmask(String output) {
    StringBuilder out = new StringBuilder(output.length() + 64);
    int at = 0;
    for (Masked m : masked) {
      int found = output.indexOf(m.placeholder(), at);
      if (found < 0 || !aloneOnItsLine(output, found, m.placeholder())) {
        return Optional.empty();
      }
      out.append(output, at, found).append(m.body());
      at = found + m.placeholder().length();
    }
    if (output.indexOf(PLACEHOLDER_NAME, at) >= 0) {
      return Optional.empty();
    }
    return Optional.of(out.append(output, at, output.length()).toString());
  }

  private static boolean aloneOnItsLine(String s, int at, String placeholder) {
    int end = at + placeholder.length();
    boolean lineEnds = end == s.length() || s.charAt(end) == '\n' || s.charAt(end) == '\r';
    for (int i = at - 1; i >= 0 && s.charAt(i) != '\n' && s.charAt(i) != '\r'; i--) {
      if (s.charAt(i) != ' ' && s.charAt(i) != '\t') {
        return false;
      }
    }
    return lineEnds;
  }

  /**
   * Whether a statement may start at the end of {@code before}: the text up to there tokenizes with
   * no open string or bracket, and its last significant token ends a line or a block.
   */
  private static boolean startsStatement(String before) {
    List<Token> tokens;
    try {
      // a placeholder after it, so an unfinished string or bracket shows as an error at the end
      tokens = Tokenizer.tokenize(before + PLACEHOLDER + "\n");
    } catch (TokenizeException e) {
      return false;
    }
    Token last = null;
    for (Token t : tokens) {
      if (t.start() >= before.length()) {
        return t.start() == before.length()
            && (last == null
                || last.kind() == TokenKind.NEWLINE
                || last.kind() == TokenKind.INDENT
                || last.kind() == TokenKind.DEDENT);
      }
      if (t.end() > before.length()) {
        return false; // a token runs into the placeholder: a string, or a name it continues
      }
      if (!t.kind().isTrivia() && t.kind() != TokenKind.ENDMARKER) {
        last = t;
      }
    }
    return false;
  }

  /** An IPython line that was masked, its text after the indentation, line break excluded. */
  private record Masked(String body, String placeholder) {}

  /** A line of the cell: where its text after the indentation starts and ends. */
  private record Line(String body, int bodyStart, int bodyEnd) {
    static List<Line> split(String s) {
      List<Line> lines = new ArrayList<>();
      int start = 0;
      while (start < s.length()) {
        int end = start;
        while (end < s.length() && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
          end++;
        }
        int body = start;
        while (body < end && (s.charAt(body) == ' ' || s.charAt(body) == '\t')) {
          body++;
        }
        lines.add(new Line(s.substring(body, end), body, end));
        boolean crlf = s.startsWith("\r\n", end);
        start = end + (crlf ? 2 : 1);
      }
      return lines;
    }
  }
}
