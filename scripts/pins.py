"""Regenerate constraints.txt (CPU) and constraints-cuda.txt (GPU, with vLLM): pip's own resolution of the project's
dependency closure around a few key pins, so the two sets hold the same transformers, TRL, PEFT, accelerate, datasets,
tokenizers and huggingface_hub wherever vLLM allows.

    python scripts/pins.py          # needs PyPI (metadata only: pip install --dry-run --report), about 3 minutes

The GPU set is resolved first (vLLM caps transformers); its versions of the shared libraries then pin the CPU set, whose
torch/torchvision differ only because vLLM pins torch 2.14.0 while the CPU machines carry 2.14.1.
"""
import json, subprocess, sys, tempfile
from pathlib import Path

GPU_KEYS = ['vllm==0.33.0', 'torch==2.14.0', 'torchvision==0.29.0', 'transformers==5.20.2', 'trl==1.16.0']
CPU_KEYS = ['torch==2.14.1', 'torchvision==0.29.1']
SHARED = ['transformers', 'trl', 'peft', 'accelerate', 'datasets', 'tokenizers', 'huggingface_hub', 'safetensors', 'bitsandbytes',
          'numpy', 'pillow', 'pyarrow']
ROOT = Path(__file__).resolve().parents[1]

def resolve(target:str, pins:list)->dict:
    "{name: version} pip would install for `target` with `pins`, from scratch"
    with tempfile.TemporaryDirectory() as d:
        rep = Path(d)/'report.json'
        subprocess.run([sys.executable, '-m', 'pip', 'install', '--dry-run', '--ignore-installed', '--quiet', '--report', str(rep),
                        '-e', target, *pins], check=True, cwd=ROOT)
        items = json.loads(rep.read_text())['install']
    return {i['metadata']['name']: i['metadata']['version'] for i in items if i['metadata']['name'].replace('-', '_') != 'spatial_vlm'}

def norm(n:str)->str: return n.lower().replace('_', '-')

def write(path:Path, header:str, pins:dict):
    lines = [f'{n}=={v}' for n, v in sorted(pins.items(), key=lambda kv: norm(kv[0]))]
    path.write_text(header.strip() + '\n' + '\n'.join(lines) + '\n')
    print(f'{path.name}: {len(lines)} packages')

if __name__ == '__main__':
    gpu = resolve('.[cloud,qlora,notebooks,dev]', GPU_KEYS)
    shared = {norm(k): v for k, v in gpu.items() if norm(k) in map(norm, SHARED)}
    cpu = resolve('.[dev]', CPU_KEYS + [f'{k}=={v}' for k, v in shared.items()])
    write(ROOT/'constraints-cuda.txt', f'''
# GPU (CUDA, Linux x86_64, Python 3.11) pin set: the project's dependency closure with vLLM for GRPO sampling.
#   pip install -e ".[cloud,qlora]" vllm -c constraints-cuda.txt          # add notebooks,dev for papermill and the tests
# Regenerate: python scripts/pins.py (pip's resolution of .[cloud,qlora,notebooks,dev] with {' '.join(GPU_KEYS)}).
# vllm 0.33.0 pins torch==2.14.0 and transformers<5.21, so transformers is 5.20.2 here AND in constraints.txt (CPU):
# CI tests the same transformers, TRL, PEFT, accelerate, datasets, tokenizers and huggingface_hub a GPU user installs.
# TRL 1.16's [vllm] extra names vllm<=0.31 (which caps transformers <5.18), so trl is installed without it; TRL 1.16
# only warns about vllm 0.33, and every vllm symbol its GRPO path imports exists in the 0.33.0 wheel.''', gpu)
    write(ROOT/'constraints.txt', f'''
# CPU (Linux x86_64, Python 3.11) pin set, installed and tested together by CI: pip install -e ".[dev]" -c constraints.txt
# Regenerate: python scripts/pins.py (pip's resolution of .[dev] with {' '.join(CPU_KEYS)} and the GPU set's versions of
# {', '.join(SHARED)}: the libraries a GPU user installs are the ones tested here; only torch/torchvision differ).''', cpu)
    diff = {k: (cpu.get(k), v) for k, v in gpu.items() if k in cpu and cpu[k] != v}
    print('differ between the sets:', diff)
