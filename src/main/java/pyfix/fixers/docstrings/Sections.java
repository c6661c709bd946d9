package pyfix.fixers.docstrings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The sections of a docstring ({@code Args:}, {@code Returns:}, an underlined {@code Parameters}),
 * found as pydocstyle and Ruff find them: a line whose leading words name a section of the style,
 * followed by nothing or a colon, that ends a paragraph or is underlined.
 */
final class Sections {
  /** One section: its canonical name, its header's indent and the lines up to the next one. */
  record Section(String name, String indent, List<String> lines) {}

  /** Section names both styles have. */
  private static final List<String> COMMON =
      List.of(
          "Attributes",
          "Examples",
          "Methods",
          "Notes",
          "Raises",
          "References",
          "Returns",
          "See Also",
          "Yields");

  /** Google's section names. */
  static final Set<String> GOOGLE =
      with(
          "Args",
          "Arguments",
          "Attention",
          "Caution",
          "Danger",
          "Error",
          "Example",
          "Hint",
          "Important",
          "Keyword Args",
          "Keyword Arguments",
          "Note",
          "Other Args",
          "Other Arguments",
          "Return",
          "Tip",
          "Todo",
          "Warning",
          "Warnings",
          "Warns",
          "Yield");

  /** NumPy's section names. */
  static final Set<String> NUMPY =
      with(
          "Extended Summary",
          "Other Params",
          "Other Parameters",
          "Parameters",
          "Receives",
          "Short Summary",
          "Warns");

  /** Every section name of either style by its lower case, for a lookup instead of a scan. */
  private static final Map<String, String> BY_LOWER_CASE = new HashMap<>();

  static {
    for (Set<String> style : List.of(GOOGLE, NUMPY)) {
      style.forEach(name -> BY_LOWER_CASE.put(name.toLowerCase(Locale.ROOT), name));
    }
  }

  private Sections() {}

  private static Set<String> with(String... names) {
    List<String> all = new ArrayList<>(COMMON);
    all.addAll(List.of(names));
    return Set.copyOf(all);
  }

  /** The sections of docstring {@code body} named in {@code style}; its first line is skipped. */
  static List<Section> of(String body, Set<String> style) {
    List<String> lines = body.lines().toList();
    List<Section> sections = new ArrayList<>();
    String openName = null;
    String openIndent = null;
    int openAt = -1;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      String name = canonical(leadingWords(line), style);
      if (name == null || !isHeader(line, name, lines, i, openIndent)) {
        continue;
      }
      if (openName != null) {
        sections.add(new Section(openName, openIndent, lines.subList(openAt + 1, i)));
      }
      openName = name;
      openIndent = indent(line);
      openAt = i;
    }
    if (openName != null) {
      sections.add(new Section(openName, openIndent, lines.subList(openAt + 1, lines.size())));
    }
    return sections;
  }

  private static boolean isHeader(
      String line, String name, List<String> lines, int at, String previousIndent) {
    String indent = indent(line);
    String rest = line.substring(indent.length());
    String words = leadingWords(line);
    String suffix = rest.substring(rest.indexOf(words) + words.length()).strip();
    if (!suffix.isEmpty() && !suffix.equals(":")) {
      return false;
    }
    if (at + 1 < lines.size() && isUnderline(lines.get(at + 1))) {
      return true;
    }
    String previous = lines.get(at - 1).strip();
    if (!previous.isEmpty() && ",;.-\\/]})".indexOf(previous.charAt(previous.length() - 1)) < 0) {
      return false;
    }
    // a lower-case `args:` indented under another section is an entry of it, not a header
    return previousIndent == null
        || previousIndent.length() >= indent.length()
        || rest.startsWith(name);
  }

  private static boolean isUnderline(String line) {
    String s = line.strip();
    return !s.isEmpty() && s.chars().allMatch(c -> c == '-' || c == '=');
  }

  /** The line's leading run of letters, digits and spaces, stripped. */
  private static String leadingWords(String line) {
    String s = line.strip();
    int end = 0;
    while (end < s.length()
        && (Character.isLetterOrDigit(s.charAt(end)) || Character.isWhitespace(s.charAt(end)))) {
      end++;
    }
    return s.substring(0, end).strip();
  }

  private static String canonical(String words, Set<String> style) {
    String name = BY_LOWER_CASE.get(words.toLowerCase(Locale.ROOT));
    return name != null && style.contains(name) ? name : null;
  }

  /** The leading whitespace of {@code line}. */
  static String indent(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return line.substring(0, i);
  }
}
