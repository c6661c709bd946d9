package pyfix.fixers.docstrings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pyfix.fix.options.DocstringOptions.Convention;
import pyfix.fixers.docstrings.Sections.Section;

/**
 * The parameter names a docstring documents, read as Ruff's D417 reads them: the entries of
 * Google's {@code Args:}-like sections ({@code name (type): text}), or the names of NumPy's {@code
 * Parameters} entries ({@code a, b : int} over an indented description).
 */
final class DocumentedParameters {
  private static final Pattern GOOGLE_ENTRY =
      Pattern.compile(
          "^\\s*(\\*?\\*?\\w+)\\s*(\\(.*?\\))?\\s*:(\\r\\n|\\n)?\\s*.+",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Set<String> GOOGLE_ARGS =
      Set.of(
          "Args",
          "Arguments",
          "Keyword Args",
          "Keyword Arguments",
          "Other Args",
          "Other Arguments");
  private static final Set<String> NUMPY_PARAMETERS =
      Set.of("Parameters", "Other Params", "Other Parameters");

  private DocumentedParameters() {}

  /**
   * The sets of names to check, each on its own: one for all of Google's sections together, one per
   * NumPy {@code Parameters} section; empty when no section lists parameters. Without a convention,
   * a NumPy parameters section decides the style, else Google's.
   */
  static List<Set<String>> of(String body, Convention convention) {
    if (convention == Convention.GOOGLE) {
      return google(Sections.of(body, Sections.GOOGLE));
    }
    List<Section> numpy = Sections.of(body, Sections.NUMPY);
    if (convention == Convention.NUMPY
        || numpy.stream().anyMatch(s -> NUMPY_PARAMETERS.contains(s.name()))) {
      return numpy(numpy);
    }
    return google(Sections.of(body, Sections.GOOGLE));
  }

  private static List<Set<String>> google(List<Section> sections) {
    Set<String> names = new HashSet<>();
    boolean any = false;
    for (Section s : sections) {
      if (GOOGLE_ARGS.contains(s.name())) {
        any = true;
        names.addAll(googleEntries(s.lines()));
      }
    }
    return any ? List.of(names) : List.of();
  }

  private static Set<String> googleEntries(List<String> lines) {
    Set<String> names = new HashSet<>();
    if (lines.isEmpty()) {
      return names;
    }
    String lead = Sections.indent(lines.get(0));
    List<String> relevant = new ArrayList<>();
    relevant.add(lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      if (line.startsWith(lead) || line.isEmpty()) {
        relevant.add(line);
      }
    }
    List<StringBuilder> entries = new ArrayList<>();
    for (String line : dedent(relevant).strip().split("\n", -1)) {
      if (line.isEmpty() || Character.isWhitespace(line.charAt(0))) {
        if (!entries.isEmpty()) {
          entries.get(entries.size() - 1).append(line).append('\n');
        }
      } else {
        entries.add(new StringBuilder(line).append('\n'));
      }
    }
    for (StringBuilder entry : entries) {
      Matcher m = GOOGLE_ENTRY.matcher(entry);
      if (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  private static List<Set<String>> numpy(List<Section> sections) {
    List<Set<String>> found = new ArrayList<>();
    for (Section s : sections) {
      if (s.name().equals("Parameters")) {
        found.add(numpyEntries(s));
      }
    }
    return found;
  }

  private static Set<String> numpyEntries(Section section) {
    Set<String> names = new HashSet<>();
    String[] lines = String.join("\n", section.lines()).replace("\\\n", "").split("\n", -1);
    for (int i = 0; i + 1 < lines.length; i++) {
      String current = lines[i];
      String lead = Sections.indent(current);
      if (lead.equals(section.indent())
          && Sections.indent(lines[i + 1]).length() > lead.length()
          && !lines[i + 1].isBlank()) {
        int colon = current.indexOf(':');
        String parameters = colon >= 0 ? current.substring(0, colon) : current.strip();
        for (String p : parameters.split(",", -1)) {
          names.add(p.strip());
        }
      }
    }
    return names;
  }

  /** {@code lines} joined, without their common leading whitespace, as Python's textwrap.dedent. */
  private static String dedent(List<String> lines) {
    String margin = null;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      String indent = Sections.indent(line);
      if (margin == null) {
        margin = indent;
      } else {
        int common = 0;
        while (common < margin.length()
            && common < indent.length()
            && margin.charAt(common) == indent.charAt(common)) {
          common++;
        }
        margin = margin.substring(0, common);
      }
    }
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line.isBlank() ? "" : line.substring(margin.length()));
    }
    return out.toString();
  }
}
