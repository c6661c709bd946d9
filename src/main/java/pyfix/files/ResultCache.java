package pyfix.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * A project's cache folder ({@code .pyfix_cache/} by default): one small entry per key. The
 * caller's key covers everything a result depends on (the file's bytes, its settings and the pyfix
 * build), so an entry is never stale, only unused; its payload is the caller's encoded result.
 *
 * <p>Each entry is written to a temporary file and moved into place, so a reader sees a whole entry
 * or none, and two runs writing the same entry at once both succeed. An entry holds its own key and
 * a CRC-32C of key and payload: one that does not check out (truncated, zeroed, edited) is a miss,
 * never a hit. Every I/O error is a miss or a skipped write: the cache can make a run faster, never
 * fail it.
 */
public final class ResultCache {
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] MAGIC = "pyfix-cache 1\n".getBytes(StandardCharsets.US_ASCII);
  private static final int HASH = 32;
  private static final int SUM = 4;

  /** The {@code .gitignore} that keeps the cache out of git, and marks a folder as a cache. */
  private static final String GITIGNORE = "# Created by pyfix automatically.\n*\n";

  private final Path folder;
  private final Path entries;

  /** The cache in {@code folder}, with entries for {@code build} (pyfix's build key). */
  public ResultCache(Path folder, String build) {
    this.folder = folder;
    this.entries = folder.resolve(build);
  }

  /** The payload {@link #put} stored under {@code key} (32 bytes), or null. */
  public byte[] get(byte[] key) {
    byte[] entry;
    try {
      entry = Files.readAllBytes(entry(key));
    } catch (IOException | RuntimeException e) {
      return null; // absent, unreadable, or a folder where a file should be: a miss
    }
    int body = MAGIC.length + HASH;
    if (entry.length < body + SUM
        || !Arrays.equals(entry, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
        || !Arrays.equals(entry, MAGIC.length, body, key, 0, HASH)) {
      return null;
    }
    byte[] payload = Arrays.copyOfRange(entry, body, entry.length - SUM);
    byte[] sum = Arrays.copyOfRange(entry, entry.length - SUM, entry.length);
    return Arrays.equals(sum, checksum(key, payload)) ? payload : null;
  }

  /** Stores {@code payload} under {@code key} (32 bytes); a write that fails is skipped. */
  public void put(byte[] key, byte[] payload) {
    if (key.length != HASH) {
      throw new IllegalArgumentException("a key is a SHA-256: " + key.length + " bytes");
    }
    Path entry = entry(key);
    Path temp = null;
    try {
      createFolder();
      Files.createDirectories(entry.getParent());
      temp = Files.createTempFile(entry.getParent(), "entry", ".tmp");
      try (OutputStream out = Files.newOutputStream(temp)) {
        out.write(MAGIC);
        out.write(key);
        out.write(payload);
        out.write(checksum(key, payload));
      }
      move(temp, entry);
      temp = null;
    } catch (IOException | RuntimeException e) {
      // read-only or full disk, or a file where the folder should be: run without the cache
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // a left temporary file is never read as an entry; `pyfix clean` removes it
        }
      }
    }
  }

  /**
   * Removes the cache folder; false when it was not there. A folder without the {@code .gitignore}
   * pyfix writes is refused, so that a mistaken {@code cache-dir} never deletes the user's files.
   */
  public static boolean clean(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    Path ignore = folder.resolve(".gitignore");
    if (!Files.isRegularFile(ignore) || !Files.readString(ignore).startsWith(GITIGNORE)) {
      throw new IOException("not a pyfix cache (no .gitignore written by pyfix); left alone");
    }
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.deleteIfExists(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null && !(e instanceof NoSuchFileException)) {
              throw e;
            }
            Files.deleteIfExists(dir);
            return FileVisitResult.CONTINUE;
          }
        });
    return true;
  }

  /** Creates the folder with a {@code .gitignore} that keeps all of it out of git. */
  private void createFolder() throws IOException {
    Path ignore = folder.resolve(".gitignore");
    if (Files.exists(ignore)) {
      return;
    }
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, "gitignore", ".tmp");
    try {
      Files.writeString(temp, GITIGNORE);
      move(temp, ignore);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private Path entry(byte[] key) {
    String hex = HEX.formatHex(key);
    return entries.resolve(hex.substring(0, 2)).resolve(hex.substring(2));
  }

  private static byte[] checksum(byte[] key, byte[] payload) {
    CRC32C crc = new CRC32C();
    crc.update(key);
    crc.update(payload);
    return ByteBuffer.allocate(SUM).putInt((int) crc.getValue()).array();
  }
}
