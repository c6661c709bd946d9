package pyfix.fixers;

import java.util.List;
import pyfix.fix.Fixer;
import pyfix.fixers.annotations.AnyTypeFixer;
import pyfix.fixers.annotations.MissingReturnTypeClassMethodFixer;
import pyfix.fixers.annotations.MissingReturnTypePrivateFunctionFixer;
import pyfix.fixers.annotations.MissingReturnTypeSpecialMethodFixer;
import pyfix.fixers.annotations.MissingReturnTypeStaticMethodFixer;
import pyfix.fixers.annotations.MissingReturnTypeUndocumentedPublicFunctionFixer;
import pyfix.fixers.annotations.MissingTypeArgsFixer;
import pyfix.fixers.annotations.MissingTypeFunctionArgumentFixer;
import pyfix.fixers.annotations.MissingTypeKwargsFixer;
import pyfix.fixers.asyncio.BlockingHttpCallFixer;
import pyfix.fixers.asyncio.BlockingOpenCallFixer;
import pyfix.fixers.asyncio.BlockingSleepFixer;
import pyfix.fixers.comparisons.NoneComparisonFixer;
import pyfix.fixers.comparisons.TrueFalseComparisonFixer;
import pyfix.fixers.comparisons.TypeComparisonFixer;
import pyfix.fixers.conventions.UnconventionalImportAliasFixer;
import pyfix.fixers.defaults.MutableArgumentDefaultFixer;
import pyfix.fixers.docstrings.UndocumentedMagicMethodFixer;
import pyfix.fixers.docstrings.UndocumentedParamFixer;
import pyfix.fixers.docstrings.UndocumentedPublicClassFixer;
import pyfix.fixers.docstrings.UndocumentedPublicFunctionFixer;
import pyfix.fixers.docstrings.UndocumentedPublicInitFixer;
import pyfix.fixers.docstrings.UndocumentedPublicMethodFixer;
import pyfix.fixers.docstrings.UndocumentedPublicModuleFixer;
import pyfix.fixers.docstrings.UndocumentedPublicNestedClassFixer;
import pyfix.fixers.docstrings.UndocumentedPublicPackageFixer;
import pyfix.fixers.exceptions.BareExceptFixer;
import pyfix.fixers.exceptions.BlindExceptFixer;
import pyfix.fixers.exceptions.RaiseWithoutFromInsideExceptFixer;
import pyfix.fixers.fstrings.FStringFixer;
import pyfix.fixers.fstrings.FStringWithoutPlaceholdersFixer;
import pyfix.fixers.fstrings.PrintfStringFormattingFixer;
import pyfix.fixers.imports.MissingRequiredImportFixer;
import pyfix.fixers.imports.RedefinedWhileUnusedFixer;
import pyfix.fixers.imports.UndefinedLocalWithImportStarFixer;
import pyfix.fixers.imports.UnsortedImportsFixer;
import pyfix.fixers.imports.UnusedImportFixer;
import pyfix.fixers.linelength.LineTooLongFixer;
import pyfix.fixers.naming.CamelcaseImportedAsConstantFixer;
import pyfix.fixers.naming.CamelcaseImportedAsLowercaseFixer;
import pyfix.fixers.naming.ConstantImportedAsNonConstantFixer;
import pyfix.fixers.naming.ErrorSuffixFixer;
import pyfix.fixers.naming.InvalidArgumentNameFixer;
import pyfix.fixers.naming.InvalidClassNameFixer;
import pyfix.fixers.naming.InvalidFunctionNameFixer;
import pyfix.fixers.naming.LowercaseImportedAsNonLowercaseFixer;
import pyfix.fixers.naming.MixedCaseClassVariableFixer;
import pyfix.fixers.naming.MixedCaseGlobalVariableFixer;
import pyfix.fixers.naming.NonLowercaseVariableFixer;
import pyfix.fixers.negations.NegatedComparisonFixer;
import pyfix.fixers.optional.ImplicitOptionalFixer;
import pyfix.fixers.parentheses.ExtraneousParenthesesFixer;
import pyfix.fixers.parentheses.UnnecessaryClassParenthesesFixer;
import pyfix.fixers.printing.PPrintFixer;
import pyfix.fixers.printing.PrintFixer;
import pyfix.fixers.security.HardcodedPasswordDefaultFixer;
import pyfix.fixers.security.HardcodedPasswordFuncArgFixer;
import pyfix.fixers.security.HardcodedPasswordStringFixer;
import pyfix.fixers.security.HardcodedSqlExpressionFixer;
import pyfix.fixers.shadowing.BuiltinArgumentShadowingFixer;
import pyfix.fixers.shadowing.BuiltinVariableShadowingFixer;
import pyfix.fixers.simplify.SuppressibleExceptionFixer;
import pyfix.fixers.size.ComplexStructureFixer;
import pyfix.fixers.size.FunctionTooLongFixer;
import pyfix.fixers.size.ModuleTooLongFixer;
import pyfix.fixers.statements.MultipleStatementsOnOneLineColonFixer;
import pyfix.fixers.statements.MultipleStatementsOnOneLineSemicolonFixer;
import pyfix.fixers.statements.UselessSemicolonFixer;
import pyfix.fixers.whitespace.BlankLineWithWhitespaceFixer;
import pyfix.fixers.whitespace.MissingNewlineAtEndOfFileFixer;
import pyfix.fixers.whitespace.TrailingWhitespaceFixer;

