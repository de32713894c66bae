"""GPU check: SFT, DPO and GRPO for a few steps on a randomly initialised full-size Qwen2.5-VL-3B, offline.

    python scripts/gpu_check.py                      # one CUDA GPU, no network: prints SFT tokens/s, MFU, GRPO step split
    python scripts/gpu_check.py --size tiny --backend cpu --steps 2   # the same path on a CPU, in a minute (a dry run)

The model is built from Qwen2.5-VL-3B-Instruct's published config (below; no download), with random weights, and saved
to a folder so every stage loads it the way a user's model loads. The processor is the offline tokenizer the project
builds (Qwen's real vocabulary). GRPO samples with vLLM (colocate) when vLLM is installed, else with transformers'
`generate`, and says which. On a machine whose torch is already installed, install the rest from wheels brought along:
`bash scripts/gpu_wheels.sh download` here, then `bash scripts/gpu_wheels.sh install` there (see that file).
"""
import argparse, json, shutil, tempfile, time
from pathlib import Path

# Qwen/Qwen2.5-VL-3B-Instruct config.json (published values; weights are random here)
QWEN25_VL_3B = dict(
    text_config=dict(vocab_size=151936, hidden_size=2048, intermediate_size=11008, num_hidden_layers=36, num_attention_heads=16,
                     num_key_value_heads=2, max_position_embeddings=128000, rms_norm_eps=1e-6, tie_word_embeddings=True,
                     hidden_act='silu', rope_parameters={'rope_type': 'default', 'rope_theta': 1000000.0, 'mrope_section': [16, 24, 24]}),
    vision_config=dict(depth=32, hidden_size=1280, intermediate_size=3420, num_heads=16, in_chans=3, out_hidden_size=2048,
                       patch_size=14, spatial_merge_size=2, temporal_patch_size=2, window_size=112, fullatt_block_indexes=[7, 15, 23, 31],
                       hidden_act='silu'),
    image_token_id=151655, video_token_id=151656, vision_start_token_id=151652, vision_end_token_id=151653,
    bos_token_id=151643, eos_token_id=151645, tie_word_embeddings=True)
PEAK_BF16_TFLOPS = {'H200': 989.0, 'H100': 989.0, 'A100': 312.0, 'L40S': 362.0, 'A10G': 125.0, 'L4': 121.0}   # dense, no sparsity

def build_model(size:str, out:Path, backend:str)->int:
    "Save a random-weight Qwen2.5-VL (3b: the published config; tiny: the project's tiny-fast) with the offline processor; its parameter count"
    import torch
    from transformers import Qwen2_5_VLConfig, Qwen2_5_VLForConditionalGeneration
    from spatial_vlm.models import load_model
    tiny, processor = load_model('tiny', 'cpu')                          # the offline processor with Qwen's real token ids
    if size == 'tiny': model = tiny
    else:
        cfg = Qwen2_5_VLConfig(**QWEN25_VL_3B)
        torch.manual_seed(0)
        with torch.device('cuda' if backend == 'cuda' else 'cpu'):
            model = Qwen2_5_VLForConditionalGeneration._from_config(cfg, dtype=torch.bfloat16)
    model.generation_config = tiny.generation_config
    model.save_pretrained(out); processor.save_pretrained(out)
    n = sum(p.numel() for p in model.parameters())
    del model; torch.cuda.empty_cache() if torch.cuda.is_available() else None
    return n

def timed(name:str, f):
    t = time.perf_counter(); r = f(); dt = time.perf_counter() - t
    print(f'{name}: {dt:.1f} s', flush=True)
    return r, dt

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--size', default='3b', choices=['3b', 'tiny']); ap.add_argument('--backend', default='cuda')
    ap.add_argument('--steps', type=int, default=6); ap.add_argument('--batch_size', type=int, default=4)
    ap.add_argument('--out', default=None, help='working folder (default: a temporary one, removed at the end)')
    a = ap.parse_args()
    import torch, transformers, trl
    from spatial_vlm.sft import train_sft
    from spatial_vlm.dpo import train_dpo
    from spatial_vlm.grpo import train_grpo
    from spatial_vlm.bench import method_timer, GRPO_TIMED, grpo_step_split
    work = Path(a.out or tempfile.mkdtemp(prefix='gpu_check_')); work.mkdir(parents=True, exist_ok=True)
    gpu = torch.cuda.get_device_name(0) if torch.cuda.is_available() else 'none'
    print(json.dumps({'gpu': gpu, 'torch': torch.__version__, 'cuda': torch.version.cuda, 'transformers': transformers.__version__,
                      'trl': trl.__version__, 'size': a.size}), flush=True)
    n_params, _ = timed('build and save the random model', lambda: build_model(a.size, work/'base', a.backend))
    common = dict(model=str(work/'base'), backend=a.backend, report_to='none', save_steps=10_000, logging_steps=1,
                  **({'max_pixels': 112*112, 'min_pixels': 56*56} if a.size == 'tiny' else {}),
                  max_samples=a.steps * a.batch_size, batch_size=a.batch_size, gradient_accumulation=1, max_steps=a.steps)
    res, dt = timed('SFT', lambda: train_sft(output_dir=str(work/'sft'), **common))
    logs = [h for h in res.log_history if 'num_tokens' in h]
    tokens = logs[-1]['num_tokens'] if logs else None
    runtime = res.metrics.get('train_runtime', dt)
    tps = tokens / runtime if tokens else None
    peak = next((v for k, v in PEAK_BF16_TFLOPS.items() if k in gpu), None)
    mfu = 6 * n_params * tps / (peak * 1e12) if tps and peak else None
    print(json.dumps({'sft_steps': res.global_step, 'sft_tokens': tokens, 'sft_runtime_s': round(runtime, 2),
                      'sft_tokens_per_s': round(tps, 1) if tps else None, 'params': n_params,
                      'mfu_6N': round(mfu, 4) if mfu else None, 'mfu_note': '6 x params x tokens/s / dense bf16 peak; LoRA skips weight gradients, so 4N would be fairer'}), flush=True)
    res, dt = timed('DPO', lambda: train_dpo(output_dir=str(work/'dpo'), sft_checkpoint=str(work/'sft'), **{**common, 'model': 'auto'}))
    print(json.dumps({'dpo_steps': res.global_step, 'dpo_s_per_step': round(res.metrics.get('train_runtime', dt) / max(res.global_step, 1), 2)}), flush=True)
    from trl import GRPOTrainer
    import importlib.util
    use_vllm = a.backend == 'cuda' and importlib.util.find_spec('vllm') is not None
    with method_timer(GRPOTrainer, GRPO_TIMED) as rec:
        res, dt = timed('GRPO', lambda: train_grpo(output_dir=str(work/'grpo'), sft_checkpoint=str(work/'dpo'), use_vllm=use_vllm,
                                                   num_generations=4, max_completion_length=64, reasoning=False,
                                                   log_completions=False, **{**common, 'model': 'auto', 'batch_size': 4}))
    split = grpo_step_split(rec, gradient_accumulation=1)
    print(json.dumps({'grpo_sampler': 'vLLM (colocate)' if use_vllm else "transformers' generate", 'grpo_steps': res.global_step,
                      'grpo_step_split': {k: round(v, 3) for k, v in (split['share'] or {}).items()}}), flush=True)
    if not a.out: shutil.rmtree(work, ignore_errors=True)

if __name__ == '__main__': main()
