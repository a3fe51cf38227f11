"""Pass/fail policies (TOML or dict) evaluated against an audit result."""
