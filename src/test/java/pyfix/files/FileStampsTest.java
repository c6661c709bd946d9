package pyfix.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStampsTest {
  private static final long HOUR = Duration.ofHours(1).toMillis();
  private static final byte[] HASH = new byte[32];

  static {
    Arrays.fill(HASH, (byte) 7);
  }

  @TempDir Path tmp;

  /** Stamps judged at {@code offset} milliseconds from now, saved in the temporary folder. */
  private FileStamps stampsAt(long offset) {
    return new FileStamps(tmp.resolve("stamps"), () -> System.currentTimeMillis() + offset);
  }

  @Test
  void anOldStampIsRecordedSavedAndReadBack() throws Exception {
    Path file = Files.writeString(tmp.resolve("a.py"), "x = 1\n");
    FileStamps stamps = stampsAt(HOUR);
    FileStamps.Stamp stamp = FileStamps.stamp(file);
    stamps.record(file.toString(), stamp, HASH, stamps.now());
    stamps.save();
    assertArrayEquals(HASH, stampsAt(HOUR).hashOf(file.toString(), stamp));
  }

  @Test
  void aStampYoungerThanTheFileSystemsTimeStepIsNotTrusted() throws Exception {
    // a second write in the same tick would keep size and times: such a stamp proves nothing
    Path file = Files.writeString(tmp.resolve("a.py"), "x = 1\n");
    FileStamps stamps = stampsAt(FileStamps.RACY_MILLIS / 2);
    FileStamps.Stamp stamp = FileStamps.stamp(file);
    stamps.record(file.toString(), stamp, HASH, stamps.now());
    assertNull(stamps.hashOf(file.toString(), stamp));
  }

  @Test
  void aByteChangedWithSizeAndModificationTimeKeptIsSeen() throws Exception {
    Path file = Files.writeString(tmp.resolve("a.py"), "x = 1\n");
    FileTime modified = Files.getLastModifiedTime(file);
    FileStamps stamps = stampsAt(HOUR);
    FileStamps.Stamp before = FileStamps.stamp(file);
    stamps.record(file.toString(), before, HASH, stamps.now());
    Thread.sleep(20); // past the kernel's clock tick, as any later write is
    Files.writeString(file, "x = 2\n");
    Files.setLastModifiedTime(file, modified);
    FileStamps.Stamp after = FileStamps.stamp(file);
    assertNotEquals(before, after); // the change time moved
    assertNull(stamps.hashOf(file.toString(), after));
  }

  @Test
  void anotherRunsStampsAreKeptWhenSaving() throws Exception {
    Path a = Files.writeString(tmp.resolve("a.py"), "a\n");
    Path b = Files.writeString(tmp.resolve("b.py"), "b\n");
    FileStamps one = stampsAt(HOUR);
    FileStamps two = stampsAt(HOUR);
    one.record(a.toString(), FileStamps.stamp(a), HASH, one.now());
    two.record(b.toString(), FileStamps.stamp(b), HASH, two.now());
    one.save();
    two.save();
    FileStamps read = stampsAt(HOUR);
    assertArrayEquals(HASH, read.hashOf(a.toString(), FileStamps.stamp(a)));
    assertArrayEquals(HASH, read.hashOf(b.toString(), FileStamps.stamp(b)));
  }

  @Test
  void aDamagedStampsFileIsNoStamps() throws Exception {
    Path file = Files.writeString(tmp.resolve("a.py"), "x = 1\n");
    FileStamps stamps = stampsAt(HOUR);
    stamps.record(file.toString(), FileStamps.stamp(file), HASH, stamps.now());
    stamps.save();
    byte[] saved = Files.readAllBytes(tmp.resolve("stamps"));
    saved[saved.length / 2] ^= 1;
    Files.write(tmp.resolve("stamps"), saved);
    assertNull(stampsAt(HOUR).hashOf(file.toString(), FileStamps.stamp(file)));
  }
}
