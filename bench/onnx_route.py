"""The ONNX route measured by bench/bench_embed.py: the model's encoder exported with torch
(offline, from the packaged weights) and run by onnxruntime, float32.

It gives the same vectors as torch (cosine 1.0000) but was only about 1.2 times faster than
torch here, while bfloat16 autocast was 2.4 times, so the project does not ship it and does not
depend on onnx or onnxruntime; `pip install onnx onnxruntime` to measure it. The export is
cached in $MINUTES_QA_CACHE, else ~/.cache/minutes-qa, keyed by the weights and torch version.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np

EXPORT_VERSION = 1
INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def cache_dir() -> Path:
    return Path(os.environ.get("MINUTES_QA_CACHE") or Path.home() / ".cache" / "minutes-qa")


class OnnxEncoder:
    """The transformer's last hidden states for tokenised text, from onnxruntime."""

    def __init__(self, path: Path, threads: int | None = None):
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or os.cpu_count() or 1
        options.log_severity_level = 3
        self.path = path
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}

    @classmethod
    def for_model(cls, auto_model, model_path: str, threads: int | None = None) -> "OnnxEncoder":
        """The encoder of `auto_model`, exported first if this version has not been.
        ImportError when onnx (to export) or onnxruntime (to run) is not installed."""
        import onnx  # noqa: F401
        import onnxruntime  # noqa: F401

        target = export_path(model_path)
        if not target.is_file():
            export(auto_model, target)
        return cls(target, threads)

    def __call__(self, features: dict[str, np.ndarray]) -> np.ndarray:
        return self.session.run(None, {k: features[k].astype(np.int64) for k in INPUTS if k in self.inputs})[0]


def export_path(model_path: str) -> Path:
    import torch

    digest = hashlib.sha256(f"v{EXPORT_VERSION} torch {torch.__version__}".encode())
    for file in sorted(Path(model_path).rglob("*")):
        if file.is_file():
            stat = file.stat()
            digest.update(f"{file.relative_to(model_path)} {stat.st_size} {stat.st_mtime_ns}".encode())
    return cache_dir() / f"encoder-{digest.hexdigest()[:16]}.onnx"


def hidden_states_module(auto_model):
    """The model as a module with positional inputs and one output, as the exporter wants."""
    import torch

    class HiddenStates(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.model = auto_model

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.model(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    return HiddenStates().eval()   # eval: the export restores the wrapper's mode, and so the model's


def export(auto_model, target: Path) -> None:
    """Export with torch's TorchScript exporter (no network), written whole or not at all."""
    import warnings

    import torch

    target.parent.mkdir(parents=True, exist_ok=True)
    example = {name: torch.ones((2, 8), dtype=torch.long) for name in INPUTS}
    example["attention_mask"][1, 5:] = 0    # padding in the example, so masking is traced
    example["token_type_ids"].zero_()
    partial = target.with_suffix(f".{os.getpid()}.partial")
    dynamic = {name: {0: "batch", 1: "tokens"} for name in (*INPUTS, "last_hidden_state")}
    try:
        with warnings.catch_warnings(), torch.inference_mode(False):
            warnings.simplefilter("ignore")
            torch.onnx.export(hidden_states_module(auto_model), tuple(example[n] for n in INPUTS), str(partial),
                              input_names=list(INPUTS), output_names=["last_hidden_state"],
                              dynamic_axes=dynamic, opset_version=17, dynamo=False)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
