"""Names that only comprehensions bind. Python 3.12 inlines comprehensions into
their function (PEP 709), so their loop variables show up in f_locals while
the comprehension runs; 3.8-3.11 keep them in a separate frame that the
recorder skips. Hiding them keeps traces the same on every supported version."""
import ast

_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)
_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def _scope_key(node):
    """(first line as in co_firstlineno, name as in co_name)."""
    lines = [node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])]
    return min(lines), node.name


def _argument_names(node):
    if not hasattr(node, "args") or not isinstance(node.args, ast.arguments):
        return []
    return [a.arg for a in ast.walk(node.args) if isinstance(a, ast.arg)]


def _collect(body, key, result, arguments=()):
    comprehension, other = set(), set(arguments)

    def visit(node, inside):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, _SCOPES):
                if not isinstance(child, ast.Lambda):
                    other.add(child.name)
                    _collect(child.body, _scope_key(child), result, _argument_names(child))
                continue
            if isinstance(child, ast.comprehension):
                for target in ast.walk(child.target):
                    if isinstance(target, ast.Name):
                        comprehension.add(target.id)
                visit(child, True)
                continue
            if isinstance(child, ast.NamedExpr) and isinstance(child.target, ast.Name):
                other.add(child.target.id)  # := binds in the enclosing scope even inside a comprehension
            elif isinstance(child, ast.Name) and isinstance(child.ctx, ast.Store) and not inside:
                other.add(child.id)
            visit(child, inside or isinstance(child, _COMPREHENSIONS))

    visit(ast.Module(body=list(body), type_ignores=[]), False)
    hidden = comprehension - other
    if hidden:
        result[key] = frozenset(hidden)


def comprehension_only_names(source):
    """{(co_firstlineno, co_name): names} for each scope of `source`; module scope is (1, '<module>')."""
    result = {}
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return result
    _collect(tree.body, (1, "<module>"), result)
    return result
