/*
 * Python 3 (through 3.14) as a parser grammar over the tokens of pyfix.source.Tokenizer.
 *
 * Written for pyfix from the Python language reference. Decisions need one or two tokens of
 * lookahead (three for `is not` / `not in`): statements are chosen by their first token,
 * assignments, arguments and parameters are parsed loosely and checked by the SyntaxChecker calls
 * at the end of their rules (no separate tree walk), and the token adapter (ParserTokens) has
 * already resolved the soft keywords `match`, `case` and `type`, and marked as WITH_LPAR the '('
 * that groups the items of a `with` statement.
 *
 * Expressions are two left-recursive rules, which ANTLR turns into precedence loops: boolExpr
 * (comparisons, not, and, or) over expr (bitwise operators down to atoms). That costs one parse
 * tree node per operator instead of one per precedence level for every operand.
 */
parser grammar PythonParser;

options {
  tokenVocab = PythonTokens;
  contextSuperClass = ParseNode;
}

@parser::members {
  /** A token of ours is its own leaf (see ParserToken). */
  @Override
  public org.antlr.v4.runtime.tree.TerminalNode createTerminalNode(
      ParserRuleContext parent, Token t) {
    return t instanceof ParserToken leaf ? leaf : super.createTerminalNode(parent, t);
  }
}

file
  : (NEWLINE | statement)* EOF
  ;

statement
  : simpleStatements
  | compoundStatement
  ;

simpleStatements
  : simpleStatement (';' simpleStatement)* ';'? NEWLINE
  ;

simpleStatement
  : starExpressions
    ( ':' test ('=' (yieldExpression | starExpressions))?
    | augmentedOperator=(
        '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//='
      ) (yieldExpression | starExpressions)
    | ('=' (yieldExpression | starExpressions))*
    ) {SyntaxChecker.expressionStatement($ctx);}                 # expressionStatement
  | 'del' targetList                                             # delStatement
  | 'pass'                                                       # passStatement
  | 'break'                                                      # breakStatement
  | 'continue'                                                   # continueStatement
  | 'return' starExpressions?                                    # returnStatement
  | 'raise' (test ('from' test)?)?                               # raiseStatement
  | yieldExpression                                              # yieldStatement
  | 'global' NAME (',' NAME)*                                    # globalStatement
  | 'nonlocal' NAME (',' NAME)*                                  # nonlocalStatement
  | 'assert' test (',' test)?                                    # assertStatement
  | 'import' dottedAsName (',' dottedAsName)*                    # importStatement
  | 'from' (dottedName | ('.' | '...')+ dottedName?) 'import'
    ('*' | '(' importAsName (',' importAsName)* ','? ')' | importAsName (',' importAsName)*)
                                                                 # fromImportStatement
  | 'type' NAME typeParameters? '=' test                         # typeAliasStatement
  ;

dottedAsName
  : dottedName ('as' NAME)?
  ;

importAsName
  : NAME ('as' NAME)?
  ;

dottedName
  : NAME ('.' NAME)*
  ;

compoundStatement
  : 'if' namedExpression ':' block ('elif' namedExpression ':' block)* ('else' ':' block)?
                                                                 # ifStatement
  | 'while' namedExpression ':' block ('else' ':' block)?        # whileStatement
  | 'async'? 'for' targetList 'in' starExpressions ':' block ('else' ':' block)?
                                                                 # forStatement
  | 'async'? 'with'
    (WITH_LPAR withItem (',' withItem)* ','? ')' | withItem (',' withItem)*) ':' block
                                                                 # withStatement
  | 'try' ':' block
    (exceptClause+ ('else' ':' block)? ('finally' ':' block)? | 'finally' ':' block)
                                                                 # tryStatement
  | decorator* (functionDef | classDef)                          # definition
  | 'match' subject ':' NEWLINE INDENT caseBlock+ DEDENT         # matchStatement
  ;

block
  : simpleStatements
  | NEWLINE INDENT statement+ DEDENT
  ;

withItem
  : test ('as' target {SyntaxChecker.withItem($ctx);})?
  ;

exceptClause
  : 'except' ('*'? test ('as' NAME | (',' test)+)?)? {SyntaxChecker.exceptClause($ctx);} ':' block
  ;

decorator
  : '@' namedExpression NEWLINE
  ;

functionDef
  : 'async'? 'def' NAME typeParameters? '(' parameters? ')' ('->' test)? ':' block
  ;

classDef
  : 'class' NAME typeParameters? ('(' arguments? ')')? ':' block
  ;

// Order, defaults and the bare '*' are checked by SyntaxChecker.parameters.
parameters
  : parameter (',' parameter)* ','? {SyntaxChecker.parameters($ctx);}
  ;

parameter
  : NAME (':' test)? ('=' test)?
  | '*' (NAME (':' starExpression)?)?
  | '**' NAME (':' test)?
  | '/'
  ;

lambdaParameters
  : lambdaParameter (',' lambdaParameter)* ','? {SyntaxChecker.parameters($ctx);}
  ;

lambdaParameter
  : NAME ('=' test)?
  | '*' NAME?
  | '**' NAME
  | '/'
  ;

typeParameters
  : '[' typeParameter (',' typeParameter)* ','? ']'
  ;

typeParameter
  : NAME (':' test)? ('=' test)?
  | '*' NAME ('=' starExpression)?
  | '**' NAME ('=' test)?
  ;

// match / case (PEP 634)

subject
  : starNamedExpression (',' starNamedExpression)* ','? {SyntaxChecker.subject($ctx);}
  ;

