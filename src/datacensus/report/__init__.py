"""Renderers: results -> plain context dicts -> HTML / Markdown. Rendering never computes."""
