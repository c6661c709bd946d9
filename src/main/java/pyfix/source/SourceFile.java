package pyfix.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python source file's text and how to turn it back into bytes: UTF-8 by default, a UTF-8 byte
 * order mark kept, a PEP 263 coding cookie honoured. Line breaks stay in the text as found.
 */
public final class SourceFile {
  private static final Pattern COOKIE =
      Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)", Pattern.DOTALL);
  // DOTALL: a line read as Latin-1 may hold U+0085, which Java's "." and "$" take for a line end
  private static final Pattern BLANK_OR_COMMENT =
      Pattern.compile("^[ \\t\\f]*(?:#.*)?$", Pattern.DOTALL);

  private final String text;
  private final Charset charset;
  private final boolean bom;

  private SourceFile(String text, Charset charset, boolean bom) {
    this.text = text;
    this.charset = charset;
    this.bom = bom;
  }

  /** Decodes {@code bytes} the way CPython reads a source file. */
  public static SourceFile decode(byte[] bytes) throws DecodingException {
    boolean bom =
        bytes.length >= 3
            && (bytes[0] & 0xff) == 0xEF
            && (bytes[1] & 0xff) == 0xBB
            && (bytes[2] & 0xff) == 0xBF;
    int offset = bom ? 3 : 0;
    Charset charset = StandardCharsets.UTF_8;
    Cookie cookie = findCookie(bytes, offset);
    if (cookie != null) {
      String normal = normalName(cookie.name);
      if (bom && !normal.equals("utf-8")) {
        throw new DecodingException(
            cookie.line, 1, "encoding problem: " + cookie.name + " with BOM");
      }
      charset = charsetFor(normal, cookie);
    }
    if (charset.equals(StandardCharsets.UTF_8)) {
      // The JDK's own decoding is several times faster than a decoder loop. It replaces what is
      // not UTF-8 by U+FFFD, and only a zero byte decodes to U+0000: a text with neither is the
      // strict decoding, anything else takes the checks below, which name the bad byte.
      String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0 && text.indexOf('\0') < 0) {
        return new SourceFile(text, charset, bom);
      }
    }
    for (int i = offset; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw error(bytes, offset, i, "source code cannot contain null bytes");
      }
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out =
        CharBuffer.allocate((int) (in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
    var result = decoder.decode(in, out, true);
    String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : cookie.name;
    if (result.isError()) {
      throw error(bytes, offset, in.position(), "invalid " + name + " byte sequence in source");
    }
    decoder.flush(out);
    out.flip();
    SourceFile file = new SourceFile(out.toString(), charset, bom);
    if (!charset.equals(StandardCharsets.UTF_8)) {
      // a fix rewrites the whole text: only a charset that gives back each byte it read may
      byte[] again = file.encodeOrNull(file.text);
      int differs = again == null ? offset : Arrays.mismatch(bytes, again);
      if (differs >= 0) {
        throw error(
            bytes, offset, differs, "pyfix cannot write this " + name + " text back unchanged");
      }
    }
    return file;
  }

  /** A source that came as text (tests, stdin already decoded): UTF-8, no BOM. */
  public static SourceFile ofText(String text) {
    return new SourceFile(text, StandardCharsets.UTF_8, false);
  }

  /** The decoded text, without the byte order mark. */
  public String text() {
    return text;
  }

  /** The charset the file is encoded in. */
  public Charset charset() {
    return charset;
  }

  /** Whether the file starts with a UTF-8 byte order mark. */
  public boolean bom() {
    return bom;
  }

  private byte[] encodeOrNull(String newText) {
    try {
      return encode(newText);
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Encodes {@code newText} the way this file was encoded, byte order mark included. */
  public byte[] encode(String newText) throws CharacterCodingException {
    CharsetEncoder encoder =
        charset
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer body = encoder.encode(CharBuffer.wrap(newText));
    int prefix = bom ? 3 : 0;
    byte[] bytes = new byte[prefix + body.remaining()];
    if (bom) {
      bytes[0] = (byte) 0xEF;
      bytes[1] = (byte) 0xBB;
      bytes[2] = (byte) 0xBF;
    }
    body.get(bytes, prefix, body.remaining());
    return bytes;
  }

  private record Cookie(String name, int line) {}

  /**
   * The encoding name of the coding comment Python honours in the decoded {@code text}, or null: a
   * fix that deletes the lines above an ignored one, or puts lines above it, changes how the file
   * reads.
   */
  public static String codingDeclaration(String text) {
    int offset = text.startsWith("\uFEFF") ? 1 : 0;
    int end = offset;
    for (int breaks = 0; end < text.length() && breaks < 2; end++) {
      char c = text.charAt(end);
      if (c == '\n' || c == '\r' && (end + 1 == text.length() || text.charAt(end + 1) != '\n')) {
        breaks++;
      }
    }
    // a char above U+00FF becomes "?", which no encoding name holds
    byte[] head = text.substring(offset, end).getBytes(StandardCharsets.ISO_8859_1);
    Cookie cookie = findCookie(head, 0);
    return cookie == null ? null : cookie.name;
  }

  /** The cookie on line 1, or on line 2 when line 1 is blank or a comment (PEP 263). */
  private static Cookie findCookie(byte[] bytes, int offset) {
    int start = offset;
    for (int line = 1; line <= 2 && start < bytes.length; line++) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
        end++;
      }
      String text = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
      Matcher m = COOKIE.matcher(text);
      if (m.find()) {
        return new Cookie(m.group(1), line);
      }
      if (!BLANK_OR_COMMENT.matcher(text).matches()) {
        return null;
      }
      start =
          end < bytes.length
                  && bytes[end] == '\r'
                  && end + 1 < bytes.length
                  && bytes[end + 1] == '\n'
              ? end + 2
              : end + 1;
    }
    return null;
  }

  /** CPython's shortcut names for the two encodings it knows without a codec lookup. */
  private static String normalName(String name) {
    String s = name.toLowerCase(Locale.ROOT).replace('_', '-');
    if (s.equals("utf-8") || s.startsWith("utf-8-")) {
      return "utf-8";
    }
    for (String latin : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
      if (s.equals(latin) || s.startsWith(latin + "-")) {
        return "iso-8859-1";
      }
    }
    return s;
  }

  /** The charset that reads the cookie's encoding as Python's codec does. */
  private static Charset charsetFor(String name, Cookie cookie) throws DecodingException {
    if (name.equals("utf-8")) {
      return StandardCharsets.UTF_8; // the usual cookie, without a lookup by name
    }
    String charset = PythonEncodings.charsetName(name);
    if (charset == null) {
      throw new DecodingException(cookie.line, 1, "unknown encoding: " + cookie.name);
    } else if (charset.isEmpty()) {
      throw new DecodingException(
          cookie.line, 1, "encoding " + cookie.name + " is not supported by pyfix");
    }
    return Charset.forName(charset);
  }

  /** An error at byte {@code index}, with the line and column counted in bytes. */
  private static DecodingException error(byte[] bytes, int offset, int index, String message) {
    int line = 1;
    int lineStart = offset;
    for (int i = offset; i < index; i++) {
      if (bytes[i] == '\n'
          || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new DecodingException(line, index - lineStart + 1, message);
  }
}
