package pyfix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import pyfix.config.SettingsException;
import pyfix.config.SorterOptionsReader;
import pyfix.fix.Settings;
import pyfix.fix.SourceKind;
import pyfix.fix.options.AnnotationOptions;
import pyfix.fix.options.DocstringOptions;
import pyfix.fix.options.DocstringOptions.Convention;
import pyfix.fix.options.ImportStyle;
import pyfix.fix.options.IsortOptions;
import pyfix.fix.options.NamingOptions;
import pyfix.fix.options.RuleOptions;
import pyfix.fix.options.SizeLimits;
import pyfix.parse.PythonVersion;

/**
 * One testdata case: {@code testdata/<CODE>/<name>.py}, run with only its directory's fixer
 * selected and the options of a first-line {@code # pyfix: --unsafe-fixes --line-length=100
 * --target-version=py38 --known-first-party=a,b --known-third-party=c --select=W} comment ({@code
 * --stub} runs it as a {@code .pyi} file, {@code --package-init} as a package's {@code
 * __init__.py}, {@code --script} as a test module ({@code test_case.py}), {@code --notebook-cell}
 * as a notebook's code cell; {@code --import-style=isort|ruff} with {@code
 * --import-option=force_single_line=true}, values in TOML, sets I001's sorter: isort's black
 * profile or Ruff's defaults, under those options).
 */
record FixerCase(String code, Path input, String text) {
  static final Path ROOT = Path.of("testdata");

