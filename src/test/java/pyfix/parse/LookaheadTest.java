package pyfix.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.atn.DecisionInfo;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.junit.jupiter.api.Test;
import pyfix.Corpus;
import pyfix.source.SourceFile;
import pyfix.source.Tokenizer;

/**
 * Keeps the grammar fast: ANTLR's decision profiler, over real code, must find no decision that
 * looks further than {@value #MAX_LOOKAHEAD} tokens ahead and no fallback to full-LL prediction.
 */
class LookaheadTest {
  /** `is not` / `not in` need three tokens; every other decision needs at most two. */
  private static final int MAX_LOOKAHEAD = 3;

  @Test
  void noDecisionNeedsDeepLookaheadOnTheStandardLibrary() throws Exception {
    List<Path> files = Corpus.stdlibFiles();
    assumeTrue(!files.isEmpty(), Corpus.missingReason());
    long[] maxLook = null;
    long[] fallbacks = null;
    int profiled = 0;
    for (int i = 0; i < files.size(); i += 4) {
      DecisionInfo[] decisions = profile(files.get(i));
      if (decisions == null) {
        continue;
      }
      if (maxLook == null) {
        maxLook = new long[decisions.length];
        fallbacks = new long[decisions.length];
      }
      for (DecisionInfo d : decisions) {
        maxLook[d.decision] = Math.max(maxLook[d.decision], d.SLL_MaxLook);
        fallbacks[d.decision] += d.LL_Fallback;
      }
      profiled++;
    }
    assertTrue(profiled > 100, "too few files profiled: " + profiled);
    List<String> deep = new ArrayList<>();
    long totalFallbacks = 0;
    for (int d = 0; d < maxLook.length; d++) {
      if (maxLook[d] > MAX_LOOKAHEAD) {
        deep.add("decision " + d + " looks " + maxLook[d] + " tokens ahead");
      }
      totalFallbacks += fallbacks[d];
    }
    assertEquals(List.of(), deep);
    assertEquals(0, totalFallbacks, "full-LL fallbacks");
  }

  /** The decision statistics of one SLL parse, or null for a file that is not valid Python. */
  private static DecisionInfo[] profile(Path file) throws IOException {
    try {
      String text = SourceFile.decode(Files.readAllBytes(file)).text();
      PythonParser parser = new PythonParser(ParserTokens.of(text, Tokenizer.tokenize(text)));
      parser.removeErrorListeners();
      parser.setErrorHandler(FirstErrorStrategy.cancelling());
      parser.setProfile(true);
      parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
      parser.file();
      return parser.getParseInfo().getDecisionInfo();
    } catch (Exception e) {
      return null;
    }
  }
}
