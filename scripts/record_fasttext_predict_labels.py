"""Record the labels of the former fastText backend (fasttext-predict) on the project's texts.

datacensus used fasttext-predict until it moved to fasttext-turbo; tests/test_fasttext_turbo.py
checks that turbo gives the same labels (and probabilities to about 1e-6) as recorded here. Both
packages install the `fasttext` module, so fasttext-predict goes into its own directory:

    .venv/bin/pip install --target /tmp/fasttext-predict --no-deps fasttext-predict==0.9.2.4
    PYTHONPATH=/tmp/fasttext-predict .venv/bin/python scripts/record_fasttext_predict_labels.py

Writes tests/data/lid176_fasttext_predict.json: per text (demo sentences, then the evaluation
texts, prepared at the default settings) its top label and probability.
"""

from __future__ import annotations

import importlib.metadata
import json
import sys
from pathlib import Path

import fasttext

from datacensus.demo.sentences import sentences
from datacensus.lid import LidSettings, bundled_model_path, file_sha256, prepare

TARGET = Path(__file__).parents[1] / "tests" / "data" / "lid176_fasttext_predict.json"
sys.path.insert(0, str(TARGET.parents[1]))  # tests/eval_texts.py

from eval_texts import EVAL  # noqa: E402


def project_texts() -> list[str]:
    """Demo sentences (by language, in order) and then the evaluation texts."""
    return [t for lang in sorted(sentences()) for t in sentences()[lang]] + [t for _, t in EVAL]


def main() -> None:
    package = importlib.metadata.version("fasttext-predict")
    installed = importlib.metadata.distribution("fasttext-predict").locate_file("fasttext")
    if Path(str(installed)).resolve() != Path(fasttext.__file__).parent.resolve():
        raise SystemExit("fasttext-predict is not the `fasttext` module imported here")
    model_path = str(bundled_model_path())
    model = fasttext.load_model(model_path)
    rows = []
    for text in project_texts():
        line, _ = prepare(text, LidSettings())
        probability, label = model.f.predict(line + "\n", 1, 0.0, "strict")[0]
        rows.append({"label": label, "probability": float(probability)})
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    record = {
        "about": "top-1 lid.176.ftz labels from fasttext-predict, the former fastText backend; "
        "written by scripts/record_fasttext_predict_labels.py",
        "package": f"fasttext-predict {package}",
        "model_sha256": file_sha256(model_path),
        "texts": "demo sentences (languages sorted) then tests/data/eval_texts.jsonl, prepared "
        "at LidSettings()",
        "rows": rows,
    }
    TARGET.write_text(json.dumps(record, ensure_ascii=False, indent=0) + "\n")
    print(f"wrote {len(rows)} labels to {TARGET} ({fasttext.__file__})")


if __name__ == "__main__":
    main()
