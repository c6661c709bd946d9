package pyfix.fixers.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pyfix.fix.options.IsortWrapping;
import pyfix.fixers.common.Pragmas;

/**
 * Prints one {@code from} import as isort 5 does under a wrap mode other than the black profile's:
 * whether it wraps, and the lines of modes 0 to 5, with isort's trailing comma, indent, wrap
 * length, grid wrap threshold and balanced wrapping.
 */
final class IsortWrap {
  private static final Pattern[] SPLITTERS = {
    Pattern.compile("\\bimport \\b"), Pattern.compile("\\b\\.\\b"), Pattern.compile("\\bas \\b")
  };
  private static final String[] SPLITTER_TEXT = {"import ", ".", "as "};

  private final IsortWrapping w;
  private final int lineLength;
  private final int wrapLength;

  /**
   * Wraps at {@code lineLength} (already narrowed by the block's indentation) and at the wrap
   * length narrowed by {@code indent} columns, as isort narrows both in a nested block; a wrap
   * length narrowed to nothing, as an unset one, leaves the line length.
   */
  IsortWrap(IsortWrapping wrapping, int lineLength, int indent) {
    this.w = wrapping;
    this.lineLength = lineLength;
    int narrowed = Math.max(wrapping.wrapLength() - indent, 0);
    this.wrapLength = narrowed > 0 ? narrowed : lineLength;
  }

  /**
   * The text of {@code head + names} with the {@code comment} suffix ("" or two spaces and the
   * comment) as isort prints it, lines joined by "\n"; null where isort would drop the comment or a
   * name, which pyfix never does, or strand a pragma on the first line's names. {@code magicComma}
   * wraps it in any case, as isort's {@code split_on_trailing_comma} does.
   */
  String from(String head, List<String> names, String comment, boolean magicComma) {
    String statement = head + String.join(", ", names) + comment;
    // a single name with a magic comma would print "(name,)" on one line, which wraps again
    boolean multiline =
        magicComma && names.size() > 1
            || w.forceGridWrap() > 0 && names.size() >= w.forceGridWrap()
            || statement.length() > lineLength && names.size() > 1
            || statement.length() > lineLength && w.mode() > 1;
    String out;
    if (multiline) {
      out = wrapped(w.mode(), head, names, comment);
      if (w.mode() == 0 && longest(out) > lineLength) {
        out = wrapped(4, head, names, comment);
      }
    } else {
      out = statement.length() > lineLength ? line(statement, true) : statement;
    }
    return keeps(out, names, comment) && !strandsPragma(out, comment) ? out : null;
  }

  /**
   * Whether {@code out} puts a pragma after a name on its first line ({@code from m import (a, #
   * noqa}), which reads back, on the next round as in isort's second run, as that name's comment
   * alone: the names on the other lines would lose it.
   */
  private static boolean strandsPragma(String out, String comment) {
    int lineEnd = out.indexOf('\n');
    int at = out.indexOf(comment.strip());
    int open = out.indexOf('(');
    return lineEnd >= 0
        && Pragmas.in(comment)
        && open >= 0
        && at > open
        && at < lineEnd
        && !out.substring(open + 1, at).isBlank(); // a name between: `(a,  # noqa`
  }

  /**
   * A statement isort prints on its own without a wrap mode (one name with a comment, or under
   * force-single-line): only wrapped when too long, at {@code import}; a pragma in {@code comment}
   * goes after the parenthesis when {@code pragmaFirst}, else after the name, as isort puts it.
   */
  String single(String head, String name, String comment, boolean pragmaFirst) {
    String out = line(head + name + comment, pragmaFirst);
    return keeps(out, List.of(name), comment) ? out : null;
  }

  /** isort's {@code import_statement}: the mode's formatter, balanced, else one wrapped line. */
  private String wrapped(int mode, String head, List<String> names, String comment) {
    int length = wrapLength;
    String statement = format(mode, head, names, comment, length);
    if (w.balancedWrapping()) {
      String[] lines = statement.split("\n", -1);
      int count = lines.length;
      int minimum = 0;
      for (int i = 0; i < lines.length - 1; i++) {
        minimum = i == 0 ? lines[i].length() : Math.min(minimum, lines[i].length());
      }
      String candidate = statement;
      while (lines[lines.length - 1].length() < minimum && lines.length == count && length > 10) {
        statement = candidate;
        length--;
        candidate = format(mode, head, names, comment, length);
        lines = candidate.split("\n", -1);
      }
    }
    return statement.contains("\n") ? statement : line(statement, true);
  }

