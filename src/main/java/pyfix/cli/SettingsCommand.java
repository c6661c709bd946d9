package pyfix.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;
import pyfix.config.Configuration;
import pyfix.config.Origin;
import pyfix.config.PathGlob;
import pyfix.config.ProjectSettings;
import pyfix.config.SettingsException;
import pyfix.config.SettingsKey;
import pyfix.fix.Selectors;
import pyfix.fix.Settings;
import pyfix.fix.options.AnnotationOptions;
import pyfix.fix.options.DocstringOptions;
import pyfix.fix.options.PycodestyleOptions;

/**
 * The {@code settings} verb: prints the settings pyfix would use for a file, in settings-file
 * syntax, each with where its value came from.
 */
final class SettingsCommand {
  /** The verb as typed on the command line. */
  static final String NAME = "settings";

  private SettingsCommand() {}

  /** The verb's command: its help, the options that change settings, and {@code [PATH]}. */
  static CommandSpec spec() {
    CommandSpec spec =
        PyfixCommand.command(
            NAME,
            "Prints the settings for a file and where each value came from.",
            "Each value is shown as a settings file would set it, with its origin: the default,"
                + " a settings file (and which table or key of it), or the command line.");
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put("0", "The settings were printed.");
    codes.put("2", "A usage error, or a settings file that cannot be read or holds a bad value.");
    spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
    RunOptions.declareOverrides(spec);
    ProjectOptions.declare(spec, false);
    return spec.addPositional(
        PositionalParamSpec.builder()
            .type(List.class)
            .auxiliaryTypes(String.class)
            .arity("0..1")
            .paramLabel("PATH")
            .description("The file or folder to show settings for. (default: .)")
            .build());
  }

  /** Prints the settings {@code parsed} asks for and returns the exit code. */
  static int execute(ParseResult parsed, Path workingDirectory) throws IOException {
    CommandLine commandLine = parsed.commandSpec().commandLine();
    PrintWriter out = commandLine.getOut();
    PrintWriter err = commandLine.getErr();
    RunOptions options = new RunOptions(parsed);
    Configuration configuration =
        options.project().configuration(workingDirectory, options.overrides());
    String given = options.paths().isEmpty() ? "." : options.paths().get(0);
    Path path = workingDirectory.resolve(given).normalize();
    if (Files.exists(path)) {
      path = path.toRealPath();
    }
    boolean folder = Files.isDirectory(path);
    ProjectSettings project;
    try {
      project = folder ? configuration.forFolder(path) : configuration.forFile(path);
    } catch (SettingsException e) {
      err.print(e.describe(Paths.display(workingDirectory, e.file())) + "\n");
      return 2;
    }
    out.print(new Printer(workingDirectory, project).print(given, folder, path));
    return 0;
  }

