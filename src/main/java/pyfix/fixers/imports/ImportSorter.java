package pyfix.fixers.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pyfix.fix.Settings;
import pyfix.fix.options.ImportStyle;
import pyfix.fix.options.SorterOptions;
import pyfix.fixers.common.Pragmas;

/**
 * Turns the statements of one import block into the lines isort (or Ruff) prints for them under the
 * sorter options: sections in order with a blank line between, {@code import} lines before {@code
 * from} lines, duplicates dropped, {@code from} imports of one module merged, and lines too long
 * wrapped in parentheses with one name per line.
 */
final class ImportSorter {
  // isort's reverse_relative reading of a relative import under force-sort-within-sections
  private static final Pattern RELATIVE = Pattern.compile("from (\\.+)\\s*(.*)");

  /** One object for every use, as {@link SortKeys#NATURAL} is. */
  private static final Function<Alias, String> NAME = Alias::name;

  private final Settings settings;
  private final SorterOptions options;
  private final boolean ruff;
  private final int width;
  private final String indentUnit;
  private final ImportOrder printed;
  private final SortKeys keys;
  // Ruff's orders; isort's are SortKeys.isortStraight and isortNames
  private final Comparator<Alias> straightOrder;
  private final Comparator<Alias> nameOrder;
  private final Comparator<Statement> forcedOrder;
  private final IsortWrap isortWrap;
  private final Map<String, String> headings;

  /**
   * A sorter for blocks indented by {@code indent}, wrapping with one more {@code indentUnit}; with
   * {@code headings}, it writes each section's heading comment above it (the caller's block then
   * starts at the comment lines above its first import, so they are not written twice).
   */
  ImportSorter(Settings settings, String indent, String indentUnit, boolean headings) {
    this.settings = settings;
    this.options = settings.options().isort().sorter();
    this.headings = headings ? options.headings() : Map.of();
    this.ruff = options.style() == ImportStyle.RUFF;
    int lineLength = options.lineLength() > 0 ? options.lineLength() : settings.lineLength();
    this.width = lineLength - indent.length();
    this.indentUnit = indentUnit;
    this.isortWrap = new IsortWrap(options.wrapping(), width, indent.length());
    this.printed = new ImportOrder(settings);
    this.keys = new SortKeys(options);
    this.straightOrder = aliasOrder(keys.modules);
    Comparator<Alias> byName = aliasOrder(keys.names);
    // Ruff puts "*" first; isort sorts it among the names by its key (SortKeys.isortNames)
    this.nameOrder = Comparator.comparing((Alias a) -> !a.name().equals("*")).thenComparing(byName);
    // Ruff compares two `from` imports of one module by their first names as it orders names
    this.forcedOrder =
        ruff
            ? Comparator.comparing((Statement s) -> s.module, keys.modules)
                .thenComparing(s -> s.from)
                .thenComparing(s -> s.first, nameOrder)
            : Comparator.comparing(Statement::isortKey, SortKeys.NATURAL);
  }

  /** Names by {@code key} (which settles ties as the style does), then plain before {@code as}. */
  private static Comparator<Alias> aliasOrder(Comparator<String> key) {
    return Comparator.comparing(NAME, key)
        .thenComparing(a -> a.asName() != null)
        .thenComparing(a -> a.asName() == null ? "" : a.asName());
  }

  /** The effects of running the lines {@link #lines} returned. */
  ImportOrder printed() {
    return printed;
  }

  /** The sorted lines, without indentation or line breaks; blank lines are empty strings. */
  List<String> lines(List<ImportStatement> statements) {
    Map<String, Group> sections = new HashMap<>();
    for (ImportStatement given : statements) {
      ImportStatement s = withoutHeadings(given);
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
      Group group = sections.get(id);
      boolean lineBefore = !options.noLinesBefore().contains(id);
      if (group == null) {
        pending |= lineBefore;
        continue;
      }
      if (!lines.isEmpty() && (pending || lineBefore)) {
        lines.add("");
      }
      pending = false;
      String heading = headings.get(id);
      if (heading != null) {
        lines.add("# " + heading);
      }
      group.render(lines, id.equals(Section.FUTURE.id()));
    }
    return lines;
  }

  /** {@code s} without the comment lines above it that are a section's heading, put back later. */
  private ImportStatement withoutHeadings(ImportStatement s) {
    if (headings.isEmpty()) {
      return s;
    }
    List<String> above =
        s.above().stream().filter(c -> !headings.containsValue(c.substring(1).strip())).toList();
    return new ImportStatement(s.module(), s.aliases(), above, s.magicComma());
  }

