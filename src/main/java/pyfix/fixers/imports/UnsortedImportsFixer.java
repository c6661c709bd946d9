package pyfix.fixers.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import pyfix.fix.Edit;
import pyfix.fix.Finding;
import pyfix.fix.Fix;
import pyfix.fix.Fixer;
import pyfix.fix.Kind;
import pyfix.fix.Settings;
import pyfix.parse.ParsedFile;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/** Sorts and groups each import block the way {@code isort --profile black} does. */
public final class UnsortedImportsFixer implements Fixer {
  private static final Pattern TRAILING_BLANKS = Pattern.compile("[ \t]+(?=\r|\n|$)");
  private static final Set<String> DEFINITIONS = Set.of("def", "class", "@", "async");

  @Override
  public String code() {
    return "I001";
  }

  @Override
  public String name() {
    return "unsorted-imports";
  }

  @Override
  public Kind kind() {
    return Kind.SEMANTIC;
  }

  /** Which section {@code module} is sorted into under {@code settings}, and why. */
  public static String explainSection(String module, Settings settings) {
    ModuleSections.Placement p = ModuleSections.place(module, settings);
    return module + ": " + p.section().label() + " (" + p.reason() + ")";
  }

  @Override
  public List<Finding> check(ParsedFile file, Settings settings) {
    List<Finding> findings = new ArrayList<>();
    String text = file.text();
    List<Token> tokens = file.tokens();
    StatementReader reader = new StatementReader(text, tokens);
    for (ImportBlocks.Block block : ImportBlocks.in(file)) {
      int[] first = block.statements().get(0);
      int[] last = block.statements().get(block.statements().size() - 1);
      Token start = tokens.get(first[0]);
      String indent = text.substring(file.lines().lineStart(start.line()), start.start());
      List<ImportStatement> statements = new ArrayList<>();
      int previousEnd = first[0];
      for (int[] range : block.statements()) {
        statements.add(
            reader.read(range[0], range[1], comments(text, tokens, previousEnd, range[0])));
        previousEnd = range[1] + 1;
      }
      List<String> lines =
          new ImportSorter(settings, indent, file.stylist().indent()).lines(statements);
      String newline = file.stylist().newline();
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0) {
          out.append(newline);
          if (!lines.get(i).isEmpty()) {
            out.append(indent);
          }
        }
        out.append(lines.get(i));
      }
      Token lastNewline = tokens.get(last[1]);
      int end = lastNewline.end();
      if (lastNewline.end() > lastNewline.start()) {
        out.append(newline);
        if (block.moduleLevel()) {
          int next = afterBlankLines(tokens, last[1] + 1);
          end = tokens.get(next - 1).end();
          out.append(newline.repeat(blankLinesAfter(text, tokens, next)));
        } else if (commentFollows(tokens, last[1] + 1, indent.length())) {
          // isort keeps a comment that follows a nested block one blank line away
          out.append(newline);
        }
      }
      String replacement = out.toString();
      // trailing whitespace alone is W291's to report
      String original = TRAILING_BLANKS.matcher(text.substring(start.start(), end)).replaceAll("");
      if (!replacement.equals(original)) {
        findings.add(
            Finding.fixable(
                code(),
                "Import block is un-sorted or un-formatted",
                start.start(),
                end,
                Fix.safe(new Edit(start.start(), end, replacement))));
      }
    }
    return findings;
  }

  /** The comments among tokens {@code [from, to)}: own-line comments above a statement. */
  private static List<String> comments(String text, List<Token> tokens, int from, int to) {
    List<String> comments = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (tokens.get(i).kind() == TokenKind.COMMENT) {
        comments.add(tokens.get(i).text(text));
      }
    }
    return comments;
  }

  /** Whether the line at token {@code i} is a comment at {@code column}. */
  private static boolean commentFollows(List<Token> tokens, int i, int column) {
    if (i < tokens.size() && tokens.get(i).kind() == TokenKind.WHITESPACE) {
      i++;
    }
    return i < tokens.size()
        && tokens.get(i).kind() == TokenKind.COMMENT
        && tokens.get(i).column() == column;
  }

  /** The index of the first token after the blank lines that start at {@code i}. */
  private static int afterBlankLines(List<Token> tokens, int i) {
    int last = i;
    while (i < tokens.size()) {
      TokenKind kind = tokens.get(i).kind();
      if (kind == TokenKind.WHITESPACE) {
        i++;
      } else if (kind == TokenKind.NL) {
        i++;
        last = i;
      } else {
        break;
      }
    }
    return last;
  }

  /**
   * isort's black profile: two blank lines when a definition follows (after any comment lines
   * directly above it), none at the end of the file, else one.
   */
  private static int blankLinesAfter(String text, List<Token> tokens, int i) {
    boolean lineStart = true;
    boolean comments = false;
    for (; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      switch (t.kind()) {
        case WHITESPACE -> {}
        case COMMENT -> {
          lineStart = false;
          comments = true;
        }
        case NL -> {
          if (lineStart) {
            return 1;
          }
          lineStart = true;
        }
        case ENDMARKER -> {
          return comments ? 1 : 0;
        }
        default -> {
          return DEFINITIONS.contains(t.text(text)) ? 2 : 1;
        }
      }
    }
    return 1;
  }
}