  /** Writes one project's settings as TOML with a comment naming each value's origin. */
  private record Printer(Path workingDirectory, ProjectSettings project) {
    String print(String given, boolean folder, Path path) {
      Settings s = project.settings();
      StringBuilder b = new StringBuilder();
      b.append("# Settings for ").append(folder ? "the files in " : "").append(given).append('\n');
      b.append("# Settings file: ")
          .append(project.file().map(this::display).orElse("none (defaults)"))
          .append('\n');
      b.append("# Project root: ").append(display(project.root())).append('\n');
      line(b, SettingsKey.LINE_LENGTH, String.valueOf(s.lineLength()));
      line(b, SettingsKey.TARGET_VERSION, quote(s.targetVersion().id()));
      line(b, SettingsKey.SELECT, list(s.select()));
      line(b, SettingsKey.IGNORE, list(s.ignore()));
      line(b, SettingsKey.UNSAFE_FIXES, String.valueOf(s.unsafeFixes()));
      line(b, SettingsKey.EXTEND_SAFE_FIXES, list(s.options().fixSafety().safe()));
      line(b, SettingsKey.EXTEND_UNSAFE_FIXES, list(s.options().fixSafety().unsafe()));
      List<String> fixable = s.options().fixSafety().fixable();
      line(b, SettingsKey.FIXABLE, list(fixable.isEmpty() ? List.of(Selectors.ALL) : fixable));
      line(b, SettingsKey.UNFIXABLE, list(s.options().fixSafety().unfixable()));
      line(b, SettingsKey.EXCLUDE, list(patterns(project.exclude())));
      line(b, SettingsKey.EXTEND_EXCLUDE, list(patterns(project.extendExclude())));
      line(b, SettingsKey.PER_FILE_IGNORES, table(project.perFileIgnores()));
      line(b, SettingsKey.KNOWN_FIRST_PARTY, list(s.options().isort().knownFirstParty()));
      line(b, SettingsKey.KNOWN_THIRD_PARTY, list(s.options().isort().knownThirdParty()));
      List<String> src = new ArrayList<>();
      for (Path p : s.options().isort().src()) {
        String relative = project.root().relativize(p).toString();
        src.add(relative.isEmpty() ? "." : relative);
      }
      line(b, SettingsKey.SRC, list(src));
      b.append(SettingsKey.IMPORT_STYLE.toml())
          .append(" = ")
          .append(quote(s.options().isort().sorter().style().id()))
          .append("  # ")
          .append(project.importSorter())
          .append('\n');
      line(
          b,
          SettingsKey.IGNORE_INIT_MODULE_IMPORTS,
          String.valueOf(s.options().unusedImports().ignoreInitModuleImports()));
      line(
          b,
          SettingsKey.ALLOWED_UNUSED_IMPORTS,
          list(s.options().unusedImports().allowedUnusedImports()));
      line(b, SettingsKey.DUMMY_VARIABLE_RGX, quote(s.options().dummyNames().regex()));
      line(b, SettingsKey.MAX_COMPLEXITY, String.valueOf(s.options().limits().maxComplexity()));
      line(
          b,
          SettingsKey.MAX_FUNCTION_LINES,
          String.valueOf(s.options().limits().maxFunctionLines()));
      line(b, SettingsKey.MAX_MODULE_LINES, String.valueOf(s.options().limits().maxModuleLines()));
      AnnotationOptions ann = s.options().annotations();
      line(
          b,
          SettingsKey.FLAKE8_ANNOTATIONS,
          "{ mypy-init-return = %s, suppress-dummy-args = %s, suppress-none-returning = %s,"
                  .formatted(
                      ann.mypyInitReturn(), ann.suppressDummyArgs(), ann.suppressNoneReturning())
              + " allow-star-arg-any = %s, ignore-fully-untyped = %s }"
                  .formatted(ann.allowStarArgAny(), ann.ignoreFullyUntyped()));
      DocstringOptions doc = s.options().docstrings();
      String convention =
          doc.convention() == null ? "" : "convention = " + quote(doc.convention().id()) + ", ";
      line(
          b,
          SettingsKey.PYDOCSTYLE,
          "{ " + convention + "ignore-decorators = " + list(doc.ignoreDecorators()) + " }");
      PycodestyleOptions code = s.options().pycodestyle();
      line(
          b,
          SettingsKey.PYCODESTYLE,
          "{ "
              + (code.maxLineLength() == null
                  ? ""
                  : "max-line-length = " + code.maxLineLength() + ", ")
              + "ignore-overlong-task-comments = "
              + code.ignoreOverlongTaskComments()
              + " }");
      section(b, "I001 sorter options", project.importSorterOptions());
      section(b, "also excluded, as other tools' settings say", project.toolExcludes());
      for (String warning : project.warnings()) {
        b.append("# warning: ").append(warning).append('\n');
      }
      if (!folder) {
        List<String> added = new ArrayList<>(project.settingsFor(path).ignore());
        added.removeAll(s.ignore());
        if (!added.isEmpty()) {
          b.append("# per-file-ignores also ignore ").append(list(added)).append(" in this file\n");
        }
      }
      return b.toString();
    }

    private static void section(StringBuilder b, String title, List<String> lines) {
      if (!lines.isEmpty()) {
        b.append("# ").append(title).append(":\n");
        lines.forEach(l -> b.append("#   ").append(l).append('\n'));
      }
    }

    private void line(StringBuilder b, SettingsKey key, String value) {
      b.append(key.toml()).append(" = ").append(value);
      b.append("  # ").append(describe(project.origin(key)));
      b.append('\n');
    }

    private String describe(Origin origin) {
      if (origin.file() == null) {
        return origin.detail();
      }
      String file = display(origin.file());
      return origin.detail().isEmpty() ? file : file + " " + origin.detail();
    }

    private String display(Path path) {
      return Paths.display(workingDirectory, path);
    }

    private static List<String> patterns(List<PathGlob> globs) {
      return globs.stream().map(PathGlob::pattern).toList();
    }

    private static String table(Map<PathGlob, List<String>> map) {
      return map.entrySet().stream()
          .map(e -> quote(e.getKey().pattern()) + " = " + list(e.getValue()))
          .collect(Collectors.joining(", ", "{ ", " }"))
          .replace("{  }", "{}");
    }

    private static String list(List<String> items) {
      return items.stream().map(SettingsCommand::quote).collect(Collectors.joining(", ", "[", "]"));
    }
  }

  /** {@code s} as a TOML basic string. */
  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
