package pyfix.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GithubReportTest {
  @Test
  void escapesMessagesAndPropertiesAsTheRunnerDecodesThem() {
    assertEquals("100%25 a%0Db%0Ac: d, e", GithubReport.data("100% a\rb\nc: d, e"));
    assertEquals("a%3Ab%2Cc%25", GithubReport.property("a:b,c%"));
  }

  @Test
  void notebookFindingsNameTheCellInTheMessage() {
    ReportedFinding f =
        new ReportedFinding(
            "n,b.ipynb",
            3,
            "W291",
            "Trailing whitespace",
            "",
            new Position(2, 5),
            new Position(2, 6),
            Optional.empty());
    assertEquals(
        "::error file=n%2Cb.ipynb,title=W291::cell 3, line 2, column 5: Trailing whitespace\n",
        GithubReport.of(List.of(f)));
  }
}
