package pyfix.fixers.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import pyfix.Corpus;
import pyfix.Pyfix;
import pyfix.fix.FileResult;
import pyfix.fix.Settings;
import pyfix.parse.ParsedFile;
import pyfix.parse.ParserToken;
import pyfix.parse.PyfixSyntaxException;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonVersion;
import pyfix.source.DecodingException;
import pyfix.source.SourceFile;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/**
 * Runs I001 over the standard library: every output parses, imports the same names, keeps every
 * other statement in order, keeps every comment, and a second run changes nothing.
 */
class UnsortedImportsCorpusTest {
  private static final Settings I001 =
      new Settings(88, PythonVersion.PY39, List.of("I001"), List.of(), false);

  @Test
  void sortingKeepsNamesCodeAndComments() throws IOException {
    List<Path> files = Corpus.stdlibFiles();
    Assumptions.assumeFalse(files.isEmpty(), Corpus.missingReason());
    List<String> problems = new ArrayList<>();
    int changed = 0;
    for (Path file : files) {
      String text;
      FileResult result;
      try {
        text = SourceFile.decode(Files.readAllBytes(file)).text();
        result = Pyfix.fix(text, I001);
      } catch (DecodingException | PyfixSyntaxException e) {
        continue;
      }
      if (result.output().equals(text)) {
        continue;
      }
      changed++;
      String problem = compare(text, result);
      if (problem != null) {
        problems.add(file + ": " + problem);
      }
    }
    System.out.println("I001 corpus: " + changed + " of " + files.size() + " files sorted");
    assertEquals(List.of(), problems.subList(0, Math.min(problems.size(), 20)));
    Corpus.assertCompared("UnsortedImportsCorpusTest", files.size(), Corpus.STDLIB_FLOOR);
  }

  private static String compare(String before, FileResult result) {
    if (!(result.internalErrors().isEmpty() && result.dropped().isEmpty())) {
      return "internal errors " + result.internalErrors() + result.dropped();
    }
    ParsedFile a;
    ParsedFile b;
    try {
      a = ParsedFile.parse(before);
      b = ParsedFile.parse(result.output());
      if (!Pyfix.fix(result.output(), I001).output().equals(result.output())) {
        return "a second run changes the output";
      }
    } catch (PyfixSyntaxException e) {
      return "output does not parse: " + e.getMessage();
    }
    if (!imports(a).equals(imports(b))) {
      return "imported names differ: " + imports(a) + " vs " + imports(b);
    }
    if (!code(a).equals(code(b))) {
      return "the code around the imports changed";
    }
    if (!comments(a).equals(comments(b))) {
      return "comments differ: " + comments(a) + " vs " + comments(b);
    }
    return null;
  }

  /** Every imported binding, as {@code scope-depth: module name as alias}. */
  private static TreeSet<String> imports(ParsedFile file) {
    TreeSet<String> names = new TreeSet<>();
    collect(file.tree(), 0, names);
    return names;
  }

  private static void collect(ParseTree node, int depth, TreeSet<String> names) {
    if (node instanceof PythonParser.ImportStatementContext s) {
      for (PythonParser.DottedAsNameContext d : s.dottedAsName()) {
        names.add(depth + ": import " + d.dottedName().getText() + " as " + d.NAME());
      }
      return;
    }
    if (node instanceof PythonParser.FromImportStatementContext s) {
      StringBuilder module = new StringBuilder();
      for (int i = 1; !s.getChild(i).getText().equals("import"); i++) {
        module.append(s.getChild(i).getText());
      }
      if (s.importAsName().isEmpty()) {
        names.add(depth + ": from " + module + " import *");
      }
      for (PythonParser.ImportAsNameContext n : s.importAsName()) {
        names.add(depth + ": from " + module + " import " + n.getText());
      }
      return;
    }
    int inner = node instanceof PythonParser.BlockContext ? depth + 1 : depth;
    for (int i = 0; i < node.getChildCount(); i++) {
      if (!(node.getChild(i) instanceof TerminalNode)) {
        collect(node.getChild(i), inner, names);
      }
    }
  }

  /** The significant tokens outside import statements, in order. */
  private static List<String> code(ParsedFile file) {
    boolean[] inImport = new boolean[file.tokens().size()];
    mark(file.tree(), inImport);
    List<String> code = new ArrayList<>();
    for (int i = 0; i < inImport.length; i++) {
      Token t = file.tokens().get(i);
      TokenKind k = t.kind();
      if (!inImport[i] && !k.isTrivia() && k != TokenKind.NEWLINE && k != TokenKind.INDENT) {
        code.add(k + " " + t.text(file.text()));
      }
    }
    return code;
  }

  private static void mark(ParseTree node, boolean[] inImport) {
    if (node instanceof PythonParser.SimpleStatementsContext s
        && s.simpleStatement().stream()
            .allMatch(
                x ->
                    x instanceof PythonParser.ImportStatementContext
                        || x instanceof PythonParser.FromImportStatementContext)) {
      int from = ((ParserToken) s.getStart()).sourceIndex();
      int to = ((ParserToken) s.getStop()).sourceIndex();
      for (int i = from; i <= to; i++) {
        inImport[i] = true;
      }
      return;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      if (!(node.getChild(i) instanceof TerminalNode)) {
        mark(node.getChild(i), inImport);
      }
    }
  }

  /** Comment texts after the {@code #}, split where isort joins comments with {@code ;}. */
  private static Map<String, Integer> comments(ParsedFile file) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Token t : file.tokens()) {
      if (t.kind() == TokenKind.COMMENT) {
        for (String part : t.text(file.text()).substring(1).split(";")) {
          counts.merge(part.strip(), 1, Integer::sum);
        }
      }
    }
    return counts;
  }
}