  /**
   * One printed statement: its comment lines above, its lines, what it is sorted by, and its effect
   * on the names bound, recorded when it is placed.
   */
  private final class Statement {
    final List<String> comments;
    final List<String> lines = new ArrayList<>();
    final String module;
    final boolean from;
    final Alias first;
    final Runnable effect;

    Statement(List<String> comments, String module, boolean from, Alias first, Runnable effect) {
      this.comments = comments;
      this.module = module;
      this.from = from;
      this.first = first;
      this.effect = effect;
    }

    /**
     * isort's key under force-sort-within-sections: the statement's text, all its lines, without
     * its keyword ({@code from a import b} read as {@code a.b} when lexicographical, as {@code a}
     * when grouped by package), forced-to-top modules first.
     */
    String isortKey() {
      String line = String.join("\n", lines);
      Matcher relative = RELATIVE.matcher(line);
      if (options.closestRelativeFirst() && relative.lookingAt()) {
        // isort's pattern ends at the line break: the rest of a wrapped statement is left out
        line = "from " + relative.group(1) + " " + relative.group(2);
      }
      if (options.groupByPackage() && line.startsWith("from")) {
        line = line.split(" import", 2)[0];
      }
      line =
          (options.lexicographical() ? line.replace(" import ", ".") : line)
              .replaceFirst("^(from|import) ", "");
      String top = options.forceToTop().contains(line.split(" ", 2)[0]) ? "A" : "B";
      if (!options.orderByType()) {
        line = line.toLowerCase(Locale.ROOT);
      }
      return top + (options.lengthSort() ? String.valueOf(line.length()) : "") + line;
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
      if (ruff && !s.aliases().isEmpty()) {
        // Ruff keeps them above the statement that prints the statement's first name
        m.aboveByName
            .computeIfAbsent(s.aliases().get(0).text(), k -> new ArrayList<>())
            .addAll(s.above());
      } else {
        m.above.addAll(s.above());
      }
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

    /** Prints the section; {@code future}: it is the {@code __future__} section. */
    void render(List<String> out, boolean future) {
      List<Statement> straights = new ArrayList<>();
      List<Alias> aliases = straight.values().stream().map(Merged::alias).toList();
      (ruff ? aliases.stream().sorted(straightOrder).toList() : keys.isortStraight(aliases))
          .forEach(
              a -> {
                Statement s =
                    new Statement(a.above(), a.name(), false, a, () -> printed.straight(a));
                List<String> comments = lineComments(a);
                s.lines.add("import " + a.text() + (ruff ? asRuff(comments) : suffix(comments)));
                straights.add(s);
              });
      List<Statement> froms = new ArrayList<>();
      from.values().stream()
          .sorted(Comparator.comparing((FromModule m) -> m.module, keys.modules))
          .forEach(m -> m.statements(froms));
      // isort's blank line before a comment (ensure_newline_before_comments) follows any import
      // of the block, also one of a section merged by no_lines_before; Ruff's one of the section
      int sectionStart = ruff ? out.size() : 0;
      // Ruff prints `from __future__` imports before `import __future__`, as Python requires
      boolean futureFromsFirst = ruff && future;
      boolean fromFirst = options.fromFirst() || futureFromsFirst;
      List<Statement> first = fromFirst ? froms : straights;
      List<Statement> second = fromFirst ? straights : froms;
      if (options.forceSortWithinSections() && !futureFromsFirst) {
        // isort's sort is stable: lines its key ties keep the from-first order
        List<Statement> all = new ArrayList<>(first);
        all.addAll(second);
        all.sort(forcedOrder);
        all.forEach(s -> emit(out, sectionStart, s));
        return;
      }
      first.forEach(s -> emit(out, sectionStart, s));
      if (!first.isEmpty() && !second.isEmpty() && !futureFromsFirst) {
        for (int i = 0; i < options.linesBetweenTypes(); i++) {
          out.add("");
        }
      }
      second.forEach(s -> emit(out, sectionStart, s));
    }
  }

