package pyfix.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import pyfix.fix.Finding;
import pyfix.source.SourceException;

/** Turns an analysis into the diagnostics an editor shows. */
final class Diagnostics {
  /** The name editors show beside each diagnostic. */
  static final String SOURCE = "pyfix";

  // the rules whose flagged text can simply go, which editors show faded
  private static final Set<String> UNNECESSARY = Set.of("W291", "W293");

  private final RuleDocs docs;

  Diagnostics(RuleDocs docs) {
    this.docs = docs;
  }

  /** One diagnostic per finding, or one error where the text does not parse. */
  List<Diagnostic> of(Analysis analysis) {
    if (analysis.error() != null) {
      return List.of(syntaxError(analysis.error()));
    }
    Positions positions = new Positions(analysis.checked());
    List<Diagnostic> out = new ArrayList<>();
    for (Finding f : analysis.findings()) {
      out.add(diagnostic(positions, f));
    }
    return out;
  }

  /** The diagnostic of finding {@code f}. */
  Diagnostic diagnostic(Positions positions, Finding f) {
    Diagnostic d =
        new Diagnostic(
            positions.range(f.start(), f.end()), f.describe(), DiagnosticSeverity.Warning, SOURCE);
    d.setCode(f.code());
    docs.link(f.code()).ifPresent(uri -> d.setCodeDescription(new DiagnosticCodeDescription(uri)));
    if (UNNECESSARY.contains(f.code())) {
      d.setTags(List.of(DiagnosticTag.Unnecessary));
    }
    return d;
  }

  private static Diagnostic syntaxError(SourceException e) {
    Position at = new Position(Math.max(0, e.line() - 1), Math.max(0, e.column() - 1));
    return new Diagnostic(
        new Range(at, at), "SyntaxError: " + e.getMessage(), DiagnosticSeverity.Error, SOURCE);
  }
}
