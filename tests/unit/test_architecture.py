"""One core, thin adapters: the core (knee/) runs without Rasa, and the action server, which
only renders replies, loads neither Rasa, spaCy, scikit-learn nor TensorFlow."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Imports every module of a package with some top-level packages made unimportable.
IMPORT_ALL_WITHOUT = """
import importlib, pkgutil, sys
blocked = set(sys.argv[2].split(","))
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in blocked:
            raise ImportError(name + " may not be imported here")
sys.meta_path.insert(0, Block())
package = importlib.import_module(sys.argv[1])
for module in pkgutil.walk_packages(package.__path__, sys.argv[1] + "."):
    importlib.import_module(module.name)
"""


@pytest.mark.parametrize("package, blocked", [
    ("knee", "rasa,rasa_sdk,tensorflow"),
    ("actions", "rasa,spacy,sklearn,tensorflow"),
])
def test_a_package_imports_without_what_it_must_not_need(package: str, blocked: str) -> None:
    run = subprocess.run([sys.executable, "-c", IMPORT_ALL_WITHOUT, package, blocked], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
