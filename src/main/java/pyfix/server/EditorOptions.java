package pyfix.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import pyfix.config.CommandLineSettings;
import pyfix.config.RuleSelectors;
import pyfix.fixers.Fixers;

/**
 * The settings an editor gives in its initialization options or configuration: {@code select},
 * {@code ignore}, {@code lineLength} and {@code unsafeFixes} (kebab-case names too), directly or
 * under a {@code pyfix} key; a selector that names no rule is reported and left out. They stand
 * where the command line stands for the CLI: over the settings files.
 */
final class EditorOptions {
  private EditorOptions() {}

  /** No overrides. */
  static final CommandLineSettings NONE =
      new CommandLineSettings(null, null, List.of(), List.of(), false);

  /** The keys this class reads, in both spellings. */
  private static final Set<String> KEYS =
      Set.of("select", "ignore", "lineLength", "line-length", "unsafeFixes", "unsafe-fixes");

  /**
   * Whether {@code json} holds pyfix's settings: a {@code pyfix} object, or one of its keys at the
   * top. Editors send other tools' settings (or none) in the same notification.
   */
  static boolean carriesSettings(Object json) {
    return settingsIn(json) != null;
  }

  /** The overrides in {@code json}; a value that is not understood is reported and left out. */
  static CommandLineSettings read(Object json, Consumer<String> warn) {
    JsonObject object = settingsIn(json);
    if (object == null) {
      return NONE;
    }
    Integer lineLength = null;
    JsonElement length = member(object, "lineLength", "line-length");
    if (length != null) {
      try {
        lineLength = length.getAsInt();
        if (lineLength < 1) {
          warn.accept("pyfix: lineLength must be positive, not " + lineLength + "; ignored");
          lineLength = null;
        }
      } catch (RuntimeException e) {
        warn.accept("pyfix: lineLength must be a number, not " + length + "; ignored");
      }
    }
    JsonElement unsafe = member(object, "unsafeFixes", "unsafe-fixes");
    boolean unsafeFixes = unsafe != null && unsafe.isJsonPrimitive() && unsafe.getAsBoolean();
    return new CommandLineSettings(
        lineLength,
        null,
        selectors(object, "select", warn),
        selectors(object, "ignore", warn),
        unsafeFixes);
  }

  private static JsonObject settingsIn(Object json) {
    if (!(json instanceof JsonObject object)) {
      return null;
    }
    if (object.get("pyfix") instanceof JsonObject nested) {
      return nested;
    }
    return object.keySet().stream().anyMatch(KEYS::contains) ? object : null;
  }

  private static List<String> selectors(JsonObject object, String key, Consumer<String> warn) {
    JsonElement value = object.get(key);
    if (value == null || value.isJsonNull()) {
      return List.of();
    }
    List<String> given = new ArrayList<>();
    if (value instanceof JsonArray array) {
      array.forEach(e -> given.add(e.isJsonPrimitive() ? e.getAsString() : e.toString()));
    } else {
      given.add(value.isJsonPrimitive() ? value.getAsString() : value.toString());
    }
    List<String> parsed;
    try {
      parsed = RuleSelectors.parse(given);
    } catch (IllegalArgumentException e) {
      warn.accept("pyfix: " + key + ": " + e.getMessage() + "; ignored");
      return List.of();
    }
    // as the CLI refuses them: a typo in select would otherwise turn every rule off
    List<String> known = new ArrayList<>();
    for (String selector : parsed) {
      if (Fixers.known(selector)) {
        known.add(selector);
      } else {
        warn.accept(
            "pyfix: "
                + key
                + ": no rule matches "
                + selector
                + " (pyfix explain lists the rules); ignored");
      }
    }
    return List.copyOf(known);
  }

  private static JsonElement member(JsonObject object, String name, String kebab) {
    JsonElement value = object.has(name) ? object.get(name) : object.get(kebab);
    return value == null || value.isJsonNull() ? null : value;
  }
}