/** The registry of every fixer pyfix has; a fixer exists for pyfix once it is listed here. */
public final class Fixers {
  /** Every fixer, in the order the engine runs them. */
  public static final List<Fixer> ALL =
      List.of(
          new TrailingWhitespaceFixer(),
          new MissingNewlineAtEndOfFileFixer(),
          new BlankLineWithWhitespaceFixer(),
          new UnsortedImportsFixer(),
          new MissingRequiredImportFixer(),
          new UndefinedLocalWithImportStarFixer(),
          new UnusedImportFixer(),
          new RedefinedWhileUnusedFixer(),
          new MutableArgumentDefaultFixer(),
          new PrintfStringFormattingFixer(),
          new FStringFixer(),
          new FStringWithoutPlaceholdersFixer(),
          new NoneComparisonFixer(),
          new TrueFalseComparisonFixer(),
          new TypeComparisonFixer(),
          NegatedComparisonFixer.notIn(),
          NegatedComparisonFixer.notIs(),
          new MultipleStatementsOnOneLineColonFixer(),
          new MultipleStatementsOnOneLineSemicolonFixer(),
          new UselessSemicolonFixer(),
          new BareExceptFixer(),
          new LineTooLongFixer(),
          new PrintFixer(),
          new PPrintFixer(),
          new InvalidClassNameFixer(),
          new InvalidFunctionNameFixer(),
          new InvalidArgumentNameFixer(),
          new NonLowercaseVariableFixer(),
          new MixedCaseClassVariableFixer(),
          new MixedCaseGlobalVariableFixer(),
          new ConstantImportedAsNonConstantFixer(),
          new LowercaseImportedAsNonLowercaseFixer(),
          new CamelcaseImportedAsLowercaseFixer(),
          new CamelcaseImportedAsConstantFixer(),
          new ErrorSuffixFixer(),
          new UnconventionalImportAliasFixer(),
          new BuiltinVariableShadowingFixer(),
          new BuiltinArgumentShadowingFixer(),
          new MissingTypeFunctionArgumentFixer(),
          new MissingTypeArgsFixer(),
          new MissingTypeKwargsFixer(),
          new MissingReturnTypeUndocumentedPublicFunctionFixer(),
          new MissingReturnTypePrivateFunctionFixer(),
          new MissingReturnTypeSpecialMethodFixer(),
          new MissingReturnTypeStaticMethodFixer(),
          new MissingReturnTypeClassMethodFixer(),
          new AnyTypeFixer(),
          new UndocumentedPublicModuleFixer(),
          new UndocumentedPublicClassFixer(),
          new UndocumentedPublicMethodFixer(),
          new UndocumentedPublicFunctionFixer(),
          new UndocumentedPublicPackageFixer(),
          new UndocumentedMagicMethodFixer(),
          new UndocumentedPublicNestedClassFixer(),
          new UndocumentedPublicInitFixer(),
          new UndocumentedParamFixer(),
          new BlockingHttpCallFixer(),
          new BlockingOpenCallFixer(),
          new BlockingSleepFixer(),
          new BlindExceptFixer(),
          new RaiseWithoutFromInsideExceptFixer(),
          new HardcodedPasswordStringFixer(),
          new HardcodedPasswordFuncArgFixer(),
          new HardcodedPasswordDefaultFixer(),
          new HardcodedSqlExpressionFixer(),
          new ComplexStructureFixer(),
          new FunctionTooLongFixer(),
          new ModuleTooLongFixer(),
          new UnnecessaryClassParenthesesFixer(),
          new ExtraneousParenthesesFixer(),
          new ImplicitOptionalFixer(),
          new SuppressibleExceptionFixer());

  private Fixers() {}

  /** Whether {@code selector}, a code prefix or a named selector, names at least one fixer. */
  public static boolean known(String selector) {
    return ALL.stream().anyMatch(f -> f.metadata().selectedBy(selector));
  }
}