  private String format(int mode, String head, List<String> names, String comment, int length) {
    List<String> imports = new ArrayList<>(names);
    String space = " ".repeat(head.length() + 1);
    return switch (mode) {
      case 0 -> grid(head, imports, comment, space, length);
      case 1 -> vertical(head, imports, comment, space);
      case 2 -> hanging(head, imports, comment, length, false);
      case 3 -> verticalHanging(head, imports, comment);
      case 4 -> verticalGrid(head, imports, comment, length, true) + ")";
      case 5 -> verticalGrid(head, imports, comment, length, true) + "\n)";
      case 6 -> verticalGrid(head, imports, comment, length, false) + "\n)";
      case 8 -> verticalHanging(head, imports, comment).replaceFirst("\\)$", w.indent() + ")");
      case 10 -> hanging(head, imports, comment, length, true);
      default -> throw new IllegalStateException("wrap mode " + mode);
    };
  }

  private String grid(String head, List<String> imports, String comment, String space, int length) {
    String statement = head + "(" + imports.remove(0);
    for (String next : imports) {
      String candidate = withComment(comment, statement + ", " + next);
      if (lastLine(candidate).length() + 1 > length) {
        String[] parts = next.split(" ");
        List<String> lines = new ArrayList<>(List.of(space + parts[0]));
        for (int i = 1; i < parts.length; i++) {
          String longer = lines.get(lines.size() - 1) + " " + parts[i];
          if (longer.length() + 1 > length) {
            lines.add(space + parts[i]);
          } else {
            lines.set(lines.size() - 1, longer);
          }
        }
        statement = withComment(comment, statement + ",") + "\n" + String.join("\n", lines);
        comment = "";
      } else {
        statement += ", " + next;
      }
    }
    return statement + (w.includeTrailingComma() ? "," : "") + ")";
  }

  private String vertical(String head, List<String> imports, String comment, String space) {
    String first = withComment(comment, imports.remove(0) + ",") + "\n" + space;
    String rest = String.join(",\n" + space, imports);
    return head + "(" + first + rest + (w.includeTrailingComma() ? "," : "") + ")";
  }

  /** Modes 2 (continued by backslashes) and 10 ({@code parentheses}): names fill each line. */
  private String hanging(
      String head, List<String> imports, String comment, int length, boolean parentheses) {
    int limit = length - (parentheses ? 1 : 3);
    String open = parentheses ? head + "(" : head;
    String statement = open + imports.get(0);
    if (statement.length() > limit) {
      statement =
          withComment(comment, endLine(open, parentheses)) + "\n" + w.indent() + imports.get(0);
      comment = "";
    }
    for (String next : imports.subList(1, imports.size())) {
      String candidate = withComment(comment, statement + ", " + next);
      if (lastLine(candidate).length() > limit) {
        candidate =
            withComment(comment, endLine(statement + ",", parentheses)) + "\n" + w.indent() + next;
        comment = "";
      }
      statement = candidate;
    }
    // isort 5.6.4 adds the trailing comma without parentheses too, which does not parse
    return parentheses ? statement + (w.includeTrailingComma() ? "," : "") + ")" : statement;
  }

  private static String endLine(String line, boolean parentheses) {
    return parentheses ? line : backslash(line);
  }

  private static String backslash(String line) {
    return (line.endsWith(" ") ? line : line + " ") + "\\";
  }

  private String verticalHanging(String head, List<String> imports, String comment) {
    String joined = String.join(",\n" + w.indent(), imports);
    String comma = w.includeTrailingComma() ? "," : "";
    return head + "(" + comment + "\n" + w.indent() + joined + comma + "\n)";
  }

  /**
   * Modes 4 to 6; {@code closingRoom} keeps room after the last name for the parenthesis (modes 4
   * and 5), which mode 6 closes on the next line.
   */
  private String verticalGrid(
      String head, List<String> imports, String comment, int length, boolean closingRoom) {
    String statement = head + "(" + comment + "\n" + w.indent() + imports.get(0);
    for (int i = 1; i < imports.size(); i++) {
      String next = imports.get(i);
      String candidate = statement + ", " + next;
      // room for the comma or the closing parenthesis that follows
      boolean room = i < imports.size() - 1 || closingRoom;
      if (lastLine(candidate).length() + (room ? 1 : 0) > length) {
        candidate = statement + ",\n" + w.indent() + next;
      }
      statement = candidate;
    }
    return statement + (w.includeTrailingComma() ? "," : "");
  }

