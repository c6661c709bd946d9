package pyfix.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SarifUriTest {
  @Test
  void relativeNamesStayRelativeWithEscapes() {
    assertEquals("pkg/mod.py", SarifReport.uri("pkg/mod.py"));
    assertEquals("pkg/a%20b%25.py", SarifReport.uri("pkg/a b%.py"));
    assertEquals("%C3%A9t%C3%A9.py", SarifReport.uri("été.py"));
  }

  @Test
  void aColonCannotStartAScheme() {
    // `a:b.py` unescaped is a URI of scheme `a`; the names once stopped the whole report
    for (String name : new String[] {"a:b.py", "a,b:c.py", "x_1:2.py", "d/e:f.py"}) {
      String uri = SarifReport.uri(name);
      URI parsed = URI.create(uri);
      assertEquals(null, parsed.getScheme(), uri);
      assertEquals(name, parsed.getPath(), uri);
    }
  }
}
