"""The `datacensus` command line: one module per command group, mounted in `app`."""
