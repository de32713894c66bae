__version__ = "0.1.0"

# The submodules load on first use (`spatial_vlm.rewards`, `spatial_vlm.models`, ...), so `import spatial_vlm` stays fast.
# nbdev only rewrites the __version__ line above.
import importlib as _importlib

__all__ = ['data', 'formats', 'sources', 'models', 'config', 'stage', 'export', 'sft', 'dpo', 'grpo', 'rewards', 'eval',
           'pipeline', 'learn', 'bench', 'cli']

def __getattr__(name:str):
    if name in __all__: return _importlib.import_module(f'{__name__}.{name}')
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

def __dir__(): return sorted([*globals(), *__all__])
