"""The /docs page: the OpenAPI description as plain HTML made on the server.

FastAPI's own /docs loads Swagger UI's scripts from a CDN, which the page's Content-Security-
Policy (and an offline machine) refuses; this page needs no script and no network.
"""

from __future__ import annotations

from html import escape
from typing import Any

METHODS = ("get", "post", "put", "patch", "delete")


def render_docs(spec: dict[str, Any]) -> str:
    info = spec.get("info", {})
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>API · {escape(str(info.get('title', 'dyad')))}</title>",
        '<link rel="stylesheet" href="/static/style.css"></head>',
        '<body><header class="top"><a class="brand" href="/">dyad</a></header>',
        '<main class="api-docs">',
        f"<h1>{escape(str(info.get('title', 'dyad')))} API {escape(str(info.get('version', '')))}</h1>",
        f"<p>{escape(str(info.get('description', '')))}</p>",
        '<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI '
        f"{escape(str(spec.get('openapi', '')))}). Every list answers "
        "<code>{\"items\": [...], \"limit\", \"offset\", \"next_offset\"}</code>; errors answer "
        "<code>{\"detail\": \"one line\"}</code>.</p>",
        "<nav><ul>",
    ]
    ops = [(path, method, op) for path, item in spec.get("paths", {}).items()
           for method, op in item.items() if method in METHODS]
    for path, method, op in ops:
        parts.append(f'<li><a href="#{_anchor(method, path)}"><code>{method.upper()} {escape(path)}</code></a> '
                     f"{escape(str(op.get('summary', '')))}</li>")
    parts.append("</ul></nav>")
    for path, method, op in ops:
        parts.append(f'<section class="endpoint" id="{_anchor(method, path)}">')
        parts.append(f"<h2><code>{method.upper()} {escape(path)}</code></h2>")
        parts.append(f"<p>{escape(str(op.get('summary', '')))}</p>")
        if op.get("description"):
            parts.append(f"<p>{escape(str(op['description']))}</p>")
        params = op.get("parameters", [])
        if params:
            parts.append("<table><thead><tr><th>parameter</th><th>in</th><th>type</th><th>required</th>"
                         "<th>description</th></tr></thead><tbody>")
            for p in params:
                schema = p.get("schema", {})
                parts.append(
                    f"<tr><td><code>{escape(str(p.get('name')))}</code></td><td>{escape(str(p.get('in')))}</td>"
                    f"<td>{escape(_type(schema))}</td><td>{'yes' if p.get('required') else ''}</td>"
                    f"<td>{escape(str(p.get('description') or schema.get('description') or ''))}</td></tr>")
            parts.append("</tbody></table>")
        body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
        if body.get("properties"):
            parts.append("<p>JSON body:</p><ul>")
            for name, prop in body["properties"].items():
                parts.append(f"<li><code>{escape(name)}</code> ({escape(_type(prop))}): "
                             f"{escape(str(prop.get('description', '')))}</li>")
            parts.append("</ul>")
        codes = ", ".join(f"{escape(str(c))} {escape(str(r.get('description', '')))}"
                          for c, r in op.get("responses", {}).items())
        parts.append(f"<p class=\"muted\">Responses: {codes}</p></section>")
    parts.append("</main></body></html>")
    return "\n".join(parts)


def _anchor(method: str, path: str) -> str:
    return escape(method + "-" + "".join(c if c.isalnum() else "-" for c in path).strip("-"))


def _type(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " or ".join(_type(s) for s in schema["anyOf"] if s.get("type") != "null")
    return str(schema.get("type", "object"))
