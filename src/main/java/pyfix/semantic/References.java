package pyfix.semantic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names a file reads, kept as ranges of its text. Rules ask about a few names only (the ones
 * its imports bind, {@code Optional}, …), so no string is made for each of the thousands of reads:
 * a question scans the ranges once and its answer is kept. Past {@value #SCANS} different names,
 * every read is indexed by name instead, so that no file costs a scan per name.
 */
final class References {
  private static final int SCANS = 64;

  private final String text;
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private Scope[] scopes = new Scope[64];
  // the NFKC form of a name that is not plain ASCII (compared as a string), else null
  private String[] normalized = new String[64];
  // each read's String.hashCode, compared before its text: a scan then mostly reads ints
  private int[] hashes = new int[64];
  private int count;
  private final Map<String, List<Reference>> answered = new HashMap<>();
  private Map<String, List<Reference>> byName;

  References(String text) {
    this.text = text;
  }

  /** Notes a read of the name spelled by {@code text[start, end)} in {@code scope}. */
  void add(int start, int end, Scope scope) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
      scopes = Arrays.copyOf(scopes, count * 2);
      normalized = Arrays.copyOf(normalized, count * 2);
      hashes = Arrays.copyOf(hashes, count * 2);
    }
    starts[count] = start;
    ends[count] = end;
    scopes[count] = scope;
    int hash = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c > 127) {
        normalized[count] = Syntax.identifier(text.substring(start, end));
        hash = normalized[count].hashCode();
        break;
      }
      hash = 31 * hash + c; // String.hashCode, without making the string
    }
    hashes[count] = hash;
    count++;
  }

  /** The reads of {@code name} (in NFKC form), in the order the walk met them. */
  synchronized List<Reference> of(String name) {
    if (byName != null) {
      return byName.getOrDefault(name, List.of());
    }
    List<Reference> known = answered.get(name);
    if (known == null) {
      if (answered.size() == SCANS) {
        byName = index();
        return of(name);
      }
      known = scan(name);
      answered.put(name, known);
    }
    return known;
  }

  private boolean spells(int i, String name, int hash) {
    if (hashes[i] != hash) {
      return false;
    }
    return normalized[i] != null
        ? normalized[i].equals(name)
        : ends[i] - starts[i] == name.length() && text.startsWith(name, starts[i]);
  }

  private List<Reference> scan(String name) {
    List<Reference> found = null;
    int hash = name.hashCode();
    for (int i = 0; i < count; i++) {
      if (spells(i, name, hash)) {
        if (found == null) {
          found = new ArrayList<>(2);
        }
        found.add(new Reference(name, scopes[i], starts[i]));
      }
    }
    return found == null ? List.of() : List.copyOf(found);
  }

  private Map<String, List<Reference>> index() {
    Map<String, List<Reference>> all = new HashMap<>();
    for (int i = 0; i < count; i++) {
      String name = normalized[i] != null ? normalized[i] : text.substring(starts[i], ends[i]);
      all.computeIfAbsent(name, k -> new ArrayList<>(2))
          .add(new Reference(name, scopes[i], starts[i]));
    }
    all.replaceAll((name, reads) -> List.copyOf(reads));
    return all;
  }
}
