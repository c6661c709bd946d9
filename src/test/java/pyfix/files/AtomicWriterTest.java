package pyfix.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
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
  void refusesAReadOnlyFile() throws IOException {
    Path file = tmp.resolve("m.py");
    Files.writeString(file, "old\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    FileSystemException e =
        assertThrows(FileSystemException.class, () -> AtomicWriter.write(file, new byte[] {'x'}));
    assertEquals("read-only file", e.getReason());
    assertEquals("old\n", Files.readString(file));
    try (var listing = Files.list(tmp)) {
      assertEquals(List.of(file), listing.toList());
    }
  }

  @Test
  void keepsOwnerAndGroupWhenAllowedTo() throws IOException {
    Path file = tmp.resolve("m.py");
    Files.writeString(file, "old\n");
    UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    try {
      view.setOwner(users.lookupPrincipalByName("nobody"));
      view.setGroup(users.lookupPrincipalByGroupName("nogroup"));
    } catch (IOException notPrivileged) {
      assumeTrue(false, "only root can give a file away: " + notPrivileged);
    }
    AtomicWriter.write(file, "new\n".getBytes());
    assertEquals("new\n", Files.readString(file));
    assertEquals("nobody", Files.getOwner(file).getName());
    assertEquals("nogroup", view.readAttributes().group().getName());
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

  @Test
  void keepsWhatAnotherProgramWroteMeanwhile() throws IOException {
    Path file = tmp.resolve("m.py");
    Files.writeString(file, "old\nappended\n"); // written after pyfix read "old\n"
    FileSystemException e =
        assertThrows(
            FileSystemException.class,
            () -> AtomicWriter.write(file, "new\n".getBytes(), "old\n".getBytes()));
    assertTrue(e.getReason().contains("changed while pyfix worked on it"), e.getReason());
    assertEquals("old\nappended\n", Files.readString(file));
    try (var listing = Files.list(tmp)) {
      assertEquals(List.of(file), listing.toList());
    }
    AtomicWriter.write(file, "new\n".getBytes(), "old\nappended\n".getBytes());
    assertEquals("new\n", Files.readString(file));
  }
}
