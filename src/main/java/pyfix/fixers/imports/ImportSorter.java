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
import pyfix.fix.options.ImportStyle;
import pyfix.fix.options.SorterOptions;

/**
 * Turns the statements of one import block into the lines isort (or Ruff) prints for them under the
 * sorter options: sections in order with a blank line between, {@code import} lines before {@code
 * from} lines, duplicates dropped, {@code from} imports of one module merged, and lines too long
 * wrapped in parentheses with one name per line.
 */
final class ImportSorter {
  private final Settings settings;
  private final SorterOptions options;
  private final boolean ruff;
  private final int width;
  private final String indentUnit;
  private final Comparator<Alias> straightOrder;
  private final Comparator<Alias> nameOrder;
  private final Comparator<Statement> forcedOrder;

  /** A sorter for blocks indented by {@code indent}, wrapping with one more {@code indentUnit}. */
  ImportSorter(Settings settings, String indent, String indentUnit) {
    this.settings = settings;
    this.options = settings.options().isort().sorter();
    this.ruff = options.style() == ImportStyle.RUFF;
    int lineLength = options.lineLength() > 0 ? options.lineLength() : settings.lineLength();
    this.width = lineLength - indent.length();
    this.indentUnit = indentUnit;
    SortKeys keys = new SortKeys(options);
    this.straightOrder =
        Comparator.comparing(Alias::name, keys.modules)
            .thenComparing(a -> a.asName() != null)
            .thenComparing(a -> a.asName() == null ? "" : a.asName());
    Comparator<Alias> byName =
        Comparator.comparing(Alias::name, keys.names)
            .thenComparing(a -> a.asName() != null)
            .thenComparing(a -> a.asName() == null ? "" : a.asName());
    this.nameOrder =
        Comparator.comparing((Alias a) -> !a.name().equals("*"))
            // isort prints names that carry a comment, each on its own line, before the others
            .thenComparing(a -> ruff || a.asName() != null || a.inline().isEmpty())
            .thenComparing(byName);
    this.forcedOrder =
        ruff
            ? Comparator.comparing((Statement s) -> s.module, keys.modules)
                .thenComparing(s -> s.from)
                .thenComparing(s -> s.first, byName)
            : Comparator.comparing(Statement::isortKey, SortKeys::natural);
  }

