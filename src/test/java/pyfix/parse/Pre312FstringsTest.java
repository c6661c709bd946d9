package pyfix.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class Pre312FstringsTest {

  private static List<String> reasons(String code) throws Exception {
    return Pre312Fstrings.in(ParsedFile.parse(code)).stream()
        .map(v -> v.line() + ":" + v.column() + " " + v.reason())
        .toList();
  }

  @Test
  void acceptsWhatPython311Accepts() throws Exception {
    String ok =
        """
        a = f'{x!r:>{width}} {d["k"]} {y:\\n}'
        b = f'''{d['k']}''' f\"\"\"{d["k"]}\"\"\"
        c = f'{f"{x}"}' f'\\n{x}' rf'\\{{x}}'
        d = f'''{
            x
        }'''
        """;
    assertEquals(List.of(), reasons(ok));
  }

  @Test
  void listsBackslashQuoteCommentAndLineBreakInFields() throws Exception {
    String bad =
        """
        a = f'{"\\n".join(x)}'
        b = f'{d['k']}'
        c = f'''{d['''k''']}'''
        d = f'{f'{x}'}'
        e = f\"\"\"{x  # note
        }\"\"\"
        f = f'{(x,
        y)}'
        """;
    assertEquals(
        List.of(
            "1:8 backslash inside an f-string field",
            "2:10 f-string quote reused inside its field",
            "3:12 f-string quote reused inside its field",
            "4:8 f-string quote reused inside its field",
            "4:13 f-string quote reused inside its field",
            "5:13 comment inside an f-string field",
            "7:11 line break inside a single-quoted f-string field"),
        reasons(bad));
  }
}
