package pyfix.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings as JUnit XML, which CI servers (GitLab, Jenkins, Azure) show as test results: one test
 * suite per file, one failed test case per finding, and a passing case when nothing was found.
 */
public final class JunitReport {
  private JunitReport() {}

  /** The XML document of {@code findings}. */
  public static String of(List<ReportedFinding> findings) {
    Map<String, List<ReportedFinding>> byFile = new LinkedHashMap<>();
    for (ReportedFinding f : findings) {
      byFile.computeIfAbsent(f.path(), p -> new java.util.ArrayList<>()).add(f);
    }
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuites name=\"pyfix\" tests=\"").append(Math.max(1, findings.size()));
    xml.append("\" failures=\"").append(findings.size()).append("\">\n");
    if (findings.isEmpty()) {
      xml.append("  <testsuite name=\"pyfix\" tests=\"1\" failures=\"0\">\n");
      xml.append("    <testcase name=\"No findings\" classname=\"pyfix\"/>\n");
      xml.append("  </testsuite>\n");
    }
    byFile.forEach(
        (path, inFile) -> {
          xml.append("  <testsuite name=\"").append(attribute(path)).append("\" tests=\"");
          xml.append(inFile.size()).append("\" failures=\"").append(inFile.size()).append("\">\n");
          for (ReportedFinding f : inFile) {
            String where =
                (f.cell() == 0 ? "" : "cell " + f.cell() + ", ")
                    + "line "
                    + f.start().line()
                    + ", column "
                    + f.start().column();
            xml.append("    <testcase name=\"pyfix.").append(attribute(f.code()));
            xml.append("\" classname=\"").append(attribute(path));
            xml.append("\" file=\"").append(attribute(path));
            xml.append("\" line=\"").append(f.start().line()).append("\">\n");
            xml.append("      <failure message=\"").append(attribute(f.message()));
            xml.append("\" type=\"").append(attribute(f.code())).append("\">");
            xml.append(text(where + ": " + f.describe())).append("</failure>\n");
            xml.append("    </testcase>\n");
          }
          xml.append("  </testsuite>\n");
        });
    return xml.append("</testsuites>\n").toString();
  }

  /** {@code s} as XML character data; characters XML 1.0 cannot hold become U+FFFD. */
  private static String text(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> {
                  boolean allowed =
                      c == '\t'
                          || c == '\n'
                          || c == '\r'
                          || c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
                  out.appendCodePoint(allowed ? c : 0xFFFD);
                }
              }
            });
    return out.toString();
  }

  /** {@code s} as an XML attribute value in double quotes; line breaks kept as references. */
  private static String attribute(String s) {
    return text(s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\r", "&#13;");
  }
}
