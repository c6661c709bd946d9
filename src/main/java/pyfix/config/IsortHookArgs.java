package pyfix.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options an {@code isort} pre-commit hook passes on isort's command line ({@code args:
 * [--profile, black]}), as the settings-file options they stand for: what the hook runs is what the
 * project is kept clean with.
 */
final class IsortHookArgs {
  /** How isort's command line reads an option. */
  private enum Kind {
    /** takes a value: {@code -l 100}, {@code --line-length=100}, {@code -l100} */
    VALUE,
    /** takes a value and may be repeated, each adding one: {@code -p a -p b} */
    LIST,
    /** sets the setting to true */
    TRUE,
    /** sets the setting to false */
    FALSE,
    /** sets the setting to 2, or to the value given: {@code --fgw}, {@code --fgw=3} */
    TWO_OR_VALUE,
    /** changes what isort checks or prints, not how it sorts */
    IGNORED,
    /** the same, with a value */
    IGNORED_VALUE
  }

  private record Option(Kind kind, String setting) {}

  /**
   * isort 5's command line, by flag without its dashes: the kind, the setting it sets, the flags.
   * Long flags not listed are read as the setting of their name set to true ({@code --float-to-top}
   * as {@code float_to_top}), which SorterConfig applies or warns about. {@code --settings-path} is
   * read by ToolSettings.
   */
  private static final String TABLE =
      """
      LIST src_paths --src --src-path
      LIST add_imports -a --add-import
      LIST known_standard_library -b --builtin
      LIST extra_standard_library --extra-builtin
      LIST known_future_library -f --future
      LIST known_third_party -o --thirdparty
      LIST known_first_party -p --project
      LIST known_local_folder --known-local-folder
      LIST no_lines_before --nlb --no-lines-before
      LIST single_line_exclusions --nsl --single-line-exclusions
      LIST force_to_top -t --top
      LIST remove_imports --rm --remove-import
      LIST treat_comments_as_code --treat-comment-as-code
      VALUE profile --profile
      VALUE line_length -l -w --line-length --line-width
      VALUE wrap_length --wl --wrap-length
      VALUE multi_line_output -m --multi-line
      VALUE lines_after_imports --lai --lines-after-imports
      VALUE lines_between_types --lbt --lines-between-types
      VALUE indent -i --indent
      VALUE default_section --sd --section-default
      TWO_OR_VALUE force_grid_wrap --fgw --force-grid-wrap
      TRUE include_trailing_comma --tc --trailing-comma
      TRUE use_parentheses --up --use-parentheses
      TRUE force_single_line --sl --force-single-line-imports
      TRUE combine_as_imports --ca --combine-as
      TRUE combine_star --cs --combine-star
      TRUE no_sections --ds --no-sections
      TRUE balanced_wrapping -e --balanced
      TRUE force_alphabetical_sort --fas --force-alphabetical-sort
      TRUE force_alphabetical_sort_within_sections --fass --force-alphabetical-sort-within-sections
      TRUE from_first --ff --from-first
      TRUE force_sort_within_sections --fss --force-sort-within-sections
      TRUE length_sort --ls --length-sort
      TRUE length_sort_straight --lss --length-sort-straight
      TRUE ensure_newline_before_comments -n --ensure-newline-before-comments
      TRUE no_inline_sort --nis --no-inline-sort
      TRUE order_by_type --ot --order-by-type
      FALSE order_by_type --dt --dont-order-by-type
      TRUE reverse_relative --rr --reverse-relative
      TRUE case_sensitive --case-sensitive
      TRUE only_sections --os --only-sections
      IGNORED - -c --check --check-only -d --stdout --df --diff -q --quiet -v --verbose -V --version
      IGNORED - --ac --atomic --append --append-only --af --force-adds --ws --ignore-whitespace
      IGNORED - --filter-files --interactive --old-finders --magic-placement --show-config
      IGNORED - --show-files --color --om --only-modified --gitignore --skip-gitignore
      IGNORED - --overwrite-in-place --resolve-all-configs --dont-follow-links
      IGNORED - --recursive -rc --dont-skip -ns --apply -k --keep-direct-and-as
      IGNORED_VALUE - --sp --settings-path --settings-file --settings -s --skip --sg --skip-glob
      IGNORED_VALUE - --extend-skip --extend-skip-glob --py --python-version -j --jobs --ext
      IGNORED_VALUE - --extension --supported-extension --blocked-extension --le --line-ending
      IGNORED_VALUE - --virtual-env --conda-env --formatter --config-root
      """;

  private static final Map<String, Option> OPTIONS = new HashMap<>();

  static {
    for (String line : TABLE.lines().toList()) {
      String[] words = line.strip().split(" ");
      Option option = new Option(Kind.valueOf(words[0]), words[1]);
      for (int i = 2; i < words.length; i++) {
        OPTIONS.put(words[i], option);
      }
    }
  }

  private IsortHookArgs() {}

  /** The settings {@code args} stand for; other flags become options SorterConfig warns about. */
  static List<ToolOption> options(List<String> args, Origin origin) {
    // the last value of each setting wins, and the values of a repeated list option add up
    Map<String, String> settings = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("-") || arg.equals("-") || arg.equals("--")) {
        continue; // a file name
      }
      String flag = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (eq >= 0) {
        flag = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      } else if (!arg.startsWith("--") && takesValue(OPTIONS.get(arg.substring(0, 2)))) {
        flag = arg.substring(0, 2); // a value written onto a short flag: -m3, -l100
        value = arg.length() > 2 ? arg.substring(2) : null;
      }
      Option option = OPTIONS.get(flag);
      if (option == null) {
        settings.put(
            flag.replaceFirst("^-+", "").replace('-', '_'), value != null ? value : "true");
        continue;
      }
      boolean next = i + 1 < args.size();
      if (value == null
          && next
          && (takesValue(option)
              || option.kind() == Kind.TWO_OR_VALUE && args.get(i + 1).matches("[0-9]+"))) {
        value = args.get(++i);
      }
      String setting = option.setting();
      switch (option.kind()) {
        case VALUE -> settings.put(setting, value);
        case LIST ->
            settings.merge(setting, value == null ? "" : value, (old, add) -> old + "," + add);
        case TRUE -> settings.put(setting, value != null ? value : "true");
        case FALSE -> settings.put(setting, "false");
        case TWO_OR_VALUE -> settings.put(setting, value != null ? value : "2");
        case IGNORED, IGNORED_VALUE -> {}
      }
    }
    List<ToolOption> out = new ArrayList<>();
    settings.forEach((setting, value) -> out.add(new ToolOption(setting, null, value, origin, 0)));
    return out;
  }

  private static boolean takesValue(Option option) {
    return option != null
        && (option.kind() == Kind.VALUE
            || option.kind() == Kind.LIST
            || option.kind() == Kind.IGNORED_VALUE);
  }
}
