package pyfix.fixers.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pyfix.fix.Settings;
import pyfix.fixers.common.Pragmas;

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
          .thenComparing(a -> a.asName() != null || !a.carriesComment())
          .thenComparing(Alias::name, SortKeys.NAMES)
          .thenComparing(a -> a.asName() != null)
          .thenComparing(a -> a.asName() == null ? "" : a.asName())
          .thenComparing(Alias::name);

  private final Settings settings;
  private final int width;
  private final String indentUnit;
  private final ImportOrder printed;

  /** A sorter for blocks indented by {@code indent}, wrapping with one more {@code indentUnit}. */
  ImportSorter(Settings settings, String indent, String indentUnit) {
    this.settings = settings;
    this.width = settings.lineLength() - indent.length();
    this.indentUnit = indentUnit;
    this.printed = new ImportOrder(settings);
  }

  /** The effects of running the lines {@link #lines} returned. */
  ImportOrder printed() {
    return printed;
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
      for (Alias a : s.aliases()) {
        if (s.magicComma()) {
          m.magicNames.add(a.text());
          if (s.aliases().size() == 1) {
            m.magicAlone.add(a.text());
          }
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
                printed.straight(a);
                out.add("import " + a.text() + suffix(lineComments(a)));
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

  /**
   * The comments of one line as isort prints them, two spaces after the code: each pragma first (a
   * {@code # type:} comment only counts at the start of the comment), once and with its own {@code
   * #}; then the other comments joined into one by "; ".
   */
  private static String suffix(List<String> comments) {
    Set<String> pragmas = new LinkedHashSet<>();
    Set<String> bodies = new LinkedHashSet<>();
    for (String c : comments) {
      if (Pragmas.in(c)) {
        pragmas.add(c.strip());
      } else {
        bodies.add(c.substring(1).strip());
      }
    }
    List<String> parts = new ArrayList<>(pragmas);
    if (bodies.size() > 1) {
      bodies.remove("");
    }
    if (!bodies.isEmpty()) {
      // an empty comment stays "#", with no trailing space
      parts.add(("# " + String.join("; ", bodies)).strip());
    }
    return parts.isEmpty() ? "" : "  " + String.join("  ", parts);
  }

  /** The comments of a straight import line: its own, and its statement's. */
  private static List<String> lineComments(Alias a) {
    List<String> all = new ArrayList<>(a.inline());
    a.statement().forEach(c -> all.add(c.text()));
    return all;
  }

  /**
   * One {@code from} statement to print: its names, and the comments of the statements they came
   * from that go on its first line.
   */
  private record Chunk(List<Alias> names, List<String> comments) {
    // isort prints a name that carries a comment on a line of its own before the other names
    boolean commentedName() {
      Alias a = names.get(0);
      return names.size() == 1
          && a.asName() == null
          && !a.name().equals("*")
          && (!comments.isEmpty() || !a.inline().isEmpty());
    }
  }

  /** All {@code from} imports of one module in a section. */
  private final class FromModule {
    final String module;
    final List<String> above = new ArrayList<>();
    final Map<String, Merged> names = new LinkedHashMap<>();
    // Names that came from a statement with a magic trailing comma keep their chunk exploded.
    final Set<String> magicNames = new HashSet<>();
    // Names that were the only one of such a statement, which stay exploded even with "as".
    final Set<String> magicAlone = new HashSet<>();

    FromModule(String module) {
      this.module = module;
    }

    void render(List<String> out, int sectionStart) {
      List<Chunk> chunks = chunks();
      // the order a second run gives: a name left alone with a comment reads back as commented
      chunks.sort(
          Comparator.comparing((Chunk c) -> !c.names().get(0).name().equals("*"))
              .thenComparing(c -> !c.commentedName())
              .thenComparing(
                  (x, y) ->
                      x.commentedName() && y.commentedName()
                          ? SortKeys.NAMES.compare(x.names().get(0).name(), y.names().get(0).name())
                          : 0));
      for (int i = 0; i < chunks.size(); i++) {
        comments(out, sectionStart, i == 0 ? above : List.of());
        statement(out, chunks.get(i));
      }
    }

    /**
     * The names in isort's order, cut into statements: consecutive plain names under the same
     * pragmas share one. A pragma goes on every statement holding a name of its statement, any
     * other statement comment on the first.
     */
    private List<Chunk> chunks() {
      List<Alias> sorted = names.values().stream().map(Merged::alias).sorted(NAME_ORDER).toList();
      List<List<Alias>> groups = new ArrayList<>();
      for (Alias a : sorted) {
        List<Alias> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
        // names under different pragmas never share a line, so no pragma covers a new name
        boolean joins =
            a.plain()
                && last != null
                && last.get(0).plain()
                && last.get(0).pragmas().equals(a.pragmas());
        if (joins) {
          last.add(a);
        } else {
          groups.add(new ArrayList<>(List.of(a)));
        }
      }
      Set<Integer> placed = new HashSet<>();
      List<Chunk> chunks = new ArrayList<>();
      for (List<Alias> group : groups) {
        List<String> comments = new ArrayList<>();
        for (Alias a : group) {
          for (StatementComment c : a.statement()) {
            if (c.pragma() || placed.add(c.offset())) {
              comments.add(c.text());
            }
          }
        }
        chunks.add(new Chunk(group, comments));
      }
      return chunks;
    }

    private void statement(List<String> out, Chunk chunk) {
      List<Alias> aliases = chunk.names();
      printed.from(module, aliases);
      String head = "from " + module + " import ";
      List<String> all = new ArrayList<>(chunk.comments());
      if (aliases.size() == 1) {
        all.addAll(aliases.get(0).inline());
      }
      String line = head + String.join(", ", aliases.stream().map(Alias::text).toList());
      line += suffix(all);
      Alias first = aliases.get(0);
      boolean star = first.name().equals("*");
      // a comment that was above a name inside parentheses stays there, which reads back the same
      boolean exploded =
          first.plain() && aliases.stream().anyMatch(a -> magicNames.contains(a.text()))
              || aliases.size() == 1 && magicAlone.contains(first.text())
              || !first.above().isEmpty();
      if (star || line.length() <= width && !exploded) {
        out.add(line);
        return;
      }
      out.add(head + "(" + suffix(chunk.comments()));
      for (Alias a : aliases) {
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
    private final List<StatementComment> statement = new ArrayList<>();
    private boolean alone;

    Merged(Alias first) {
      this.first = first;
    }

    void add(List<String> moreAbove, Alias duplicate) {
      above.addAll(moreAbove);
      inline.addAll(duplicate.inline());
      statement.addAll(duplicate.statement());
      alone |= duplicate.alone() && !duplicate.statement().isEmpty();
    }

    Alias alias() {
      return new Alias(first.name(), first.asName(), above, inline, statement, alone);
    }
  }
}