caseBlock
  : 'case' patterns ('if' namedExpression)? ':' block
  ;

patterns
  : starPattern (',' starPattern)* ','? {SyntaxChecker.patterns($ctx);}
  ;

starPattern
  : '*' NAME
  | pattern
  ;

pattern
  : closedPattern ('|' closedPattern)* ('as' NAME {SyntaxChecker.captured($NAME);})?
  ;

closedPattern
  : '-'? NUMBER (('+' | '-') NUMBER {SyntaxChecker.complex($ctx);})?
                                                                 # numberPattern
  | (STRING | fstring | tstring)+                                # stringPattern
  | ('None' | 'True' | 'False')                                  # constantPattern
  | NAME ('.' NAME)*
    ('(' (classArgument (',' classArgument)* ','?)? ')' {SyntaxChecker.classPattern($ctx);})?
    {SyntaxChecker.wildcard($ctx);}                              # namePattern
  | '(' patterns? ')'                                            # groupPattern
  | '[' patterns? ']'                                            # listPattern
  | '{' (mappingItem (',' mappingItem)* ','?)? '}'
    {SyntaxChecker.mappingPattern($ctx);}                        # mappingPattern
  ;

mappingItem
  : closedPattern ':' pattern
  | '**' NAME
  ;

classArgument
  : NAME '=' pattern
  | pattern
  ;

// Expressions

starExpressions
  : starExpression (',' starExpression)* ','?
  ;

starExpression
  : '*' expr
  | test
  ;

starNamedExpression
  : '*' expr
  | test (':=' test {SyntaxChecker.walrus($ctx);})?
  ;

namedExpression
  : test (':=' test {SyntaxChecker.walrus($ctx);})?
  ;

targetList
  : target (',' target)* ','? {SyntaxChecker.targetList($ctx);}
  ;

target
  : '*'? expr
  ;

yieldExpression
  : 'yield' ('from' test | starExpressions)?
  ;

test
  : boolExpr ('if' boolExpr 'else' test)?
  | 'lambda' lambdaParameters? ':' test
  ;

// Earlier alternatives bind tighter.
boolExpr
  : boolExpr ('<' | '>' | '==' | '>=' | '<=' | '!=' | 'in' | 'not' 'in' | 'is' 'not'?) boolExpr
                                                                 # comparison
  | 'not' boolExpr {SyntaxChecker.inversion($ctx);}              # inversion
  | boolExpr 'and' boolExpr                                      # conjunction
  | boolExpr 'or' boolExpr                                       # disjunction
  | expr                                                         # operand
  ;

expr
  : expr '.' NAME                                                # attribute
  | expr '(' arguments? ')'                                      # call
  | expr '[' slices ']'                                          # subscription
  | 'await' expr {SyntaxChecker.awaited($ctx);}                  # awaitExpr
  | <assoc = right> expr '**' expr                               # power
  | ('+' | '-' | '~') expr                                       # unary
  | expr ('*' | '@' | '/' | '%' | '//') expr                     # term
  | expr ('+' | '-') expr                                        # sum
  | expr ('<<' | '>>') expr                                      # shift
  | expr '&' expr                                                # bitAnd
  | expr '^' expr                                                # bitXor
  | expr '|' expr                                                # bitOr
  | NAME                                                         # name
  | NUMBER                                                       # number
  | (STRING | fstring | tstring)+ {SyntaxChecker.strings($ctx, _input.LT(1));}
                                                                 # strings
  | ('None' | 'True' | 'False' | '...')                          # constant
  | '(' (yieldExpression | elements)? ')' {SyntaxChecker.parens($ctx);}
                                                                 # parens
  | '[' elements? ']'                                            # list
  | '{' (braceItem (comprehension | (',' braceItem)* ','?))? '}'
    {SyntaxChecker.braces($ctx);}                                # braces
  ;

// Tuple, list and generator contents; a comprehension must follow a lone non-starred element.
elements
  : starNamedExpression
    (comprehension {SyntaxChecker.comprehended($ctx);} | (',' starNamedExpression)* ','?)
  ;

// Dict and set items share one rule; the checker rejects mixing them.
braceItem
  : '**' expr
  | '*' expr
  | test (':' test | ':=' test {SyntaxChecker.walrus($ctx);})?
  ;

comprehension
  : compFor+
  ;

compFor
  : 'async'? 'for' targetList 'in' boolExpr ('if' boolExpr)*
  ;

arguments
  : argument (',' argument)* ','? {SyntaxChecker.arguments($ctx, _input.LT(1));}
  ;

argument
  : test (comprehension | ':=' test comprehension? | '=' test)?
  | '*' test
  | '**' test
  ;

slices
  : slice (',' slice)* ','?
  ;

slice
  : '*' test
  | test (':=' test {SyntaxChecker.walrus($ctx);} | sliceTail)?
  | sliceTail
  ;

sliceTail
  : ':' test? (':' test?)?
  ;

// PEP 701 f-strings and PEP 750 t-strings

fstring
  : FSTRING_START (FSTRING_MIDDLE | replacementField)* FSTRING_END
  ;

tstring
  : TSTRING_START (TSTRING_MIDDLE | replacementField)* TSTRING_END
  ;

replacementField
  : '{' (yieldExpression | starExpressions) '='? ('!' NAME)?
    (':' (FSTRING_MIDDLE | TSTRING_MIDDLE | replacementField)*)? '}'
    {SyntaxChecker.replacementField($ctx);}
  ;
