package pyfix.fixers.linelength;

import java.util.ArrayList;
import java.util.List;
import pyfix.fixers.common.Pragmas;
import pyfix.fixers.common.Width;
import pyfix.source.LineMap;

/**
 * Finds the lines wider than the limit with one cheap pass over the text, and tells which of them
 * Ruff and pycodestyle leave unreported because no layout could shorten them.
 */
final class LongLines {
  private LongLines() {}

  /**
   * Whether a too-long {@code line} is one Ruff does not report: it fits once its comment is left
   * out, when that comment is a pragma ({@code # type: ignore[…]}, {@code # noqa}, …), holds one
   * after a later {@code #} ({@code # note # noqa: E501}), or starts with one of {@code taskTags}
   * ({@code # TODO …}); or it is a single word (a long string, a URL) with nothing else but
   * indentation; or it is an SPDX header comment; or it ends with a word holding "://" that starts
   * within the limit. A project clean under Ruff has such lines.
   *
   * @param commentStart where the line's comment starts within {@code line}, or -1
   */
  static boolean exempt(String line, int commentStart, int limit, List<String> taskTags) {
    if (commentStart >= 0) {
      String comment = line.substring(commentStart);
      if (Pragmas.leftOutOfWidth(comment) || startsWithTaskTag(comment, taskTags)) {
        line = line.substring(0, commentStart).stripTrailing();
        if (Width.of(line) <= limit) {
          return true;
        }
      }
    }
    String[] words = line.strip().split("[ \t\n\u000B\f\r]+");
    if (words.length < 2) {
      return true;
    }
    if (words[0].equals("#")
        && (words[1].equals("SPDX-License-Identifier:")
            || words[1].equals("SPDX-FileCopyrightText:"))) {
      return true;
    }
    String last = words[words.length - 1];
    return last.contains("://") && Width.of(line) - Width.of(last) <= limit;
  }

  /** Whether {@code comment} starts with one of Ruff's default task tags. */
  private static boolean startsWithTaskTag(String comment, List<String> taskTags) {
    String body = comment.substring(1).stripLeading();
    return taskTags.stream().anyMatch(body::startsWith);
  }

  private static int overflow(String text, int start, int end, int limit) {
    int column = 0;
    // by code points: a surrogate pair is one character, and a finding never starts inside it
    for (int k = start; k < end; ) {
      int cp = text.codePointAt(k);
      column = Width.advance(column, cp);
      if (column > limit) {
        return k;
      }
      k += Character.charCount(cp);
    }
    return start;
  }

  /**
   * {start, end (before the line break), width} of each line wider than {@code limit}; start is
   * where the text passes the limit, as Ruff reports it.
   */
  static List<int[]> find(String text, LineMap lines, int limit) {
    List<int[]> out = new ArrayList<>();
    for (int line = 1; line <= lines.lineCount(); line++) {
      int start = lines.lineStart(line);
      int end = lines.contentEnd(text, line);
      int length = end - start;
      // a tab or a wide character can make a line up to 4 times its length in columns
      if (length * 4 > limit && (length > limit || special(text, start, end))) {
        int width = Width.of(text.substring(start, end));
        if (width > limit) {
          out.add(new int[] {overflow(text, start, end, limit), end, width});
        }
      }
    }
    return out;
  }

  /**
   * The same for pycodestyle's measure: characters (code points), a tab as one, the line's trailing
   * blanks left out; start is where the characters pass the limit.
   */
  static List<int[]> findByCharacters(String text, LineMap lines, int limit) {
    List<int[]> out = new ArrayList<>();
    for (int line = 1; line <= lines.lineCount(); line++) {
      int start = lines.lineStart(line);
      int end = lines.contentEnd(text, line);
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end - start > limit) {
        int count = text.codePointCount(start, end);
        if (count > limit) {
          out.add(new int[] {text.offsetByCodePoints(start, limit), end, count});
        }
      }
    }
    return out;
  }

  private static boolean special(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\t' || c >= 0x1100) {
        return true;
      }
    }
    return false;
  }
}
