package pyfix.semantic;

import org.antlr.v4.runtime.ParserRuleContext;

/**
 * One place that binds a name in a scope.
 *
 * @param name the bound name
 * @param kind how it is bound
 * @param scope the scope it binds in
 * @param node the statement or node that binds it
 * @param start offset of the bound name's text
 * @param module for imports, the imported module ({@code typing}, {@code .pkg}); else null
 * @param member for {@code from} imports, the imported member; else null
 */
public record Binding(
    String name,
    BindingKind kind,
    Scope scope,
    ParserRuleContext node,
    int start,
    String module,
    String member) {

  /** How a binding binds. */
  public enum BindingKind {
    IMPORT,
    FROM_IMPORT,
    ASSIGNMENT,
    AUGMENTED_ASSIGNMENT,
    ANNOTATION,
    PARAMETER,
    FUNCTION,
    CLASS,
    LOOP_TARGET,
    WITH_TARGET,
    EXCEPT_HANDLER,
    MATCH_CAPTURE,
    WALRUS,
    DELETION,
    TYPE_PARAMETER,
    TYPE_ALIAS
  }

  /** Whether this binding is an import of exactly {@code member} from {@code module}. */
  public boolean imports(String module, String member) {
    return kind == BindingKind.FROM_IMPORT
        && module.equals(this.module)
        && member.equals(this.member);
  }

  /** Whether this binding binds {@code module} itself, as {@code import module [as name]} does. */
  public boolean importsModule(String module) {
    return kind == BindingKind.IMPORT
        && (module.equals(this.module)
            || this.module.startsWith(module + ".") && name.equals(module));
  }
}
