package pyfix.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pyfix.testing.Oracle;

class JsonTextTest {
  private static final List<String> SAMPLES =
      List.of(
          "plain",
          "quote \" and backslash \\ and slash /",
          "tab\t cr\r lf\n ff\f bs\b nul\u0000 us\u001f del\u007f",
          "\u00e9 \u20ac \uD83D\uDE00 \u2028 \u0085 \uFEFF",
          "");

  @Test
  void stringsAreWrittenAsPythonsJsonWritesThem() throws Exception {
    String samples = new ObjectMapper().writeValueAsString(SAMPLES);
    String python =
        Oracle.PYTHON3.run(
            "-c",
            "import json, sys\n"
                + "for s in json.loads(sys.argv[1]):\n"
                + "    print(json.dumps(s, ensure_ascii=False))\n"
                + "    print(json.dumps(s, ensure_ascii=True))\n",
            samples);
    List<String> ours = new ArrayList<>();
    for (String s : SAMPLES) {
      ours.add(JsonText.string(s, false));
      ours.add(JsonText.string(s, true));
    }
    // python prints U+2028 and U+0085 raw; split on \n only
    assertEquals(List.of(python.split("\n", -1)).subList(0, ours.size()), ours);
  }

  @Test
  void linesSplitAsPythonsSplitlinesKeepingEnds() throws Exception {
    String text = "a\nb\r\nc\rd\u000be\u000cf\u001cg\u0085h\u2028i\u2029j\n\nk";
    String python =
        Oracle.PYTHON3.run(
            "-c", "import json, sys\nprint(json.dumps(sys.argv[1].splitlines(True)))\n", text);
    List<?> expected = new ObjectMapper().readValue(python, List.class);
    assertEquals(expected, JsonText.splitLines(text));
    assertEquals(List.of(), JsonText.splitLines(""));
    assertEquals(List.of("x\n"), JsonText.splitLines("x\n"));
  }
}
