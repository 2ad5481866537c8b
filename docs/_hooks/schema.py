"""mkdocs hook: publish the JSON Schema of the output, generated from the models.

- adds ``schema/document.schema.json`` to the site (what ``investparse schema`` prints);
- replaces the line ``<!-- investparse-schema -->`` in a page with that schema in a
  ```json block.

Nothing is written into ``docs/``: the schema is never hand-written or committed.
"""

from __future__ import annotations

import json
from typing import Any

SCHEMA_URI = "schema/document.schema.json"
MARKER = "<!-- investparse-schema -->"


def schema_text() -> str:
    from investparse.models import Document

    return json.dumps(Document.model_json_schema(mode="serialization"), indent=2, ensure_ascii=False) + "\n"


def on_files(files: Any, config: Any) -> Any:
    from mkdocs.structure.files import File

    files.append(File.generated(config, SCHEMA_URI, content=schema_text()))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, "```json\n" + schema_text() + "```")
    return markdown