  /**
   * Own-line comments, after a blank line when they follow an import of the same section (unless
   * isort's {@code ensure_newline_before_comments} is off); Ruff adds it after the blank lines of
   * {@code lines-between-types} too.
   */
  private void emit(List<String> out, int sectionStart, Statement s) {
    boolean newline = ruff || options.wrapping().newlineBeforeComments();
    if (newline && !s.comments.isEmpty() && out.size() > sectionStart) {
      String last = out.get(out.size() - 1);
      if (ruff || !last.isEmpty() && !last.startsWith("#")) {
        out.add("");
      }
    }
    out.addAll(s.comments);
    out.addAll(s.lines);
    s.effect.run();
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

  /** Comments as Ruff prints them after code: each as written, two spaces before it. */
  private static String asRuff(List<String> comments) {
    StringBuilder s = new StringBuilder();
    comments.forEach(c -> s.append("  ").append(c.stripTrailing()));
    return s.toString();
  }

  /** The comments of a straight import line: its own, and its statement's. */
  private static List<String> lineComments(Alias a) {
    List<String> all = new ArrayList<>(a.inline());
    a.statement().forEach(c -> all.add(c.text()));
    return all;
  }

  /**
   * One {@code from} statement to print: its names, and the comments of the statements they came
   * from, which go on its first line (isort), or there and after its closing parenthesis (Ruff).
   */
  private record Chunk(List<Alias> names, List<StatementComment> comments) {
    // isort prints a name that carries a comment on a line of its own before the other names
    boolean commentedName() {
      Alias a = names.get(0);
      return names.size() == 1
          && a.asName() == null
          && !a.name().equals("*")
          && (!comments.isEmpty() || !a.inline().isEmpty());
    }

    /** The texts of its statement comments that Ruff prints on the first line, or after ")". */
    List<String> comments(boolean trailing) {
      return comments.stream().filter(c -> c.trailing() == trailing).map(c -> c.text()).toList();
    }
  }

  /** All {@code from} imports of one module in a section. */
  private final class FromModule {
    final String module;
    final List<String> above = new ArrayList<>();
    // Ruff style: the comment lines above each statement, by the statement's first name
    final Map<String, List<String>> aboveByName = new LinkedHashMap<>();
    final Map<String, Merged> names = new LinkedHashMap<>();
    // Names that came from a statement with a magic trailing comma keep their chunk exploded.
    final Set<String> magicNames = new HashSet<>();
    // Names that were the only one of such a statement, which stay exploded even with "as".
    final Set<String> magicAlone = new HashSet<>();
    // isort style: the names that have an "as" import, which isort prints each on its own, in place
    // (the plain import of such a name too), unless it combines "as" imports
    final Set<String> asImported = new HashSet<>();

    FromModule(String module) {
      this.module = module;
    }

    /** Adds this module's statements to {@code out}, one per chunk of names that share one. */
    void statements(List<Statement> out) {
      List<Chunk> chunks = chunks();
      if (ruff) {
        // Ruff orders a module's statements by their first name
        chunks.sort(Comparator.comparing(c -> c.names().get(0), nameOrder));
      }
      long shared = chunks.stream().filter(c -> joinable(c.names().get(0))).count();
      for (int i = 0; i < chunks.size(); i++) {
        List<Alias> names = chunks.get(i).names();
        Statement s =
            new Statement(
                ruff ? aboveOf(names) : i == 0 ? above : List.of(),
                module,
                true,
                names.get(0),
                () -> printed.from(module, names));
        statement(s.lines, chunks.get(i), shared);
        out.add(s);
      }
    }

    private List<String> aboveOf(List<Alias> chunk) {
      Set<String> texts = new HashSet<>();
      chunk.forEach(a -> texts.add(a.text()));
      List<String> comments = new ArrayList<>();
      aboveByName.forEach(
          (name, lines) -> {
            if (texts.contains(name)) {
              comments.addAll(lines);
            }
          });
      return comments;
    }

    /** Whether {@code a} can share a statement with other names of its module. */
    private boolean joinable(Alias a) {
      if (ruff) {
        // Ruff keeps a commented name in the statement, which it then prints exploded
        return !a.name().equals("*") && (a.asName() == null || options.combineAsImports());
      }
      return a.plain() && !asImported.contains(a.name())
          || options.combineAsImports()
              && a.asName() != null
              && a.above().isEmpty()
              && !a.carriesComment();
    }

    private boolean singleLine() {
      return options.forceSingleLine() && !options.singleLineExclusions().contains(module);
    }

    /**
     * The names in isort's order, cut into statements: consecutive plain names under the same
     * pragmas share one. A pragma goes on every statement holding a name of its statement, any
     * other statement comment on the first.
     */
    private List<Chunk> chunks() {
      List<Alias> merged = names.values().stream().map(Merged::alias).toList();
      List<Alias> sorted =
          ruff ? merged.stream().sorted(nameOrder).toList() : keys.isortNames(merged);
      if (!ruff && !options.combineAsImports()) {
        sorted.stream().filter(a -> a.asName() != null).forEach(a -> asImported.add(a.name()));
      }
      if (!ruff && !singleLine()) {
        sorted = isortSequence(sorted);
      }
      List<List<Alias>> groups = new ArrayList<>();
      // Ruff gathers all joinable names in one statement, isort only consecutive ones; names under
      // different pragmas never share a line, so that no pragma covers a new name
      Map<List<String>, List<Alias>> shared = new HashMap<>();
      for (Alias a : sorted) {
        List<Alias> last =
            ruff
                ? shared.get(a.pragmas())
                : groups.isEmpty() ? null : groups.get(groups.size() - 1);
        boolean joins =
            !singleLine()
                && joinable(a)
                && last != null
                && joinable(last.get(0))
                && last.get(0).pragmas().equals(a.pragmas());
        if (joins) {
          last.add(a);
        } else {
          groups.add(new ArrayList<>(List.of(a)));
          if (joinable(a)) {
            shared.putIfAbsent(a.pragmas(), groups.get(groups.size() - 1));
          }
        }
      }
      Set<Integer> placed = new HashSet<>();
      List<Chunk> chunks = new ArrayList<>();
      for (List<Alias> group : groups) {
        Map<Integer, StatementComment> comments = new LinkedHashMap<>();
        for (Alias a : group) {
          for (StatementComment c : a.statement()) {
            if (c.pragma() || placed.add(c.offset())) {
              comments.putIfAbsent(c.offset(), c);
            }
          }
        }
        List<StatementComment> ordered = new ArrayList<>(comments.values());
        if (ruff) {
          ordered.sort(Comparator.comparingInt(StatementComment::offset)); // Ruff's: source order
        }
        chunks.add(new Chunk(group, ordered));
      }
      return chunks;
    }

    /**
     * The names in the order isort prints them, which is no sort order: it takes the sorted names
     * in rounds, each printing the names at the front that have an {@code as} import (unless it
     * combines those), then {@code *}, then every name left that carries a comment, each alone,
     * then the names up to the next one with an {@code as} import, together.
     */
    private List<Alias> isortSequence(List<Alias> sorted) {
      List<Alias> left = new ArrayList<>(sorted);
      List<Alias> out = new ArrayList<>();
      while (!left.isEmpty()) {
        while (!left.isEmpty() && asImported.contains(left.get(0).name())) {
          out.add(left.remove(0));
        }
        moveAll(left, out, a -> a.name().equals("*"));
        moveAll(left, out, a -> a.asName() == null && !a.name().equals("*") && a.carriesComment());
        while (!left.isEmpty() && !asImported.contains(left.get(0).name())) {
          out.add(left.remove(0));
        }
      }
      return out;
    }

    private static void moveAll(List<Alias> from, List<Alias> to, Predicate<Alias> which) {
      for (Iterator<Alias> i = from.iterator(); i.hasNext(); ) {
        Alias a = i.next();
        if (which.test(a)) {
          to.add(a);
          i.remove();
        }
      }
    }

    private void statement(List<String> out, Chunk chunk, long sharedChunks) {
      List<Alias> aliases = chunk.names();
      String head = "from " + module + " import ";
      if (ruff) {
        ruffStatement(out, chunk, head);
        return;
      }
      List<String> all =
          new ArrayList<>(chunk.comments().stream().map(StatementComment::text).toList());
      if (aliases.size() == 1) {
        all.addAll(aliases.get(0).inline());
      }
      String line = head + String.join(", ", aliases.stream().map(Alias::text).toList());
      line += suffix(all);
      Alias first = aliases.get(0);
      boolean star = first.name().equals("*");
      // a comment that was above a name inside parentheses stays there, which reads back the same
      // isort splits a statement around its aliases and keeps no part exploded
      boolean magic =
          options.splitOnTrailingComma()
              && !singleLine()
              && (first.plain()
                      && sharedChunks == 1
                      && aliases.stream().anyMatch(a -> magicNames.contains(a.text()))
                  || aliases.size() == 1 && magicAlone.contains(first.text()));
      boolean wrapAliases = wrapsAliases(aliases);
      boolean exploded = magic || wrapAliases || !first.above().isEmpty();
      if (!star && first.above().isEmpty()) {
        // isort prints a name with a comment of its own (also the only name of a straight
        // `from` import), and each forced single line, on its own, and wraps it with the comment
        // after the name; a statement's comment, and a pragma always, goes on the first line
        boolean nested =
            !first.inline().isEmpty()
                || first.alone() && !chunk.comments().stream().allMatch(StatementComment::pragma);
        // an `as` import on its own, and a plain name that also has one, isort wraps the same way,
        // whatever its wrap mode, which the black profile's matches only with parentheses
        boolean asImport =
            aliases.size() == 1
                && (first.asName() != null || asImported.contains(first.name()))
                && !options.combineAsImports()
                && !(options.wrapping().black() && options.wrapping().useParentheses());
        boolean alone = chunk.commentedName() && nested || singleLine() || asImport;
        String wrapped =
            alone
                ? single(head, first, suffix(all))
                : options.wrapping().black() || wrapAliases
                    ? null
                    : isortWrap.from(
                        head, aliases.stream().map(Alias::text).toList(), suffix(all), magic);
        if (wrapped != null) {
          out.addAll(List.of(wrapped.split("\n", -1)));
          return;
        }
      }
      if (star || line.length() <= width && !exploded) {
        out.add(line);
        return;
      }
      out.add(head + "(" + suffix(chunk.comments(false)));
      for (Alias a : aliases) {
        for (String comment : a.above()) {
          out.add(indentUnit + comment);
        }
        out.add(indentUnit + a.text() + "," + suffix(a.inline()));
      }
      out.add(")");
    }

    /**
     * One name on a statement of its own, wrapped as isort's line wrap does, with its comment. An
     * {@code as} import's comment is added after the wrap, so that it never makes the line wrap,
     * under force-single-line, where isort adds it so, and when it holds a pragma, which a wrap
     * could move off the line the import is reported on.
     */
    private String single(String head, Alias name, String comment) {
      if (name.asName() == null || comment.isEmpty() || !singleLine() && !Pragmas.in(comment)) {
        // a pragma goes after the parenthesis, where mypy reads it, unless it already followed
        // the name on its own line, where isort keeps it
        boolean pragmaFirst = name.inline().stream().noneMatch(Pragmas::in);
        return isortWrap.single(head, name.text(), comment, pragmaFirst);
      }
      String code = isortWrap.single(head, name.text(), "", true);
      return code == null ? null : code + comment;
    }

    /**
     * Prints {@code chunk} as Ruff does: on one line when it fits and no name but a lone one has
     * comments, else one name per line; each comment as written, in source order.
     */
    private void ruffStatement(List<String> out, Chunk chunk, String head) {
      List<Alias> aliases = chunk.names();
      boolean magic =
          options.splitOnTrailingComma()
              && !singleLine()
              && aliases.stream().anyMatch(a -> magicNames.contains(a.text()));
      boolean commented =
          aliases.size() > 1
              && aliases.stream().anyMatch(a -> a.carriesComment() || !a.above().isEmpty());
      List<String> comments = new ArrayList<>(chunk.comments(false));
      for (Alias a : aliases) {
        comments.addAll(a.above());
        comments.addAll(a.inline());
        comments.addAll(a.after());
      }
      comments.addAll(chunk.comments(true));
      String code = head + String.join(", ", aliases.stream().map(Alias::text).toList());
      // Ruff leaves the comments out of the width it measures when they hold a pragma
      String written = asRuff(comments);
      boolean widthless = !written.isEmpty() && Pragmas.leftOutOfWidth(written.strip());
      int measured = code.length() + (widthless ? 0 : written.length());
      boolean star = aliases.get(0).name().equals("*");
      if (star || measured <= width && !magic && !commented && !wrapsAliases(aliases)) {
        out.add(code + asRuff(comments));
        return;
      }
      out.add(head + "(" + asRuff(chunk.comments(false)));
      for (Alias a : aliases) {
        a.above().forEach(c -> out.add(indentUnit + c));
        out.add(indentUnit + a.text() + "," + asRuff(a.inline()));
        a.after().forEach(c -> out.add(indentUnit + c));
      }
      out.add(")" + asRuff(chunk.comments(true)));
    }

    private boolean wrapsAliases(List<Alias> aliases) {
      return options.forceWrapAliases()
          && aliases.size() > 1
          && aliases.stream().anyMatch(a -> a.asName() != null);
    }
  }

  /** One alias and the comments of all its duplicates. */
  private static final class Merged {
    private final Alias first;
    private final List<String> above = new ArrayList<>();
    private final List<String> inline = new ArrayList<>();
    private final List<String> after = new ArrayList<>();
    private final List<StatementComment> statement = new ArrayList<>();
    private boolean alone;

    Merged(Alias first) {
      this.first = first;
    }

    void add(List<String> moreAbove, Alias duplicate) {
      above.addAll(moreAbove);
      inline.addAll(duplicate.inline());
      after.addAll(duplicate.after());
      statement.addAll(duplicate.statement());
      alone |= duplicate.alone() && !duplicate.statement().isEmpty();
    }

    Alias alias() {
      return new Alias(first.name(), first.asName(), above, inline, after, statement, alone);
    }
  }
}
