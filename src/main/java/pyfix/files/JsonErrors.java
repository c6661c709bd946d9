package pyfix.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Why a notebook's JSON cannot be read, in plain words, without the JSON parser's internals. */
final class JsonErrors {
  /** Where Jackson's message names the setting behind a limit. */
  private static final Pattern SETTING = Pattern.compile(", from `[^`]*`");

  /** Jackson's message for a duplicate key, the key in group 1. */
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

  private JsonErrors() {}

  /**
   * Why the notebook cannot be read: a duplicate key, which Python's {@code json} takes the last of
   * while a fix would edit both, or the reason it is not JSON.
   */
  static String describe(JsonProcessingException e) {
    Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
    if (duplicate.matches()) {
      return "duplicate key \"" + duplicate.group(1) + "\" in the notebook's JSON";
    }
    return "not valid JSON" + invalidJson(e);
  }

  /**
   * Why the text is not JSON, as {@code ": reason"}: the parser's own reason without its source
   * description, feature and setting names, and nesting notes.
   */
  private static String invalidJson(JsonProcessingException e) {
    String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    reason = SETTING.matcher(reason).replaceAll("");
    for (String cut :
        List.of(" (for ", "\n", " at [Source", " (not recognized as one", ": enable `")) {
      int at = reason.indexOf(cut);
      if (at >= 0) {
        reason = reason.substring(0, at);
      }
    }
    reason = reason.replace("end-of-input", "end of file").strip();
    if (!reason.isEmpty()) {
      reason = ": " + Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }
    return reason;
  }
}
