package pyfix.fixers.defaults;

import pyfix.parse.PythonParser;

/**
 * A parameter whose default B006 flags.
 *
 * @param index its position among the function's parameters
 */
record MutableParameter(
    PythonParser.ParameterContext parameter, String name, int index, MutableDefault kind) {

  /** The annotation, or null. */
  PythonParser.TestContext annotation() {
    return parameter.test().size() == 2 ? parameter.test(0) : null;
  }

  /** The default value. */
  PythonParser.TestContext value() {
    return parameter.test(parameter.test().size() - 1);
  }
}
