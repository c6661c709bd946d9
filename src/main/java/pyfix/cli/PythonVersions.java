package pyfix.cli;

import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import pyfix.parse.PythonVersion;

/** Reads {@code --target-version} values and lists them for the help text. */
final class PythonVersions implements ITypeConverter<PythonVersion>, Iterable<String> {
  @Override
  public PythonVersion convert(String value) {
    for (PythonVersion v : PythonVersion.values()) {
      if (v.id().equalsIgnoreCase(value)) {
        return v;
      }
    }
    throw new TypeConversionException(
        "unknown Python version '" + value + "', expected one of " + String.join(", ", this));
  }

  @Override
  public Iterator<String> iterator() {
    return Arrays.stream(PythonVersion.values()).map(PythonVersion::id).iterator();
  }
}
