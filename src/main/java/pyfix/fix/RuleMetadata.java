package pyfix.fix;

import java.util.List;

/**
 * What a rule is, as data: everything {@code rules}, {@code explain}, SARIF and the engine need to
 * know about it without running it.
 *
 * @param code the stable code, e.g. {@code W291}; the Ruff/flake8 code where the rule is the same
 * @param name the kebab-case name of the problem, e.g. {@code trailing-whitespace}
 * @param kind whether the fixes only change layout or change the program on purpose
 * @param fixSafety what the rule's fixes can be; every finding's fix must agree with it
 * @param defaultOn whether the rule runs when {@code --select} is not given
 * @param stage whether the rule is stable or a preview whose behaviour may still change
 */
public record RuleMetadata(
    String code, String name, Kind kind, FixSafety fixSafety, boolean defaultOn, Stage stage) {

  /** Whether a rule's behaviour is settled. */
  public enum Stage {
    /** Findings and fixes keep their shape between releases. */
    STABLE,
    /** May still change; runs only when selected by its code or a prefix of it. */
    PREVIEW
  }

  /** Checks the code and name are well formed. */
  public RuleMetadata {
    if (!code.matches("[A-Z]+[0-9]+")) {
      throw new IllegalArgumentException("not a rule code: " + code);
    }
    if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("not a kebab-case rule name: " + name);
    }
  }

  /** A stable rule that runs by default. */
  public static RuleMetadata stable(String code, String name, Kind kind, FixSafety fixSafety) {
    return new RuleMetadata(code, name, kind, fixSafety, true, Stage.STABLE);
  }

  /** A stable rule that runs only when selected: by its code, a prefix, ALL or STYLE-GUIDE. */
  public static RuleMetadata offByDefault(
      String code, String name, Kind kind, FixSafety fixSafety) {
    return new RuleMetadata(code, name, kind, fixSafety, false, Stage.STABLE);
  }

  /**
   * Whether the rule runs under {@code select} and {@code ignore}: code prefixes or the named
   * selectors of {@link Selectors}; an empty {@code select} means {@link Selectors#DEFAULT}.
   */
  public boolean enabledBy(List<String> select, List<String> ignore) {
    boolean selected = select.isEmpty() ? selectedBy(Selectors.DEFAULT) : selectedByAny(select);
    return selected && !selectedByAny(ignore);
  }

  private boolean selectedByAny(List<String> selectors) {
    return selectors.stream().anyMatch(this::selectedBy);
  }

  /**
   * Whether {@code selector} names this rule: a prefix of its code within its linter names it
   * ({@code B} names B006, not BLE001) whatever its default or stage; {@code ALL}, {@code DEFAULT}
   * and {@code STYLE-GUIDE} name only stable rules.
   */
  public boolean selectedBy(String selector) {
    return switch (selector) {
      case Selectors.ALL -> stage == Stage.STABLE;
      case Selectors.DEFAULT -> stage == Stage.STABLE && defaultOn;
      case Selectors.STYLE_GUIDE ->
          stage == Stage.STABLE && (defaultOn || Selectors.inStyleGuide(code));
      default -> code.startsWith(selector) && linter(code).equals(linter(selector));
    };
  }

  /**
   * The letters a code or selector starts with, which name its linter as Ruff reads selectors:
   * {@code B} selects flake8-bugbear's B006 but not flake8-blind-except's BLE001, {@code S} not
   * SIM105, {@code I} not ICN001, {@code A} not ANN001 or ASYNC210.
   */
  private static String linter(String codeOrSelector) {
    int i = 0;
    while (i < codeOrSelector.length() && Character.isLetter(codeOrSelector.charAt(i))) {
      i++;
    }
    return codeOrSelector.substring(0, i);
  }
}
