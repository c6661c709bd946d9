package pyfix.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into {@code /pyfix/version.properties}. */
final class VersionProvider implements IVersionProvider {
  /** pyfix's version, e.g. {@code 0.1.0-SNAPSHOT}. */
  static String version() {
    return new VersionProvider().getVersion()[0].substring("pyfix ".length());
  }

  @Override
  public String[] getVersion() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/pyfix/version.properties")) {
      if (in == null) {
        throw new IllegalStateException("/pyfix/version.properties is missing from the build");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new String[] {"pyfix " + properties.getProperty("version")};
  }
}