  /** Every case under testdata/, sorted by code and name. */
  static List<FixerCase> all() {
    List<FixerCase> cases = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(ROOT)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        if (dir.getFileName().toString().equals("corpus")) {
          continue;
        }
        try (Stream<Path> files = Files.list(dir)) {
          for (Path f : files.sorted().toList()) {
            String name = f.getFileName().toString();
            if (name.endsWith(".py")
                && !name.contains(".approved.")
                && !name.contains(".received.")) {
              cases.add(new FixerCase(dir.getFileName().toString(), f, read(f)));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  /** The file's text, byte for byte (UTF-8). */
  static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The case's name, e.g. {@code W291/basic}. */
  String name() {
    String file = input.getFileName().toString();
    return code + "/" + file.substring(0, file.length() - ".py".length());
  }

  /** Whether the fixer must leave this case byte-identical. */
  boolean noop() {
    return input.getFileName().toString().startsWith("noop_");
  }

  /** The approved output, if the case has one; {@code variant} is "" or ".unsafe". */
  Optional<String> approved(String variant) {
    String file = input.getFileName().toString();
    Path approved =
        input.resolveSibling(file.substring(0, file.length() - 3) + variant + ".approved.py");
    return Files.exists(approved) ? Optional.of(read(approved)) : Optional.empty();
  }

  /** The settings of this case: its code selected, options from its first line. */
  Settings settings(boolean forceUnsafe) {
    int lineLength = 88;
    PythonVersion target = PythonVersion.PY39;
    boolean unsafe = forceUnsafe;
    boolean stub = false;
    boolean packageInit = false;
    boolean script = false;
    boolean notebookCell = false;
    List<String> firstParty = List.of();
    List<String> thirdParty = List.of();
    List<String> select = List.of(code);
    ImportStyle style = null;
    StringBuilder sorterOptions = new StringBuilder();
    SizeLimits limits = SizeLimits.DEFAULTS;
    AnnotationOptions annotations = AnnotationOptions.DEFAULTS;
    DocstringOptions docstrings = DocstringOptions.DEFAULTS;
    NamingOptions naming = NamingOptions.DEFAULTS;
    for (String option : flags()) {
      if (option.equals("--unsafe-fixes")) {
        unsafe = true;
      } else if (option.equals("--stub")) {
        stub = true;
      } else if (option.equals("--package-init")) {
        packageInit = true;
      } else if (option.equals("--script")) {
        script = true;
      } else if (option.equals("--notebook-cell")) {
        notebookCell = true;
      } else if (option.startsWith("--line-length=")) {
        lineLength = Integer.parseInt(option.substring("--line-length=".length()));
      } else if (option.startsWith("--target-version=")) {
        target = PythonVersion.parse(option.substring("--target-version=".length()));
      } else if (option.startsWith("--import-style=")) {
        style = ImportStyle.valueOf(option.substring("--import-style=".length()).toUpperCase());
      } else if (option.startsWith("--import-option=")) {
        String kv = option.substring("--import-option=".length());
        int eq = kv.indexOf('=');
        sorterOptions.append(kv, 0, eq).append(" = ").append(kv.substring(eq + 1)).append('\n');
      } else if (option.startsWith("--max-")) {
        limits = limits(limits, option);
      } else if (option.startsWith("--flake8-annotations=")) {
        annotations = annotations(option);
      } else if (option.startsWith("--convention=")) {
        Convention convention =
            Convention.valueOf(option.substring("--convention=".length()).toUpperCase());
        docstrings = new DocstringOptions(convention, docstrings.ignoreDecorators());
      } else if (option.startsWith("--ignore-decorators=")) {
        List<String> names = List.of(option.substring("--ignore-decorators=".length()).split(","));
        docstrings = new DocstringOptions(docstrings.convention(), names);
      } else if (option.startsWith("--ignore-names=")
          || option.startsWith("--builtins-ignorelist=")
          || option.startsWith("--extend-aliases=")) {
        naming = naming(naming, option);
      } else if (option.startsWith("--known-first-party=")) {
        firstParty = List.of(option.substring("--known-first-party=".length()).split(","));
      } else if (option.startsWith("--select=")) {
        select = List.of(option.substring("--select=".length()).split(","));
      } else if (option.startsWith("--known-third-party=")) {
        thirdParty = List.of(option.substring("--known-third-party=".length()).split(","));
      } else {
        throw new IllegalArgumentException(name() + ": unknown case option " + option);
      }
    }
    IsortOptions isort = new IsortOptions(firstParty, thirdParty, List.of(), Map.of());
    if (style != null) {
      // isort cases start from the black profile unless they name their own
      boolean ownProfile =
          sorterOptions.toString().lines().anyMatch(o -> o.startsWith("profile = "));
      String black = style == ImportStyle.ISORT && !ownProfile ? "profile = \"black\"\n" : "";
      try {
        isort = isort.withSorter(SorterOptionsReader.read(style, black + sorterOptions));
      } catch (SettingsException e) {
        throw new IllegalArgumentException(name() + ": " + e.getMessage(), e);
      }
      boolean targetStated = flags().stream().anyMatch(f -> f.startsWith("--target-version="));
      if (style == ImportStyle.RUFF && targetStated) {
        isort = isort.withStdlibVersion(target); // as config does for a stated target
      }
    }
    Settings settings =
        new Settings(lineLength, target, select, List.of(), unsafe)
            .withOptions(
                RuleOptions.DEFAULTS
                    .with(isort)
                    .with(limits)
                    .with(annotations)
                    .with(docstrings)
                    .with(naming))
            .forFile(
                stub
                    ? "case.pyi"
                    : packageInit ? "__init__.py" : script ? "test_case.py" : "case.py");
    return notebookCell ? settings.withKind(SourceKind.NOTEBOOK) : settings;
  }

  /** {@code limits} with the one a {@code --max-complexity=N}-like case option sets. */
  static SizeLimits limits(SizeLimits limits, String option) {
    int value = Integer.parseInt(option.substring(option.indexOf('=') + 1));
    if (option.startsWith("--max-complexity=")) {
      return new SizeLimits(value, limits.maxFunctionLines(), limits.maxModuleLines());
    } else if (option.startsWith("--max-function-lines=")) {
      return new SizeLimits(limits.maxComplexity(), value, limits.maxModuleLines());
    } else if (option.startsWith("--max-module-lines=")) {
      return new SizeLimits(limits.maxComplexity(), limits.maxFunctionLines(), value);
    }
    throw new IllegalArgumentException("unknown case option " + option);
  }

  /** The ANN options a {@code --flake8-annotations=mypy-init-return,...} case option turns on. */
  static AnnotationOptions annotations(String option) {
    List<String> on = List.of(option.substring(option.indexOf('=') + 1).split(","));
    for (String name : on) {
      if (!List.of(
              "mypy-init-return",
              "suppress-dummy-args",
              "suppress-none-returning",
              "allow-star-arg-any",
              "ignore-fully-untyped")
          .contains(name)) {
        throw new IllegalArgumentException("unknown flake8-annotations option " + name);
      }
    }
    return new AnnotationOptions(
        on.contains("mypy-init-return"),
        on.contains("suppress-dummy-args"),
        on.contains("suppress-none-returning"),
        on.contains("allow-star-arg-any"),
        on.contains("ignore-fully-untyped"));
  }

  /**
   * {@code naming} with what {@code --ignore-names=a,b*}, {@code --builtins-ignorelist=id,type} or
   * {@code --extend-aliases=module:alias,...} sets.
   */
  private static NamingOptions naming(NamingOptions naming, String option) {
    List<String> values = List.of(option.substring(option.indexOf('=') + 1).split(","));
    if (option.startsWith("--ignore-names=")) {
      return new NamingOptions(values, naming.builtinsIgnorelist(), naming.importAliases());
    } else if (option.startsWith("--builtins-ignorelist=")) {
      return new NamingOptions(naming.ignoreNames(), values, naming.importAliases());
    }
    Map<String, String> aliases = new java.util.HashMap<>(naming.importAliases());
    for (String pair : values) {
      aliases.put(pair.substring(0, pair.indexOf(':')), pair.substring(pair.indexOf(':') + 1));
    }
    return new NamingOptions(naming.ignoreNames(), naming.builtinsIgnorelist(), aliases);
  }

  /** The options of the first-line {@code # pyfix:} comment, e.g. {@code --line-length=100}. */
  List<String> flags() {
    String first = text.lines().findFirst().orElse("");
    String options =
        first.startsWith("# pyfix:") ? first.substring("# pyfix:".length()).trim() : "";
    return options.startsWith("--") ? List.of(options.split("\\s+")) : List.of();
  }

  /** The values of every {@code --name=value} flag of the first line, in order. */
  List<String> flagValues(String name) {
    return flags().stream()
        .filter(f -> f.startsWith(name + "="))
        .map(f -> f.substring(name.length() + 1))
        .toList();
  }

  /** Whether the first line sets {@code --unsafe-fixes}. */
  boolean unsafeOption() {
    return settings(false).unsafeFixes();
  }

  /** {@code text} with every line break replaced by {@code newline}. */
  static String withNewlines(String text, String newline) {
    return text.replaceAll("\r\n|\r|\n", newline);
  }
}
