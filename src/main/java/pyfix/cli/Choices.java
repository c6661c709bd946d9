package pyfix.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an option whose value is one of a few words, in any case, and lists them for the help. A
 * class rather than a lambda, so the CDS archive holds it (see {@code PyfixCommand.Execution}).
 */
final class Choices implements ITypeConverter<String>, Iterable<String> {
  private final List<String> words;

  Choices(String... words) {
    this.words = List.of(words);
  }

  @Override
  public String convert(String value) {
    String word = value.toLowerCase(Locale.ROOT);
    if (!words.contains(word)) {
      throw new TypeConversionException(
          "unknown value '" + value + "', expected one of " + String.join(", ", words));
    }
    return word;
  }

  @Override
  public Iterator<String> iterator() {
    return words.iterator();
  }
}
