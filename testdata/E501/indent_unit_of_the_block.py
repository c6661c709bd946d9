# New lines take the indent unit of the statement's own block (4 here), not the
# file's first one (1, from the function above it), as Black indents them.
def one_space():
 return 1


def four_spaces(typedargslist, ast_args, parameters):
    if True:
        typedargslist.extend(gen_annotated_params(ast_args.kwonlyargs, ast_args.kw_defaults, parameters, implicit_default=True))
