package pyfix.semantic;

/**
 * One place that reads a name, or names it in {@code del}, {@code global} or {@code nonlocal}.
 *
 * @param name the name
 * @param scope the scope the reading code runs in
 * @param start offset of the name's text
 */
public record Reference(String name, Scope scope, int start) {}
