package pyfix.config;

import java.util.EnumMap;
import java.util.Map;

/** The values one settings file sets (its own keys and those adopted from other tools). */
final class FileLayer {
  private final Map<SettingsKey, Object> values = new EnumMap<>(SettingsKey.class);
  private final Map<SettingsKey, Origin> origins = new EnumMap<>(SettingsKey.class);

  void set(SettingsKey key, Object value, Origin origin) {
    values.put(key, value);
    origins.put(key, origin);
  }

  boolean has(SettingsKey key) {
    return values.containsKey(key);
  }

  /** The value of {@code key}, or null; its type is the one {@link SettingsReader} stores. */
  @SuppressWarnings("unchecked")
  <T> T get(SettingsKey key) {
    return (T) values.get(key);
  }

  /** Where {@code key}'s value came from, or null when this file does not set it. */
  Origin origin(SettingsKey key) {
    return origins.get(key);
  }
}