  /** The sorted lines, without indentation or line breaks; blank lines are empty strings. */
  List<String> lines(List<ImportStatement> statements) {
    Map<Section, Group> sections = new EnumMap<>(Section.class);
    for (ImportStatement s : statements) {
      if (s.from()) {
        sections
            .computeIfAbsent(ModuleSections.of(s.module(), settings), k -> new Group())
            .addFrom(s);
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
    // as isort and Ruff do, an empty section without no-lines-before still asks for a blank line
    boolean pending = false;
    for (String id : options.sectionOrder()) {
      Group group = sections.get(Section.withId(id));
      boolean lineBefore = !options.noLinesBefore().contains(id);
      if (group == null) {
        pending |= lineBefore;
        continue;
      }
      if (!lines.isEmpty() && (pending || lineBefore)) {
        lines.add("");
      }
      pending = false;
      group.render(lines);
    }
    return lines;
  }

  /** One printed statement: its comment lines above, its lines, and what it is sorted by. */
  private final class Statement {
    final List<String> comments;
    final List<String> lines = new ArrayList<>();
    final String module;
    final boolean from;
    final Alias first;

    Statement(List<String> comments, String module, boolean from, Alias first) {
      this.comments = comments;
      this.module = module;
      this.from = from;
      this.first = first;
    }

    /** isort's key under force-sort-within-sections: the first line without its keyword. */
    String isortKey() {
      String line = lines.get(0).replaceFirst("^(from|import) ", "");
      if (options.closestRelativeFirst()) {
        line = line.replaceFirst("^(\\.+)", "$1 ");
      }
      if (!options.orderByType()) {
        line = line.toLowerCase(java.util.Locale.ROOT);
      }
      return (options.lengthSort() ? String.valueOf(line.length()) : "") + line;
    }
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
      List<Statement> straights = new ArrayList<>();
      straight.values().stream()
          .map(Merged::alias)
          .sorted(straightOrder)
          .forEach(
              a -> {
                Statement s = new Statement(a.above(), a.name(), false, a);
                s.lines.add("import " + a.text() + suffix(a.inline()));
                straights.add(s);
              });
      List<Statement> froms = new ArrayList<>();
      from.values().stream()
          .sorted(Comparator.comparing((FromModule m) -> m.module, new SortKeys(options).modules))
          .forEach(m -> m.statements(froms));
      int sectionStart = out.size();
      if (options.forceSortWithinSections()) {
        List<Statement> all = new ArrayList<>(straights);
        all.addAll(froms);
        all.sort(forcedOrder);
        all.forEach(s -> emit(out, sectionStart, s));
        return;
      }
      List<Statement> first = options.fromFirst() ? froms : straights;
      List<Statement> second = options.fromFirst() ? straights : froms;
      first.forEach(s -> emit(out, sectionStart, s));
      if (!first.isEmpty() && !second.isEmpty()) {
        for (int i = 0; i < options.linesBetweenTypes(); i++) {
          out.add("");
        }
      }
      second.forEach(s -> emit(out, sectionStart, s));
    }
  }

  /** Own-line comments, after a blank line when they follow an import of the same section. */
  private static void emit(List<String> out, int sectionStart, Statement s) {
    if (!s.comments.isEmpty() && out.size() > sectionStart) {
      String last = out.get(out.size() - 1);
      if (!last.isEmpty() && !last.startsWith("#")) {
        out.add("");
      }
    }
    out.addAll(s.comments);
    out.addAll(s.lines);
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

    /** Adds this module's statements to {@code out}: one per chunk of names that share one. */
    void statements(List<Statement> out) {
      List<Alias> sorted = names.values().stream().map(Merged::alias).sorted(nameOrder).toList();
      boolean single =
          options.forceSingleLine() && !options.singleLineExclusions().contains(module);
      List<List<Alias>> chunks = new ArrayList<>();
      List<Alias> shared = null;
      for (Alias a : sorted) {
        if (!single && ruff && a.asName() != null && !options.combineAsImports()) {
          chunks.add(new ArrayList<>(List.of(a))); // Ruff gives each alias its own statement
        } else if (!single && joinable(a) && (ruff || isLastShared(chunks, shared))) {
          if (shared == null) {
            shared = new ArrayList<>();
            chunks.add(shared);
          }
          shared.add(a);
        } else {
          shared = ruff ? shared : null;
          chunks.add(new ArrayList<>(List.of(a)));
        }
      }
      if (ruff) {
        chunks.sort(Comparator.comparing(c -> c.get(0), nameOrder));
      }
      long sharedChunks = chunks.stream().filter(c -> joinable(c.get(0))).count();
      for (int i = 0; i < chunks.size(); i++) {
        List<Alias> chunk = chunks.get(i);
        Statement s = new Statement(i == 0 ? above : List.of(), module, true, chunk.get(0));
        statement(s.lines, chunk, i == 0 ? inline : List.of(), single, sharedChunks);
        out.add(s);
      }
    }

    private static boolean isLastShared(List<List<Alias>> chunks, List<Alias> shared) {
      return shared == null || !chunks.isEmpty() && chunks.get(chunks.size() - 1) == shared;
    }

    /** Whether {@code a} can share a statement with other names of its module. */
    private boolean joinable(Alias a) {
      if (ruff) {
        // Ruff keeps a commented name in the statement, which it then prints exploded
        return !a.name().equals("*") && (a.asName() == null || options.combineAsImports());
      }
      return a.plain() || options.combineAsImports() && a.asName() != null && commentless(a);
    }

    private static boolean commentless(Alias a) {
      return a.above().isEmpty() && a.inline().isEmpty();
    }

    private void statement(
        List<String> out, List<Alias> chunk, List<String> own, boolean single, long sharedChunks) {
      String head = "from " + module + " import ";
      List<String> all = new ArrayList<>(own);
      if (chunk.size() == 1) {
        all.addAll(chunk.get(0).inline());
      }
      String names = String.join(", ", chunk.stream().map(Alias::text).toList());
      String line = head + names + suffix(all);
      boolean star = chunk.get(0).name().equals("*");
      boolean magic =
          options.splitOnTrailingComma()
              && !single
              && chunk.stream().anyMatch(a -> magicNames.contains(a.text()))
              // isort splits a statement around its aliases and keeps none of the parts exploded
              && (ruff || joinable(chunk.get(0)) && sharedChunks == 1);
      boolean wrapAliases =
          options.forceWrapAliases()
              && chunk.size() > 1
              && chunk.stream().anyMatch(a -> a.asName() != null);
      // a comment that was above a name inside parentheses stays there, which reads back the same
      boolean commented = ruff && chunk.size() > 1 && chunk.stream().anyMatch(a -> !commentless(a));
      boolean exploded = magic || wrapAliases || commented || !chunk.get(0).above().isEmpty();
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
