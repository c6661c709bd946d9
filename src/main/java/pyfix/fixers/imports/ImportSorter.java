package pyfix.fixers.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pyfix.fix.Settings;

/**
 * Turns the statements of one import block into the lines isort's black profile prints for them:
 * sections in order with a blank line between, {@code import} lines before {@code from} lines,
 * duplicates dropped, {@code from} imports of one module merged, and lines too long wrapped in
 * parentheses with one name per line.
 */
final class ImportSorter {
  private static final Comparator<Alias> STRAIGHT_ORDER =
      Comparator.comparing(Alias::name, SortKeys.MODULES)
          .thenComparing(a -> a.asName() != null)
          .thenComparing(a -> a.asName() == null ? "" : a.asName())
          .thenComparing(Alias::name);
  private static final Comparator<Alias> NAME_ORDER =
      Comparator.comparing((Alias a) -> !a.name().equals("*"))
          // isort prints names that carry a comment, each on its own line, before the others
          .thenComparing(a -> a.asName() != null || a.inline().isEmpty())
          .thenComparing(Alias::name, SortKeys.NAMES)
          .thenComparing(a -> a.asName() != null)
          .thenComparing(a -> a.asName() == null ? "" : a.asName())
          .thenComparing(Alias::name);

  private final Settings settings;
  private final int width;
  private final String indentUnit;

  /** A sorter for blocks indented by {@code indent}, wrapping with one more {@code indentUnit}. */
  ImportSorter(Settings settings, String indent, String indentUnit) {
    this.settings = settings;
    this.width = settings.lineLength() - indent.length();
    this.indentUnit = indentUnit;
  }

  /** The sorted lines, without indentation or line breaks; blank lines are empty strings. */
  List<String> lines(List<ImportStatement> statements) {
    Map<Section, Group> sections = new EnumMap<>(Section.class);
    for (ImportStatement s : statements) {
      String module = s.from() ? s.module() : s.aliases().get(0).name();
      if (s.from()) {
        sections.computeIfAbsent(ModuleSections.of(module, settings), k -> new Group()).addFrom(s);
      } else {
        for (int i = 0; i < s.aliases().size(); i++) {
          Alias a = s.aliases().get(i);
          List<String> above = i == 0 ? s.above() : List.of();
          sections
              .computeIfAbsent(ModuleSections.of(a.name(), settings), k -> new Group())
              .addStraight(a, above);
        }
      }
    }
    List<String> lines = new ArrayList<>();
    for (Group g : sections.values()) {
      if (!lines.isEmpty()) {
        lines.add("");
      }
      g.render(lines);
    }
    return lines;
  }

  /** The imports of one section while they are merged. */
  private final class Group {
    private final Map<String, Merged> straight = new LinkedHashMap<>();
    private final Map<String, FromModule> from = new LinkedHashMap<>();

    void addStraight(Alias a, List<String> above) {
      straight.computeIfAbsent(a.text(), k -> new Merged(a)).add(above, a);
    }

    void addFrom(ImportStatement s) {
      FromModule m = from.computeIfAbsent(s.module(), FromModule::new);
      m.above.addAll(s.above());
      m.inline.addAll(s.inline());
      for (Alias a : s.aliases()) {
        if (s.magicComma()) {
          m.magicNames.add(a.text());
        }
        m.names.computeIfAbsent(a.text(), k -> new Merged(a)).add(a.above(), a);
      }
    }

    void render(List<String> out) {
      int sectionStart = out.size();
      straight.values().stream()
          .map(Merged::alias)
          .sorted(STRAIGHT_ORDER)
          .forEach(
              a -> {
                comments(out, sectionStart, a.above());
                out.add("import " + a.text() + suffix(a.inline()));
              });
      from.values().stream()
          .sorted(Comparator.comparing((FromModule m) -> m.module, SortKeys.MODULES))
          .forEach(m -> m.render(out, sectionStart));
    }
  }

  /** Own-line comments, after a blank line when they follow an import of the same section. */
  private static void comments(List<String> out, int sectionStart, List<String> comments) {
    if (comments.isEmpty()) {
      return;
    }
    if (out.size() > sectionStart && !out.get(out.size() - 1).startsWith("#")) {
      out.add("");
    }
    out.addAll(comments);
  }

  /** Inline comments as isort prints them: two spaces, then one comment joined by "; ". */
  private static String suffix(List<String> comments) {
    if (comments.isEmpty()) {
      return "";
    }
    List<String> bodies = new ArrayList<>();
    for (String c : comments) {
      bodies.add(c.substring(1).strip());
    }
    return "  # " + String.join("; ", bodies);
  }

  /** All {@code from} imports of one module in a section. */
  private final class FromModule {
    final String module;
    final List<String> above = new ArrayList<>();
    final List<String> inline = new ArrayList<>();
    final Map<String, Merged> names = new LinkedHashMap<>();
    // Names that came from a statement with a magic trailing comma keep their chunk exploded.
    final Set<String> magicNames = new HashSet<>();

    FromModule(String module) {
      this.module = module;
    }

    void render(List<String> out, int sectionStart) {
      List<Alias> sorted = names.values().stream().map(Merged::alias).sorted(NAME_ORDER).toList();
      List<List<Alias>> chunks = new ArrayList<>();
      for (Alias a : sorted) {
        boolean joins =
            a.plain() && !chunks.isEmpty() && chunks.get(chunks.size() - 1).get(0).plain();
        if (joins) {
          chunks.get(chunks.size() - 1).add(a);
        } else {
          chunks.add(new ArrayList<>(List.of(a)));
        }
      }
      for (int i = 0; i < chunks.size(); i++) {
        List<Alias> chunk = chunks.get(i);
        comments(out, sectionStart, i == 0 ? above : List.of());
        statement(out, chunk, i == 0 ? inline : List.of());
      }
    }

    private void statement(List<String> out, List<Alias> chunk, List<String> own) {
      String head = "from " + module + " import ";
      List<String> all = new ArrayList<>(own);
      if (chunk.size() == 1) {
        all.addAll(chunk.get(0).inline());
      }
      String names = String.join(", ", chunk.stream().map(Alias::text).toList());
      String line = head + names + suffix(all);
      boolean star = chunk.get(0).name().equals("*");
      // a comment that was above a name inside parentheses stays there, which reads back the same
      boolean exploded =
          chunk.get(0).plain() && chunk.stream().anyMatch(a -> magicNames.contains(a.text()))
              || !chunk.get(0).above().isEmpty();
      if (star || line.length() <= width && !exploded) {
        out.add(line);
        return;
      }
      out.add(head + "(" + suffix(own));
      for (Alias a : chunk) {
        for (String comment : a.above()) {
          out.add(indentUnit + comment);
        }
        out.add(indentUnit + a.text() + "," + suffix(a.inline()));
      }
      out.add(")");
    }
  }

  /** One alias and the comments of all its duplicates. */
  private static final class Merged {
    private final Alias first;
    private final List<String> above = new ArrayList<>();
    private final List<String> inline = new ArrayList<>();

    Merged(Alias first) {
      this.first = first;
    }

    void add(List<String> moreAbove, Alias duplicate) {
      above.addAll(moreAbove);
      inline.addAll(duplicate.inline());
    }

    Alias alias() {
      return new Alias(first.name(), first.asName(), above, inline);
    }
  }
}
