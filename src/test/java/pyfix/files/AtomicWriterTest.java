package pyfix.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriterTest {
  @TempDir Path tmp;

  @Test
  void replacesContentAndKeepsPermissions() throws IOException {
    Path file = tmp.resolve("tool.py");
    Files.writeString(file, "old\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));
    AtomicWriter.write(file, new byte[] {'n', 'e', 'w', '\n'});
    assertArrayEquals(new byte[] {'n', 'e', 'w', '\n'}, Files.readAllBytes(file));
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void leavesNoTemporaryFileBehind() throws IOException {
    Path file = tmp.resolve("m.py");
    Files.writeString(file, "old\n");
    AtomicWriter.write(file, "new\n".getBytes());
    try (var listing = Files.list(tmp)) {
      assertEquals(List.of(file), listing.toList());
    }
  }
}
