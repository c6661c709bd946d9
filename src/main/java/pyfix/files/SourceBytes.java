package pyfix.files;

/** Tells text from binary content. */
public final class SourceBytes {
  private SourceBytes() {}

  /**
   * The offset of the first NUL byte, or -1: Python refuses source with NUL bytes, and they are the
   * mark of a binary file.
   */
  public static int firstNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
