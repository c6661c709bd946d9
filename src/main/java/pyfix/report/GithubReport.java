package pyfix.report;

import java.util.List;

/**
 * Findings as GitHub Actions workflow commands, which GitHub shows as annotations on the lines of a
 * pull request: {@code ::error file=F,line=L,col=C,endLine=L,endColumn=C,title=CODE::message}.
 *
 * <p>Notebook findings name the file only, with the cell and line in the message: a notebook's
 * cells are not lines of the file GitHub shows.
 */
public final class GithubReport {
  private GithubReport() {}

  /** One workflow command per finding. */
  public static String of(List<ReportedFinding> findings) {
    StringBuilder out = new StringBuilder();
    for (ReportedFinding f : findings) {
      out.append("::error file=").append(property(f.path()));
      String message = f.describe();
      if (f.cell() == 0) {
        out.append(",line=").append(f.start().line());
        out.append(",col=").append(f.start().column());
        out.append(",endLine=").append(f.end().line());
        out.append(",endColumn=").append(f.end().column());
      } else {
        message =
            "cell "
                + f.cell()
                + ", line "
                + f.start().line()
                + ", column "
                + f.start().column()
                + ": "
                + message;
      }
      out.append(",title=").append(property(f.code()));
      out.append("::").append(data(message)).append('\n');
    }
    return out.toString();
  }

  /** A command's message, with {@code %}, CR and LF escaped as GitHub's runner decodes them. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A command's property value: as {@link #data}, and {@code :} and {@code ,} escaped too. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
