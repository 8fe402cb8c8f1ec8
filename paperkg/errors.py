"""One base exception with specific subclasses. The library raises; the CLI prints one line and exits."""


class PaperkgError(Exception):
    """Base class: every error paperkg raises on purpose. The message says what to do."""

    exit_code = 2


class InputError(PaperkgError):
    """A corpus or gold file cannot be read. Carries the file and line where there is one."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        self.path = path
        self.line = line
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(where + message)


class StoreError(PaperkgError):
    """A graph store cannot be opened, written or queried."""


class StoreUnavailable(StoreError):
    """The store's server cannot be reached or refuses the credentials."""


class QueryError(PaperkgError):
    """An unknown canned query, a missing or unknown parameter."""


class MissingDependency(PaperkgError):
    """An optional dependency is not installed; the message names the pip extra."""

    def __init__(self, package: str, extra: str):
        super().__init__(f"{package} is not installed: pip install 'paperkg[{extra}]'")


class TooManyNodes(PaperkgError):
    """A picture would draw more nodes than the bound; the message says how to narrow or raise it."""


class OutputError(PaperkgError):
    """An output file cannot be written where asked (missing folder, a directory, the store, disk full)."""

    def __init__(self, message: str, path: str | None = None):
        self.path = path
        super().__init__(f"{path}: {message}" if path is not None else message)
