package pyfix.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetSyntaxTest {
  private static List<Feature> features(String text, PythonVersion target) throws Exception {
    return TargetSyntax.newerThan(ParsedFile.parse(text), target).stream()
        .map(TargetSyntax.Use::feature)
        .toList();
  }

  @Test
  void findsEachFeatureOnlyBelowTheVersionThatHasIt() throws Exception {
    String text =
        """
        with (open(a) as f, open(b) as g):
            pass
        match x:
            case 1:
                pass
        try:
            pass
        except* E:
            pass
        y = a[*b]
        s = f'{d['k']}'
        def f[T = int](): pass
        type X = int
        try:
            pass
        except A, B:
            pass
        t = t'{x}'
        """;
    assertEquals(
        List.of(
            Feature.PARENTHESIZED_CONTEXT_MANAGERS,
            Feature.MATCH_STATEMENT,
            Feature.EXCEPT_STAR,
            Feature.STARRED_SUBSCRIPT,
            Feature.PEP701_FSTRINGS,
            Feature.TYPE_PARAMETERS,
            Feature.TYPE_PARAMETER_DEFAULTS,
            Feature.TYPE_ALIAS_STATEMENT,
            Feature.UNPARENTHESIZED_EXCEPT,
            Feature.TEMPLATE_STRINGS),
        features(text, PythonVersion.PY38));
    assertEquals(
        List.of(
            Feature.PEP701_FSTRINGS,
            Feature.TYPE_PARAMETERS,
            Feature.TYPE_PARAMETER_DEFAULTS,
            Feature.TYPE_ALIAS_STATEMENT,
            Feature.UNPARENTHESIZED_EXCEPT,
            Feature.TEMPLATE_STRINGS),
        features(text, PythonVersion.PY311));
    assertEquals(List.of(), features(text, PythonVersion.PY314));
  }

  @Test
  void leavesAloneWhatOlderParsersReadAnotherWay() throws Exception {
    String text = "with (a, b):\n    pass\ntry:\n    pass\nexcept (A, B):\n    pass\nx = a[b, c]\n";
    assertEquals(List.of(), features(text, PythonVersion.PY38));
  }

  @Test
  void namesTheVersionAUseNeeds() {
    assertEquals(
        "the match statement needs Python 3.10 or newer",
        new TargetSyntax.Use(Feature.MATCH_STATEMENT, 1, 1).describe());
  }
}