  /**
   * isort's {@code wrap.line} for a statement still on one line: split at the last {@code import },
   * {@code .} or {@code as } that lets the first part fit, continued in parentheses or after a
   * backslash; a pragma comment after the parenthesis when {@code pragmaFirst}.
   */
  private String line(String content, boolean pragmaFirst) {
    if (content.length() <= lineLength) {
      return content;
    }
    String code = content;
    String comment = null;
    int hash = content.indexOf('#');
    if (hash >= 0) {
      code = content.substring(0, hash);
      comment = content.substring(hash + 1);
    }
    for (int s = 0; s < SPLITTERS.length; s++) {
      String splitter = SPLITTER_TEXT[s];
      Matcher m = SPLITTERS[s].matcher(code);
      if (!m.find() || code.strip().startsWith(splitter)) {
        continue;
      }
      List<String> parts = new ArrayList<>(List.of(SPLITTERS[s].split(code, -1)));
      boolean first = comment != null && staysFirst(comment, pragmaFirst);
      if (comment != null && !(w.useParentheses() && first)) {
        // a line already ending in a comma (a name wrapped before) gets no second one
        boolean ends = code.stripTrailing().endsWith(",");
        String comma = w.includeTrailingComma() && w.useParentheses() && !ends ? "," : "";
        int last = parts.size() - 1;
        parts.set(last, parts.get(last).strip() + comma + "  #" + comment);
      }
      List<String> next = new ArrayList<>();
      String head = content;
      while (head.length() + 2 > wrapLength && !parts.isEmpty()) {
        next.add(parts.remove(parts.size() - 1));
        head = String.join(splitter, parts);
      }
      if (head.isEmpty()) {
        head = next.remove(next.size() - 1);
      }
      String rest = line(w.indent() + String.join(splitter, next).stripLeading(), pragmaFirst);
      if (!w.useParentheses()) {
        return head + splitter + "\\\n" + rest;
      }
      if (splitter.equals("as ")) {
        return head + splitter + rest.stripLeading();
      }
      String comma = w.includeTrailingComma() && comment == null ? "," : "";
      String separator = w.mode() == 3 || w.mode() == 5 ? "\n" : "";
      String noqa = "";
      if (first) {
        noqa = "  #" + comment;
        rest = rest.stripTrailing();
        comma = w.includeTrailingComma() ? "," : "";
      }
      String out = head + splitter + "(" + noqa + "\n" + rest + comma + separator + ")";
      String[] lines = out.split("\n", -1);
      String last = lines[lines.length - 1];
      int at = last.indexOf("  #");
      if (at >= 0 && last.endsWith(")")) {
        lines[lines.length - 1] =
            last.substring(0, at) + ")" + "  #" + last.substring(at + 3, last.length() - 1);
      }
      return String.join("\n", lines);
    }
    return content;
  }

  /**
   * Whether the comment (after its {@code #}) goes after the {@code (} of a wrapped line: isort
   * keeps a {@code noqa} there, and pyfix, when {@code pragmaFirst}, every pragma, which covers the
   * statement's first line.
   */
  private static boolean staysFirst(String comment, boolean pragmaFirst) {
    return comment.contains("noqa") || pragmaFirst && Pragmas.in("#" + comment);
  }

  /** isort's {@code add_to_line}: the comment after the line's code. */
  private static String withComment(String comment, String line) {
    return comment.isEmpty() ? line : line + comment;
  }

  private static String lastLine(String text) {
    return text.substring(text.lastIndexOf('\n') + 1);
  }

  private static int longest(String text) {
    int longest = 0;
    for (String l : text.split("\n", -1)) {
      longest = Math.max(longest, l.length());
    }
    return longest;
  }

  /** Whether {@code out} still holds every name and the comment (isort loses some in places). */
  private static boolean keeps(String out, List<String> names, String comment) {
    String code = out.replace("\\\n", " ");
    if (!comment.isEmpty()) {
      if (!code.contains(comment.strip())) {
        return false;
      }
      code = code.replace(comment.strip(), "");
    }
    if (code.contains("#") || code.contains("\\") || code.indexOf('(') != code.lastIndexOf('(')) {
      return false;
    }
    String listed = code.substring(code.indexOf(" import ") + 8).replaceAll("[()\\s]+", " ");
    List<String> found = new ArrayList<>();
    for (String part : listed.split(",")) {
      if (!part.isBlank()) {
        found.add(part.strip());
      }
    }
    return found.equals(names);
  }
}
