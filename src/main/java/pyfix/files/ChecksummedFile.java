package pyfix.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * A file of the cache folder that a reader takes whole or not at all: a magic line, a body, and a
 * CRC-32C of both, written to a temporary file and moved into place.
 */
final class ChecksummedFile {
  private ChecksummedFile() {}

  /**
   * The body of {@code file} when it starts with {@code magic} and its checksum holds, as a buffer
   * over the bytes between the two; null when it is absent, unreadable or damaged.
   */
  static ByteBuffer read(Path file, byte[] magic) {
    byte[] all;
    try {
      all = Files.readAllBytes(file);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    int body = all.length - 4;
    if (body < magic.length
        || !Arrays.equals(all, 0, magic.length, magic, 0, magic.length)
        || ByteBuffer.wrap(all, body, 4).getInt() != checksum(all, body)) {
      return null;
    }
    return ByteBuffer.wrap(all, magic.length, body - magic.length);
  }

  /** Writes {@code bytes}, which start with the magic line, and their checksum to {@code file}. */
  static void write(Path file, byte[] bytes) throws IOException {
    byte[] all = Arrays.copyOf(bytes, bytes.length + 4);
    ByteBuffer.wrap(all, bytes.length, 4).putInt(checksum(bytes, bytes.length));
    Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try {
      Files.write(temp, all);
      ResultCache.move(temp, file);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static int checksum(byte[] bytes, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, length);
    return (int) crc.getValue();
  }
}
